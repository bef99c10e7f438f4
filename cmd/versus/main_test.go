package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"
)

// built is the binary the tests of this package run: linking it takes
// seconds on a loaded machine, so it is built once per test run, on first
// use (a -short run builds nothing), and removed by TestMain.
var built struct {
	once sync.Once
	dir  string
	bin  string
	err  error
}

// buildVersus returns the real binary, building it on the first call.
func buildVersus(tb testing.TB) string {
	tb.Helper()
	built.once.Do(func() {
		dir, err := os.MkdirTemp("", "versus-bin")
		if err != nil {
			built.err = err
			return
		}
		built.dir, built.bin = dir, filepath.Join(dir, "versus")
		if out, err := exec.Command("go", "build", "-o", built.bin, ".").CombinedOutput(); err != nil {
			built.err = fmt.Errorf("build versus: %w\n%s", err, out)
		}
	})
	if built.err != nil {
		tb.Fatal(built.err)
	}
	return built.bin
}

// TestMain removes the binary the tests built.
func TestMain(m *testing.M) {
	code := m.Run()
	if built.dir != "" {
		_ = os.RemoveAll(built.dir)
	}
	os.Exit(code)
}

// TestBinaryPiped runs the built binary the way scripts do: stdout a pipe,
// stdin empty. It must print plain text and exit 0, never wait for input.
func TestBinaryPiped(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := buildVersus(t)
	for _, args := range [][]string{{}, {"show", "gil"}, {"compare", "1", "4"}, {"search", "event", "loop"}, {"faq"}} {
		cmd := exec.Command(bin, args...)
		cmd.Env = append(os.Environ(), "TERM=xterm-256color")
		out, err := cmd.Output()
		if err != nil {
			t.Fatalf("versus %v: %v", args, err)
		}
		for i, b := range out {
			if b == 0x1b {
				t.Fatalf("versus %v printed an escape sequence at byte %d to a pipe", args, i)
			}
		}
		if len(out) == 0 {
			t.Errorf("versus %v printed nothing", args)
		}
	}
}

// BenchmarkShowProcess measures a whole `versus show` process, start-up
// included, as a user waits for it; compare with glow on the same text.
func BenchmarkShowProcess(b *testing.B) {
	bin := buildVersus(b)
	for _, term := range []string{"xterm-256color", "xterm"} {
		b.Run("TERM="+term, func(b *testing.B) {
			for b.Loop() {
				cmd := exec.Command(bin, "show", "scalability", "--width", "100")
				cmd.Env = []string{"TERM=" + term, "CLICOLOR_FORCE=1"}
				if err := cmd.Run(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
