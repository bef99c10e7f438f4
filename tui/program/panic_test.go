//go:build linux || darwin

package program

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/vt"
	"github.com/creack/pty"

	"github.com/versus-dev/versus/knowledge/packtest"
)

// crashing is a model that panics on the first key press, in Update or in
// a command.
type crashing struct{ inCmd bool }

func (c crashing) Init() tea.Cmd { return nil }

func (c crashing) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if _, ok := msg.(tea.KeyPressMsg); ok {
		if c.inCmd {
			return c, func() tea.Msg { panic("boom in a command") }
		}
		panic("boom in Update")
	}
	return c, nil
}

func (c crashing) View() tea.View {
	v := tea.NewView("running")
	v.AltScreen = true
	v.MouseMode = tea.MouseModeCellMotion
	return v
}

// panicHelperEnv makes the test binary, run again by
// TestPanicRestoresTerminal, run a crashing program and exit.
const panicHelperEnv = "VERSUS_TUI_PANIC_HELPER"

// TestPanicHelper is not a test: it is the program TestPanicRestoresTerminal
// runs in a pseudo-terminal, in a process of its own, so that what Bubble
// Tea prints to stderr is the child's.
func TestPanicHelper(t *testing.T) {
	where := os.Getenv(panicHelperEnv)
	if where == "" {
		t.Skip("run by TestPanicRestoresTerminal")
	}
	_, err := Run(context.Background(), crashing{inCmd: where == "cmd"}, Config{})
	fmt.Fprintf(os.Stderr, "run returned: %v\n", err)
	if errors.Is(err, tea.ErrProgramPanic) {
		os.Exit(3)
	}
	os.Exit(4)
}

// TestPanicRestoresTerminal checks that a panic, in Update or in a
// command, ends the program with an error that says so, reports it on
// stderr, and leaves the terminal as it was: main screen, cursor shown.
func TestPanicRestoresTerminal(t *testing.T) {
	for _, where := range []string{"update", "cmd"} {
		t.Run(where, func(t *testing.T) {
			cmd := exec.Command(os.Args[0], "-test.run=^TestPanicHelper$")
			cmd.Env = append(os.Environ(), panicHelperEnv+"="+where, "TERM=xterm-256color")
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			ptmx, err := pty.StartWithSize(cmd, &pty.Winsize{Rows: 24, Cols: 80})
			if err != nil {
				t.Skipf("no pseudo-terminal: %v", err)
			}
			defer ptmx.Close()
			emu := vt.NewEmulator(80, 24)
			var mu sync.Mutex
			cursor := true
			emu.SetCallbacks(vt.Callbacks{CursorVisibility: func(v bool) { cursor = v }})
			drained := make(chan struct{})
			go func() {
				defer close(drained)
				buf := make([]byte, 4096)
				for {
					n, err := ptmx.Read(buf)
					mu.Lock()
					_, _ = emu.Write(buf[:n])
					mu.Unlock()
					if err != nil {
						return
					}
				}
			}()
			go func() { _, _ = io.Copy(ptmx, emu) }()
			exited := make(chan error, 1)
			go func() { exited <- cmd.Wait() }()

			waitScreen(t, &mu, emu, "running")
			_, _ = ptmx.WriteString("x")
			select {
			case err = <-exited:
			case <-time.After(packtest.Patience(t)):
				_ = cmd.Process.Kill()
				t.Fatal("the program did not end after a panic")
			}
			var exit *exec.ExitError
			if !errors.As(err, &exit) || exit.ExitCode() != 3 {
				t.Fatalf("exit %v, want 3 (run returned tea.ErrProgramPanic); stderr:\n%s", err, stderr.String())
			}
			if !strings.Contains(stderr.String(), "Caught panic") {
				t.Errorf("the panic was not reported on stderr:\n%s", stderr.String())
			}
			// The child has exited: the pty reads end once its last
			// output is read, so the emulator has seen all of it.
			select {
			case <-drained:
			case <-time.After(packtest.Patience(t)):
				t.Fatal("the pseudo-terminal never reached end of file after the child exited")
			}
			mu.Lock()
			defer mu.Unlock()
			if emu.IsAltScreen() || !cursor {
				t.Errorf("terminal not restored: alt screen %v, cursor shown %v", emu.IsAltScreen(), cursor)
			}
		})
	}
}

func waitScreen(t *testing.T, mu *sync.Mutex, emu *vt.Emulator, text string) {
	t.Helper()
	deadline := time.Now().Add(packtest.Patience(t))
	for {
		mu.Lock()
		s := emu.String()
		mu.Unlock()
		if strings.Contains(s, text) {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("%q never showed:\n%s", text, s)
		}
		time.Sleep(20 * time.Millisecond)
	}
}
