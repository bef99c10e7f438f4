package action

import (
	"bytes"
	"encoding/base64"
	"errors"
	"strings"
	"sync"
	"testing"

	tea "charm.land/bubbletea/v2"
)

// copyModel runs one copy and quits when it is reported.
type copyModel struct {
	cmd tea.Cmd
	got *CopiedMsg
}

func (m copyModel) Init() tea.Cmd { return m.cmd }

func (m copyModel) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if c, ok := msg.(CopiedMsg); ok {
		*m.got = c
		return m, tea.Quit
	}
	return m, nil
}

func (m copyModel) View() tea.View { return tea.NewView("") }

// runCopy runs c.Copy in a real program and returns what the program
// wrote to the terminal and the message it got.
func runCopy(t *testing.T, c Clipboard, text, label string) (string, CopiedMsg) {
	t.Helper()
	var out bytes.Buffer
	var got CopiedMsg
	p := tea.NewProgram(copyModel{cmd: c.Copy(text, label), got: &got},
		tea.WithInput(nil), tea.WithOutput(&out), tea.WithWindowSize(80, 24))
	if _, err := p.Run(); err != nil {
		t.Fatal(err)
	}
	return out.String(), got
}

// fakeSystem is a system clipboard that keeps what it was given.
type fakeSystem struct {
	mu   sync.Mutex
	text string
	err  error
}

func (f *fakeSystem) write(s string) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.text = s
	return f.err
}

func TestCopyWritesOSC52AndTheSystemClipboard(t *testing.T) {
	text := strings.Repeat("Performance: V8 compiles to machine code.\n", 52)
	sys := &fakeSystem{}
	out, msg := runCopy(t, Clipboard{Getenv: env("TERM", "xterm-256color"), System: sys.write}, text, "Performance")
	osc := "\x1b]52;c;" + base64.StdEncoding.EncodeToString([]byte(text))
	if !strings.Contains(out, osc) {
		t.Errorf("no OSC 52 sequence carrying the text in the output:\n%q", out)
	}
	if sys.text != text {
		t.Error("the system clipboard did not get the text")
	}
	if got, want := msg.Status(), "copied 2.1 KB: Performance"; got != want {
		t.Errorf("status %q, want %q", got, want)
	}
}

// Without a system clipboard the text goes out as OSC 52 only, and no
// terminal confirms it: the status must not claim a copy.
func TestCopyWithoutSystemClipboardSaysSent(t *testing.T) {
	out, msg := runCopy(t, Clipboard{Getenv: env("TERM", "xterm-kitty")}, "npm install", "the command")
	if !strings.Contains(out, "\x1b]52;c;"+base64.StdEncoding.EncodeToString([]byte("npm install"))) {
		t.Errorf("no OSC 52 sequence in the output: %q", out)
	}
	if msg.Err != nil || msg.Status() != "sent 11 B to the clipboard: the command" {
		t.Errorf("status %q", msg.Status())
	}
}

func TestCopyFailsOnlyWhenNeitherWayWorks(t *testing.T) {
	for name, getenv := range map[string]func(string) string{
		"linux console":  env("TERM", "linux"),
		"GNOME Terminal": env("TERM", "xterm-256color", "VTE_VERSION", "7600"),
		"Apple Terminal": env("TERM", "xterm-256color", "TERM_PROGRAM", "Apple_Terminal"),
	} {
		t.Run(name, func(t *testing.T) {
			sys := &fakeSystem{err: errors.New("Error: Can't open display: (null)\nmore")}
			_, msg := runCopy(t, Clipboard{Getenv: getenv, System: sys.write}, "x", "x")
			if msg.Err == nil || !strings.HasPrefix(msg.Status(), "not copied: ") || strings.Contains(msg.Status(), "\n") {
				t.Errorf("status %q; want one line saying nothing was copied", msg.Status())
			}
			_, msg = runCopy(t, Clipboard{Getenv: getenv, System: (&fakeSystem{}).write}, "x", "x")
			if msg.Err != nil || !msg.System {
				t.Errorf("with a working system clipboard: %q", msg.Status())
			}
		})
	}
	// Inside tmux the outer terminal is unknown: the copy is reported.
	_, msg := runCopy(t, Clipboard{Getenv: env("TERM", "tmux-256color", "TMUX", "/tmp/tmux-0/default,1,0", "VTE_VERSION", "7600")}, "x", "x")
	if msg.Err != nil || !strings.HasPrefix(msg.Status(), "sent ") {
		t.Errorf("inside tmux: %q", msg.Status())
	}
	// A system clipboard tool that failed (xclip without a display) leaves
	// only the terminal's word.
	_, msg = runCopy(t, Clipboard{Getenv: env("TERM", "xterm-256color"), System: (&fakeSystem{err: errors.New("exit status 1")}).write}, "abc", "x")
	if msg.Err != nil || msg.System || msg.Status() != "sent 3 B to the clipboard: x" {
		t.Errorf("system clipboard failed: %q", msg.Status())
	}
}

func TestSize(t *testing.T) {
	for n, want := range map[int]string{0: "0 B", 1023: "1023 B", 1024: "1.0 KB", 2150: "2.1 KB", 3 << 20: "3.0 MB"} {
		if got := Size(n); got != want {
			t.Errorf("Size(%d) = %q, want %q", n, got, want)
		}
	}
}
