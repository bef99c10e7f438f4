// Package bookmarks is the reader's bookmarks: the overlay of the
// bookmarks and the sections read recently (enter opens one, d deletes a
// bookmark), and saving them as soon as they change (Save). The root reads
// the bookmarks back after each key (Bookmarks, Changed).
package bookmarks

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"github.com/versus-dev/versus/tui/common"
	"github.com/versus-dev/versus/tui/internal/layout"
	"github.com/versus-dev/versus/tui/memory"
)

// KeyMap holds the overlay's bindings.
type KeyMap struct {
	Up, Down key.Binding
	Open     key.Binding
	Delete   key.Binding
	Close    key.Binding
}

// DefaultKeyMap returns the overlay's default bindings.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		Up:     key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "up")),
		Down:   key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "down")),
		Open:   key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "open")),
		Delete: key.NewBinding(key.WithKeys("d", "x", "delete"), key.WithHelp("d", "delete bookmark")),
		Close:  key.NewBinding(key.WithKeys("esc", "'"), key.WithHelp("esc", "close")),
	}
}

// entry is one row: a bookmark, or a section read recently.
type entry struct {
	place  memory.Place
	recent bool
}

// Model is the overlay.
type Model struct {
	KeyMap KeyMap

	c       common.Common
	marks   []memory.Bookmark
	recent  []memory.Place
	cursor  int
	changed bool

	width, height int
	action        common.Action
}

// New returns the overlay over st's bookmarks and recent sections.
func New(c common.Common, st memory.State) Model {
	m := Model{KeyMap: DefaultKeyMap(), c: c, marks: append([]memory.Bookmark(nil), st.Bookmarks...), recent: st.Recent}
	m.updateKeys()
	return m
}

// Bookmarks are the bookmarks left.
func (m Model) Bookmarks() []memory.Bookmark { return m.marks }

// Changed reports whether the last Update deleted a bookmark: the root
// saves then, and only then.
func (m Model) Changed() bool { return m.changed }

func (m Model) entries() []entry {
	var out []entry
	for _, b := range m.marks {
		out = append(out, entry{place: memory.Place{Section: b.Section, Anchor: b.Anchor}})
	}
	for _, p := range m.recent {
		out = append(out, entry{place: p, recent: true})
	}
	return out
}

// SetSize gives the overlay the area its box is drawn in.
func (m *Model) SetSize(w, h int) tea.Cmd {
	m.width, m.height = max(0, w), max(0, h)
	return nil
}

// SetCommon restyles the overlay.
func (m *Model) SetCommon(c common.Common) tea.Cmd {
	m.c = c
	return nil
}

// Capturing is false: the overlay takes no text.
func (m Model) Capturing() bool { return false }

// Action is what the last key asked: open an entry, or close.
func (m Model) Action() common.Action { return m.action }

// Update moves the cursor, opens, deletes and closes.
func (m Model) Update(msg tea.Msg) (common.Pane, tea.Cmd) {
	m.action, m.changed = nil, false // each says what this key did
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return &m, nil
	}
	n := len(m.entries())
	switch {
	case key.Matches(k, m.KeyMap.Close):
		m.action = common.Close{}
	case key.Matches(k, m.KeyMap.Up):
		m.cursor = max(0, m.cursor-1)
	case key.Matches(k, m.KeyMap.Down):
		m.cursor = min(max(0, n-1), m.cursor+1)
	case key.Matches(k, m.KeyMap.Open) && n > 0:
		p := m.entries()[m.cursor].place
		m.action = common.Open{ID: p.Section, Anchor: p.Anchor}
	case key.Matches(k, m.KeyMap.Delete) && m.cursor < len(m.marks):
		m.marks = append(m.marks[:m.cursor:m.cursor], m.marks[m.cursor+1:]...)
		m.changed = true
		m.cursor = min(m.cursor, max(0, len(m.entries())-1))
	}
	m.updateKeys()
	return &m, nil
}

func (m *Model) updateKeys() {
	n := len(m.marks) + len(m.recent)
	m.KeyMap.Open.SetEnabled(n > 0)
	m.KeyMap.Up.SetEnabled(n > 1)
	m.KeyMap.Down.SetEnabled(n > 1)
	m.KeyMap.Delete.SetEnabled(m.cursor < len(m.marks))
}

// label names a place: the section's title, then the heading's. A
// bookmark the pack no longer holds (kept: see memory.State.Prune) says
// so, so that it can be deleted knowingly.
func (m Model) label(p memory.Place) string {
	sec := m.c.Pack.Section(p.Section)
	if sec == nil {
		return p.Section + " (not in this pack)"
	}
	title := sec.Title
	if sec.Number > 0 {
		title = fmt.Sprintf("%d %s", sec.Number, title)
	}
	for _, h := range sec.Headings {
		if p.Anchor != "" && h.Anchor == p.Anchor {
			return title + " › " + h.Text
		}
	}
	return title
}

// View draws the box: the bookmarks, then the recent sections.
func (m Model) View() string {
	s := m.c.Styles
	room := max(10, m.width-4)
	var lines []string
	cursorLine := 0
	add := func(i int, text string) {
		text = layout.FitLine(text, room-2)
		if i == m.cursor {
			cursorLine = len(lines)
			lines = append(lines, s.Selected.Render("› "+text))
		} else {
			lines = append(lines, "  "+text)
		}
	}
	lines = append(lines, s.PaneTitle.Render("Bookmarks")+s.Muted.Render(" · enter opens, d deletes, esc closes"), "")
	if len(m.marks) == 0 {
		lines = append(lines, s.Muted.Render("  none yet: m bookmarks the section in the reader"))
	}
	for i, b := range m.marks {
		add(i, m.label(memory.Place{Section: b.Section, Anchor: b.Anchor}))
	}
	if len(m.recent) > 0 {
		lines = append(lines, "", s.PaneTitle.Render("Recent"), "")
		for i, p := range m.recent {
			add(len(m.marks)+i, m.label(p))
		}
	}
	avail := max(1, m.height-2)
	if len(lines) > avail {
		// Keep the cursor's row in view.
		off := min(max(0, cursorLine-avail+1), len(lines)-avail)
		lines = lines[off : off+avail]
	}
	content := strings.Join(lines, "\n")
	w := 0
	for _, l := range lines {
		w = max(w, lipgloss.Width(l))
	}
	return s.Overlay.Render(layout.Fit(content, min(room, w), len(lines)))
}

// ShortHelp is the overlay's short help.
func (m Model) ShortHelp() []key.Binding {
	return []key.Binding{m.KeyMap.Open, m.KeyMap.Delete, m.KeyMap.Close}
}

// FullHelp is every binding of the overlay.
func (m Model) FullHelp() [][]key.Binding {
	return [][]key.Binding{{m.KeyMap.Up, m.KeyMap.Down, m.KeyMap.Open, m.KeyMap.Delete, m.KeyMap.Close}}
}
