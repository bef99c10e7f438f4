package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// buildVersus builds the real binary into a temporary folder.
func buildVersus(tb testing.TB) string {
	tb.Helper()
	bin := filepath.Join(tb.TempDir(), "versus")
	cmd := exec.Command("go", "build", "-o", bin, ".")
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		tb.Fatalf("build versus: %v", err)
	}
	return bin
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
