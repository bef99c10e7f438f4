// Package tuitest holds what the tests of the TUI panes share: a small
// fixture pack, key presses as Bubble Tea reports them, running commands
// synchronously, size checks and the benchmarks' CPU-time metric.
//
// It is imported by tests only.
package tuitest

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// Press builds the message of a key press as Bubble Tea reports it. s is
// a key name (enter, esc, tab, shift+tab, up, down, left, right, pgup,
// pgdown, home, end, backspace, space), ctrl+ and one letter, or one
// character.
func Press(s string) tea.KeyPressMsg {
	switch s {
	case "enter":
		return tea.KeyPressMsg{Code: tea.KeyEnter}
	case "esc":
		return tea.KeyPressMsg{Code: tea.KeyEscape}
	case "tab":
		return tea.KeyPressMsg{Code: tea.KeyTab}
	case "shift+tab":
		return tea.KeyPressMsg{Code: tea.KeyTab, Mod: tea.ModShift}
	case "left":
		return tea.KeyPressMsg{Code: tea.KeyLeft}
	case "right":
		return tea.KeyPressMsg{Code: tea.KeyRight}
	case "up":
		return tea.KeyPressMsg{Code: tea.KeyUp}
	case "down":
		return tea.KeyPressMsg{Code: tea.KeyDown}
	case "pgup":
		return tea.KeyPressMsg{Code: tea.KeyPgUp}
	case "pgdown":
		return tea.KeyPressMsg{Code: tea.KeyPgDown}
	case "home":
		return tea.KeyPressMsg{Code: tea.KeyHome}
	case "end":
		return tea.KeyPressMsg{Code: tea.KeyEnd}
	case "backspace":
		return tea.KeyPressMsg{Code: tea.KeyBackspace}
	case "space":
		return tea.KeyPressMsg{Code: tea.KeySpace, Text: " "}
	}
	if rest, ok := strings.CutPrefix(s, "ctrl+"); ok {
		return tea.KeyPressMsg{Code: rune(rest[0]), Mod: tea.ModCtrl}
	}
	r := []rune(s)
	if len(r) != 1 {
		panic("tuitest.Press: unknown key " + s)
	}
	return tea.KeyPressMsg{Code: r[0], Text: s}
}

// RandomKeys returns the keys the random-input tests press: every binding
// of the panes and a few letters, digits and multi-byte characters. Each
// call returns a new slice.
func RandomKeys() []string {
	return []string{
		"enter", "esc", "tab", "up", "down", "pgup", "pgdown", "home", "end",
		"backspace", "space", "ctrl+p", "ctrl+n", "ctrl+j", "ctrl+k", "ctrl+w", "ctrl+u",
		"a", "e", "j", "k", "g", "G", "b", "f", "s", "x", "n", "o", "p", "1", "3", "/", "é", "語",
	}
}

// Plain strips colours and attributes from a view, as a terminal with
// the ASCII profile would show it.
func Plain(s string) string { return ansi.Strip(s) }

// CheckSize fails tb when view is wider than w columns or taller than h
// lines. An empty view always fits.
func CheckSize(tb testing.TB, view string, w, h int) {
	tb.Helper()
	if view == "" {
		return
	}
	lines := strings.Split(view, "\n")
	if len(lines) > h {
		tb.Fatalf("%dx%d: view has %d lines", w, h, len(lines))
	}
	for i, l := range lines {
		if lw := lipgloss.Width(l); lw > w {
			tb.Fatalf("%dx%d: line %d is %d wide: %q", w, h, i, lw, Plain(l))
		}
	}
}
