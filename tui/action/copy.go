package action

import (
	"errors"
	"fmt"
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/atotto/clipboard"
)

// Clipboard copies text to where the user can paste it.
//
// A copy goes two ways at once, because neither can be confirmed: the
// terminal never answers an OSC 52 write, and a system clipboard tool
// may be missing or unable to reach a display.
//   - OSC 52 (tea.SetClipboard) is always written. It reaches the
//     clipboard of the machine the terminal runs on, over SSH and through
//     tmux (with set-clipboard on), in the terminals that implement it.
//   - The system clipboard (xclip, xsel or wl-copy on Linux, pbcopy on
//     macOS, through atotto/clipboard) is written too when such a tool
//     is installed: it covers the terminals without OSC 52.
//
// The terminal "cannot" when its environment names one known to ignore
// OSC 52 (see noOSC52). Only when it cannot and the system clipboard
// failed too does the copy report an error.
//
// The status says "copied" only when the system clipboard tool took the
// text: atotto/clipboard runs the tool with the text on its standard
// input and returns its exit status, and xclip, xsel, wl-copy and pbcopy
// exit 0 only once they own the clipboard (xclip without a display exits
// 1). An OSC 52 write gets no answer: the terminal, or a tmux without
// set-clipboard, may drop it silently. When it was the only way, the
// status says the text was "sent to the clipboard", which is all versus
// knows.
type Clipboard struct {
	Getenv func(string) string
	// System writes the system clipboard; nil when there is none.
	System func(string) error
}

// NewClipboard returns the Clipboard of this process's terminal.
func NewClipboard(getenv func(string) string) Clipboard {
	c := Clipboard{Getenv: getenv}
	if !clipboard.Unsupported {
		c.System = clipboard.WriteAll
	}
	return c
}

// CopiedMsg reports a copy.
type CopiedMsg struct {
	Label    string // what was copied, for the status ("Performance", "the URL")
	Bytes    int
	System   bool  // the system clipboard took it
	Terminal bool  // OSC 52 was written and the terminal may implement it
	Err      error // why the text surely reached no clipboard
}

// Status is the sentence for the status bar.
func (m CopiedMsg) Status() string {
	switch {
	case m.Err != nil:
		return "not copied: " + m.Err.Error()
	case m.System:
		return fmt.Sprintf("copied %s: %s", Size(m.Bytes), m.Label)
	default:
		return fmt.Sprintf("sent %s to the clipboard: %s", Size(m.Bytes), m.Label)
	}
}

// Copy copies text, naming it label in the status.
func (c Clipboard) Copy(text, label string) tea.Cmd {
	report := func() tea.Msg {
		m := CopiedMsg{Label: label, Bytes: len(text), Terminal: !noOSC52(c.getenv)}
		var sysErr error
		if c.System == nil {
			sysErr = errors.New("no clipboard tool (xclip, xsel or wl-copy) installed")
		} else if sysErr = c.System(text); sysErr == nil {
			m.System = true
		}
		if !m.System && !m.Terminal {
			m.Err = fmt.Errorf("this terminal ignores OSC 52, and the system clipboard failed: %s", oneLine(sysErr.Error()))
		}
		return m
	}
	// In sequence: the status comes after the terminal was written to.
	return tea.Sequence(tea.SetClipboard(text), report)
}

func (c Clipboard) getenv(key string) string {
	if c.Getenv == nil {
		return ""
	}
	return c.Getenv(key)
}

// noOSC52 reports whether the environment names a terminal known to
// ignore OSC 52 writes: the Linux console, Apple's Terminal, and the
// terminals built on GNOME's VTE (GNOME Terminal, Tilix, Terminator…),
// whose maintainers declined it. Inside tmux or screen the outer
// terminal is unknown, so the copy is given the benefit of the doubt.
func noOSC52(getenv func(string) string) bool {
	if getenv("TMUX") != "" || getenv("STY") != "" {
		return false
	}
	return getenv("TERM") == "linux" || getenv("TERM") == "dumb" ||
		getenv("TERM_PROGRAM") == "Apple_Terminal" || getenv("VTE_VERSION") != ""
}

// Size formats a byte count the way a status line shows it: "312 B",
// "2.1 KB", "1.4 MB".
func Size(n int) string {
	switch {
	case n < 1024:
		return fmt.Sprintf("%d B", n)
	case n < 1024*1024:
		return fmt.Sprintf("%.1f KB", float64(n)/1024)
	default:
		return fmt.Sprintf("%.1f MB", float64(n)/(1024*1024))
	}
}

// oneLine keeps the first line of a tool's message.
func oneLine(s string) string {
	s, _, _ = strings.Cut(strings.TrimSpace(s), "\n")
	return s
}

// CodeLabel names a code block in a copy's status: "code block (python)
// from Performance".
func CodeLabel(lang, section string) string {
	if lang == "" {
		return "code block from " + section
	}
	return "code block (" + lang + ") from " + section
}
