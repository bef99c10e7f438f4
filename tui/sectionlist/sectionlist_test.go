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

// TestScrollsWithTheCursor moves down a list taller than its pane one row
// at a time: the view follows the cursor a row at a time, the selected
// row is always on screen, and no row is ever blank while sections lie
// below.
func TestScrollsWithTheCursor(t *testing.T) {
	m := newList(t)
	m.SetSize(30, 6) // 13 rows in the fixture pack
	prevTop := ""
	for range 12 {
		m = press(m, "j")
		lines := strings.Split(ansi.Strip(m.View()), "\n")
		if len(lines) != 6 {
			t.Fatalf("%d lines in a 6-line list", len(lines))
		}
		sel := -1
		for i, l := range lines {
			if strings.HasPrefix(l, "›") {
				sel = i
			}
			if strings.TrimSpace(l) == "" {
				t.Fatalf("blank row in a full list:\n%s", strings.Join(lines, "\n"))
			}
		}
		if sel < 0 {
			t.Fatalf("selected row %q not in view:\n%s", m.Selected().Title, strings.Join(lines, "\n"))
		}
		if strings.Contains(strings.Join(lines, "\n"), "page") {
			t.Fatalf("the list pages:\n%s", strings.Join(lines, "\n"))
		}
		prevTop = lines[0]
	}
	if !strings.Contains(prevTop, "Guides") && !strings.Contains(prevTop, "How to choose") && !strings.Contains(prevTop, "FAQ") {
		t.Errorf("at the end the view did not scroll down: top row %q", prevTop)
	}
	if m.Selected().ID != "sources" {
		t.Errorf("12 downs end on %s, want sources", m.Selected().ID)
	}
}

// TestOneHeadingPerGroup lists a pack whose kinds come back after others:
// each group heading appears once, in the order the pack first gives it.
func TestOneHeadingPerGroup(t *testing.T) {
	p, err := knowledge.Load(os.DirFS("../testdata/codepack"))
	if err != nil {
		t.Fatal(err)
	}
	m := New(common.Common{Pack: p, Styles: theme.New(true, false)})
	m.SetSize(40, 20)
	var heads []string
	for _, l := range strings.Split(ansi.Strip(m.View()), "\n") {
		if strings.HasPrefix(l, "─ ") {
			heads = append(heads, strings.Fields(l)[1])
		}
	}
	if strings.Join(heads, ",") != "Overview,Aspects,Guides" {
		t.Errorf("headings %v, want Overview, Aspects, Guides once each", heads)
	}
}

// TestSelectedTitleWraps selects a title longer than the list is wide: it
// shows whole, wrapped under itself, while unselected rows cut theirs.
func TestSelectedTitleWraps(t *testing.T) {
	p, err := knowledge.Load(os.DirFS("../testdata/codepack"))
	if err != nil {
		t.Fatal(err)
	}
	m := New(common.Common{Pack: p, Styles: theme.New(true, false)})
	m.SetSize(30, 12)
	if !strings.Contains(ansi.Strip(m.View()), "1. Tooling, build systems, …") {
		t.Fatalf("unselected long title not cut:\n%s", ansi.Strip(m.View()))
	}
	m.Select("tooling")
	view := ansi.Strip(m.View())
	words := strings.Fields(strings.Join(strings.Split(view, "\n"), " "))
	if !strings.Contains(strings.Join(words, " "), "Tooling, build systems, package managers and formatters for everyday work") {
		t.Fatalf("selected title not whole:\n%s", view)
	}
	for _, l := range strings.Split(view, "\n") {
		if ansi.StringWidth(l) != 30 {
			t.Fatalf("row %q is not 30 wide", l)
		}
	}
	// A click on the title's second line opens it too.
	lines := strings.Split(view, "\n")
	for y, l := range lines {
		if strings.Contains(l, "managers") {
			if i, ok := m.indexAt(y); !ok || m.items[i].sec.ID != "tooling" {
				t.Errorf("row %d maps to %v, %v", y, i, ok)
			}
		}
	}
}
