//go:build linux || darwin

package tui_test

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/vt"
	"github.com/creack/pty"

	"github.com/versus-dev/versus/knowledge/packtest"
)

// These tests run the real versus binary in a pseudo-terminal whose output
// feeds a terminal emulator, type at it as a user would, and read the
// emulator's screen.

// built is the versus binary, built once for all the tests that run it.
var built struct {
	once sync.Once
	dir  string
	bin  string
	err  error
}

// buildVersus builds cmd/versus, once per test binary run.
func buildVersus(t *testing.T) string {
	t.Helper()
	built.once.Do(func() {
		goTool, err := exec.LookPath("go")
		if err != nil {
			built.err = fmt.Errorf("no go command to build cmd/versus with: %w", err)
			return
		}
		if built.dir, err = os.MkdirTemp("", "versus-e2e"); err != nil {
			built.err = err
			return
		}
		built.bin = filepath.Join(built.dir, "versus")
		out, err := exec.Command(goTool, "build", "-o", built.bin, "../cmd/versus").CombinedOutput()
		if err != nil {
			built.err = fmt.Errorf("go build ../cmd/versus: %w\n%s", err, out)
		}
	})
	if built.err != nil {
		t.Fatal(built.err)
	}
	return built.bin
}

// TestMain removes the binary the end-to-end tests built.
func TestMain(m *testing.M) {
	code := m.Run()
	if built.dir != "" {
		_ = os.RemoveAll(built.dir)
	}
	os.Exit(code)
}

// terminal is a pseudo-terminal running versus, read through an emulator.
type terminal struct {
	t       *testing.T
	pty     *os.File
	cmd     *exec.Cmd
	exit    chan error
	drained chan struct{} // closed when the program's output has all been read

	mu      sync.Mutex
	emu     *vt.Emulator
	raw     bytes.Buffer // every byte the program wrote
	cursor  bool         // cursor visible, as last set
	mouseOn bool         // mouse reporting, as last set
}

func start(t *testing.T, bin string, cols, rows int, env []string, args ...string) *terminal {
	t.Helper()
	cmd := exec.Command(bin, args...)
	// PATH names an empty folder: the program finds no clipboard tool, so
	// a copy goes by OSC 52 alone and never reaches the user's clipboard,
	// and nothing else is run by name.
	cmd.Env = append([]string{"TERM=xterm-256color", "HOME=" + t.TempDir(), "PATH=" + t.TempDir()}, env...)
	f, err := pty.StartWithSize(cmd, &pty.Winsize{Rows: uint16(rows), Cols: uint16(cols)})
	if err != nil {
		t.Fatalf("start in a pty: %v", err)
	}
	term := &terminal{t: t, pty: f, cmd: cmd, exit: make(chan error, 1), drained: make(chan struct{}), emu: vt.NewEmulator(cols, rows), cursor: true}
	term.emu.SetCallbacks(term.callbacks())
	go func() { // program output into the emulator
		defer close(term.drained)
		buf := make([]byte, 32*1024)
		for {
			n, err := f.Read(buf)
			if n > 0 {
				term.mu.Lock()
				term.raw.Write(buf[:n])
				_, _ = term.emu.Write(buf[:n])
				term.mu.Unlock()
			}
			if err != nil {
				return
			}
		}
	}()
	go func() { _, _ = io.Copy(f, term.emu) }() // the emulator's replies to queries
	go func() { term.exit <- cmd.Wait() }()
	t.Cleanup(func() {
		_ = cmd.Process.Kill()
		_ = f.Close()
	})
	return term
}

// callbacks are the emulator callbacks that track the cursor and mouse
// modes; a test that watches more adds its own to them.
func (term *terminal) callbacks() vt.Callbacks {
	return vt.Callbacks{
		CursorVisibility: func(v bool) { term.cursor = v },
		EnableMode: func(m ansi.Mode) {
			if m == ansi.ModeMouseButtonEvent || m == ansi.ModeMouseAnyEvent {
				term.mouseOn = true
			}
		},
		DisableMode: func(m ansi.Mode) {
			if m == ansi.ModeMouseButtonEvent || m == ansi.ModeMouseAnyEvent {
				term.mouseOn = false
			}
		},
	}
}

// screen is the emulator's screen as plain text.
func (term *terminal) screen() string {
	term.mu.Lock()
	defer term.mu.Unlock()
	return term.emu.String()
}

// waitFor waits until every text is on screen.
func (term *terminal) waitFor(texts ...string) {
	term.t.Helper()
	deadline := time.Now().Add(packtest.Patience(term.t))
	for {
		s := term.screen()
		missing := ""
		for _, x := range texts {
			if !strings.Contains(s, x) {
				missing = x
				break
			}
		}
		if missing == "" {
			return
		}
		if time.Now().After(deadline) {
			term.t.Fatalf("%q never showed on screen:\n%s", missing, s)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// waitMode waits until the title bar names mode at its right end.
func (term *terminal) waitMode(mode string) {
	term.t.Helper()
	deadline := time.Now().Add(packtest.Patience(term.t))
	for {
		first, _, _ := strings.Cut(term.screen(), "\n")
		if strings.HasSuffix(strings.TrimRight(first, " "), " "+mode) {
			return
		}
		if time.Now().After(deadline) {
			term.t.Fatalf("the title bar never named %q:\n%s", mode, term.screen())
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// send types keys: plain text, or escapes such as "\r" (enter), "\t"
// (tab), "\x7f" (backspace), "\x1b" (esc).
func (term *terminal) send(keys ...string) {
	term.t.Helper()
	for _, k := range keys {
		if k == "\x1b" {
			// A lone ESC byte is told from the start of a sequence only
			// by a pause, and on a busy machine the next key can arrive
			// within it and turn both into alt+key. CSI 27 u is the same
			// esc key (fixterms/kitty), complete in itself.
			k = "\x1b[27u"
		}
		if _, err := term.pty.WriteString(k); err != nil {
			term.t.Fatalf("type %q: %v", k, err)
		}
		time.Sleep(30 * time.Millisecond) // a person's pace; nothing depends on it
	}
}

func (term *terminal) resize(cols, rows int) {
	term.t.Helper()
	term.mu.Lock()
	term.emu.Resize(cols, rows)
	term.mu.Unlock()
	if err := pty.Setsize(term.pty, &pty.Winsize{Rows: uint16(rows), Cols: uint16(cols)}); err != nil {
		term.t.Fatalf("resize: %v", err)
	}
}

// waitExit waits for the program to end and checks the terminal is as the
// program found it: main screen, cursor shown, mouse off.
func (term *terminal) waitExit() {
	term.t.Helper()
	select {
	case err := <-term.exit:
		if err != nil {
			term.t.Fatalf("versus exited with %v; screen:\n%s", err, term.screen())
		}
	case <-time.After(packtest.Patience(term.t)):
		term.t.Fatalf("versus did not exit; screen:\n%s", term.screen())
	}
	select { // the program has exited: its last output ends in end of file
	case <-term.drained:
	case <-time.After(packtest.Patience(term.t)):
		term.t.Fatal("the pseudo-terminal never reached end of file after versus exited")
	}
	term.mu.Lock()
	defer term.mu.Unlock()
	if term.emu.IsAltScreen() {
		term.t.Error("the alternate screen was left on")
	}
	if !term.cursor {
		term.t.Error("the cursor was left hidden")
	}
	if term.mouseOn {
		term.t.Error("mouse reporting was left on")
	}
}

// TestEndToEnd is a newcomer's first session: open versus, find the GIL,
// read it, follow a link and come back, open the FAQ, compare two aspects,
// shrink the terminal below the minimum and back, and quit.
func TestEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	bin := buildVersus(t)
	term := start(t, bin, 120, 40, nil)
	// "/ search" shows once the index, built after the first frame, is in.
	term.waitFor("Node.js vs Python", "1. Scalability and concurrency", "? help", "/ search")

	term.send("/", "gil")
	term.waitFor("› gil", "sections │")
	term.send("\r")
	term.waitFor("match 1/", "Scalability and concurrency · ")

	// Follow the first link, whatever it is, and come back.
	term.send("\t")
	term.waitFor("→ ")
	target := regexp.MustCompile(`→ (.+?)(?: #\S+)?  `).FindStringSubmatch(term.screen())
	if target == nil {
		t.Fatalf("no link target in the status bar:\n%s", term.screen())
	}
	term.send("\r")
	term.waitFor(target[1] + " · ")
	term.send("\x7f")
	term.waitFor("Scalability and concurrency · ")

	term.send("f")
	term.waitFor("Frequently asked questions")
	term.send("\x1b")
	term.waitFor("Scalability and concurrency · ")

	term.send("c", "perf", "\r", "memory", "\r")
	term.waitFor("Compare: 4 Performance and execution speed ⟷ 12 Memory and resource use")

	term.resize(30, 8)
	term.waitFor("Terminal too small", "30×8")
	term.resize(120, 40)
	term.waitFor("Compare: 4 Performance and execution speed ⟷ 12 Memory and resource use")

	term.send("?")
	term.waitFor("esc or ? closes")
	term.send("\x1b")
	term.waitFor("focus left") // the compare view again
	term.send("q")
	term.waitExit()
}

// TestEndToEndNoColor runs with NO_COLOR set: attributes, but no colour.
func TestEndToEndNoColor(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	bin := buildVersus(t)
	term := start(t, bin, 100, 30, []string{"NO_COLOR=1"}, "open", "performance")
	term.waitFor("Performance and execution speed", "? help")
	term.send("\t")
	term.waitFor("→ ")
	term.send("f")
	term.waitFor("Frequently asked questions")
	term.send("\x1b")
	term.waitFor("Performance and execution speed · ")
	term.send("/", "v8")
	term.waitFor("› v8", "sections │")
	term.send("\x1b")
	term.waitFor("Performance and execution speed · ")
	term.send("q")
	term.waitExit()
	term.mu.Lock()
	raw := term.raw.String()
	term.mu.Unlock()
	sgr := regexp.MustCompile("\x1b\\[([0-9;:]*)m")
	for _, m := range sgr.FindAllStringSubmatch(raw, -1) {
		for _, p := range strings.FieldsFunc(m[1], func(r rune) bool { return r == ';' || r == ':' }) {
			switch {
			case p == "39" || p == "49" || p == "59": // default colours
			case len(p) == 2 && (p[0] == '3' || p[0] == '4' || p[0] == '9'), p == "58",
				len(p) == 3 && p[:2] == "10":
				t.Fatalf("colour sequence %q written under NO_COLOR", m[0])
			}
		}
	}
}
