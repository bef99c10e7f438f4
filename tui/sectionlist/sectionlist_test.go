package sectionlist

import (
	"os"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/versus-dev/versus/knowledge"
	"github.com/versus-dev/versus/tui/common"
	"github.com/versus-dev/versus/tui/theme"
)

func newList(t *testing.T) Model {
	t.Helper()
	p, err := knowledge.Load(os.DirFS("../testdata/pack"))
	if err != nil {
		t.Fatal(err)
	}
	m := New(common.Common{Pack: p, Styles: theme.New(true, false)})
	m.SetSize(30, 20)
	return m
}

func press(m Model, keys ...string) Model {
	for _, k := range keys {
		var msg tea.KeyPressMsg
		switch k {
		case "up":
			msg = tea.KeyPressMsg{Code: tea.KeyUp}
		case "down":
			msg = tea.KeyPressMsg{Code: tea.KeyDown}
		default:
			msg = tea.KeyPressMsg{Code: rune(k[0]), Text: k}
		}
		m, _ = m.Update(msg)
	}
	return m
}

func TestGroupsAndNumbers(t *testing.T) {
	m := newList(t)
	view := ansi.Strip(m.View())
	for _, want := range []string{"─ Overview ─", "─ Aspects ─", "1. Caffeine content", "4. Brewing time", "─ Guides ─", "─ FAQ ─", "─ References ─"} {
		if !strings.Contains(view, want) {
			t.Fatalf("list lacks %q:\n%s", want, view)
		}
	}
	if s := m.Selected(); s == nil || s.ID != "overview" {
		t.Fatalf("first selection %v, want overview", s)
	}
	for _, l := range strings.Split(m.View(), "\n") {
		if w := ansi.StringWidth(l); w > 30 {
			t.Fatalf("line %d wide in a 30-wide list", w)
		}
	}
}

func TestCursorSkipsHeadings(t *testing.T) {
	m := newList(t)
	m = press(m, "j")
	if id := m.Selected().ID; id != "caffeine" {
		t.Fatalf("down from overview: %s, want caffeine (past the heading)", id)
	}
	m = press(m, "k")
	if id := m.Selected().ID; id != "overview" {
		t.Fatalf("up: %s", id)
	}
	m = press(m, "k") // at the top: stays on the first section
	if id := m.Selected().ID; id != "overview" {
		t.Fatalf("up at the top: %s", id)
	}
	m = press(m, "G")
	if id := m.Selected().ID; id != "sources" {
		t.Fatalf("G: %s", id)
	}
	m = press(m, "g")
	if id := m.Selected().ID; id != "overview" {
		t.Fatalf("g: %s", id)
	}
}

func TestClickOpens(t *testing.T) {
	m := newList(t)
	// Row 3 is "1. Caffeine content" (rows: heading, Overview, heading).
	m, cmd := m.Update(tea.MouseClickMsg{X: 4, Y: 3, Button: tea.MouseLeft})
	if cmd == nil {
		t.Fatal("click did not open")
	}
	if msg, ok := cmd().(common.OpenSectionMsg); !ok || msg.ID != "caffeine" {
		t.Fatalf("click sent %#v", cmd())
	}
	// A click on a heading does nothing.
	if _, cmd := m.Update(tea.MouseClickMsg{X: 4, Y: 2, Button: tea.MouseLeft}); cmd != nil {
		t.Fatal("click on a heading opened something")
	}
}

func TestSelect(t *testing.T) {
	m := newList(t)
	m.Select("faq")
	if m.Selected().ID != "faq" {
		t.Fatal("Select did not move the selection")
	}
	m.Select("nope")
	if m.Selected().ID != "faq" {
		t.Fatal("an unknown id moved the selection")
	}
}
