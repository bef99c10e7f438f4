package faq

import (
	"os"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/versus-dev/versus/knowledge"
	"github.com/versus-dev/versus/knowledge/search"
	"github.com/versus-dev/versus/tui/common"
	"github.com/versus-dev/versus/tui/markdown"
	"github.com/versus-dev/versus/tui/theme"
)

// fixture loads the small pack in testdata/pack and builds the context
// the root would pass down.
func fixture(tb testing.TB) common.Common {
	tb.Helper()
	p, err := knowledge.Load(os.DirFS("testdata/pack"))
	if err != nil {
		tb.Fatalf("load fixture pack: %v", err)
	}
	return commonFor(p)
}

func commonFor(p *knowledge.Pack) common.Common {
	return common.Common{
		Pack:     p,
		Index:    search.New(p),
		Renderer: markdown.New(0),
		Styles:   theme.New(true, false),
		Style:    "notty",
	}
}

// press builds the message of a key press as Bubble Tea reports it.
func press(s string) tea.KeyPressMsg {
	switch s {
	case "enter":
		return tea.KeyPressMsg{Code: tea.KeyEnter}
	case "esc":
		return tea.KeyPressMsg{Code: tea.KeyEscape}
	case "tab":
		return tea.KeyPressMsg{Code: tea.KeyTab}
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
	r := []rune(s)[0]
	return tea.KeyPressMsg{Code: r, Text: s}
}

// typeText presses one key per rune of s.
func typeText(m Model, s string) Model {
	for _, r := range s {
		m, _ = m.Update(press(string(r)))
	}
	return m
}

// plain strips colours and attributes from a view, as a terminal with
// the ASCII profile would show it.
func plain(s string) string { return ansi.Strip(s) }

// checkSize fails when a view is wider or taller than its size.
func checkSize(tb testing.TB, view string, w, h int) {
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
			tb.Fatalf("%dx%d: line %d is %d wide: %q", w, h, i, lw, plain(l))
		}
	}
}

// run executes cmd and returns the messages it produces, flattening
// batches, down to a bounded depth.
func run(cmd tea.Cmd) []tea.Msg {
	return runDepth(cmd, 4)
}

func runDepth(cmd tea.Cmd, depth int) []tea.Msg {
	if cmd == nil || depth == 0 {
		return nil
	}
	msg := cmd()
	if b, ok := msg.(tea.BatchMsg); ok {
		var out []tea.Msg
		for _, c := range b {
			out = append(out, runDepth(c, depth-1)...)
		}
		return out
	}
	if msg == nil {
		return nil
	}
	return []tea.Msg{msg}
}

// randomKeys are the keys the random-input tests press: every binding of
// the panes and a few letters, digits and multi-byte characters.
var randomKeys = []string{
	"enter", "esc", "tab", "up", "down", "pgup", "pgdown", "home", "end",
	"backspace", "space", "ctrl+p", "ctrl+n", "ctrl+j", "ctrl+k", "ctrl+w", "ctrl+u",
	"a", "e", "j", "k", "g", "G", "b", "f", "s", "x", "n", "o", "p", "1", "3", "/", "é", "語",
}

// settle runs cmd and feeds its messages back into m, and so on for the
// commands those return, a few rounds deep.
func settle(m Model, cmd tea.Cmd) Model {
	for depth := 0; cmd != nil && depth < 5; depth++ {
		var next []tea.Cmd
		for _, msg := range run(cmd) {
			var c tea.Cmd
			m, c = m.Update(msg)
			next = append(next, c)
		}
		cmd = tea.Batch(next...)
	}
	return m
}
