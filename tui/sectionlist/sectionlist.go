// Package sectionlist is the pane that lists a pack's sections: one
// heading per kind of section, in the order the pack first gives each
// kind (knowledge.Pack.Groups), aspects numbered ("4. Performance"). The
// view follows the cursor a row at a time; it never pages. The selected
// row shows its whole title, wrapped, where other rows cut theirs.
package sectionlist

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/versus-dev/versus/knowledge"
	"github.com/versus-dev/versus/tui/common"
	"github.com/versus-dev/versus/tui/internal/layout"
)

// Model is the section list.
type Model struct {
	KeyMap KeyMap

	c       common.Common
	items   []item
	cursor  int // index into items of the selected section; -1 for none
	offset  int // first item drawn
	width   int
	height  int
	numW    int
	focused bool
	gen     int       // bumped when the styles change
	memo    *viewMemo // the rows drawn unselected, shared by copies of the model
}

// viewMemo keeps the rows drawn unselected at one width and in one set of
// styles: every frame redraws the list, and only the selected row (and
// the scroll) changes from one to the next.
type viewMemo struct {
	key  memoKey
	rows []string
}

type memoKey struct {
	w, gen  int
	focused bool
}

// New returns a list of c.Pack's sections with the first one selected.
func New(c common.Common) Model {
	m := Model{KeyMap: DefaultKeyMap(), c: c, numW: numberWidth(c.Pack), focused: true, memo: &viewMemo{}}
	m.items = buildItems(c.Pack)
	m.cursor = -1
	m.moveTo(0, 1)
	m.updateKeys()
	return m
}

// SetCommon replaces the shared context, after a theme change.
func (m *Model) SetCommon(c common.Common) {
	m.c = c
	m.gen++
}

// SetSize sets the list's outer size in cells.
func (m *Model) SetSize(w, h int) {
	m.width, m.height = max(0, w), max(0, h)
	m.follow()
	m.updateKeys()
}

// Focus shows the selection as active.
func (m *Model) Focus() { m.focused = true }

// Blur shows the selection as inactive.
func (m *Model) Blur() { m.focused = false }

// Focused reports whether the list has the focus.
func (m Model) Focused() bool { return m.focused }

// Selected returns the selected section, or nil for an empty pack.
func (m Model) Selected() *knowledge.Section {
	if m.cursor < 0 || m.cursor >= len(m.items) {
		return nil
	}
	return m.items[m.cursor].sec
}

// Select moves the selection to the section with the given id; an unknown
// id leaves it where it is.
func (m *Model) Select(id string) {
	for i, it := range m.items {
		if it.sec != nil && it.sec.ID == id {
			m.cursor = i
			m.follow()
			return
		}
	}
}

// Update handles keys and mouse events. Mouse coordinates must be relative
// to the list's top-left corner. Opening a section sends
// common.OpenSectionMsg.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		k := m.KeyMap
		switch {
		case key.Matches(msg, k.Up):
			m.moveTo(m.cursor-1, -1)
		case key.Matches(msg, k.Down):
			m.moveTo(m.cursor+1, 1)
		case key.Matches(msg, k.PageUp):
			m.moveTo(m.cursor-max(1, m.height-1), -1)
		case key.Matches(msg, k.PageDown):
			m.moveTo(m.cursor+max(1, m.height-1), 1)
		case key.Matches(msg, k.Top):
			m.moveTo(0, 1)
		case key.Matches(msg, k.Bottom):
			m.moveTo(len(m.items)-1, -1)
		case key.Matches(msg, k.Open):
			return m, m.open()
		}
	case tea.MouseWheelMsg:
		switch msg.Button {
		case tea.MouseWheelUp:
			m.moveTo(m.cursor-1, -1)
		case tea.MouseWheelDown:
			m.moveTo(m.cursor+1, 1)
		}
	case tea.MouseClickMsg:
		if msg.Button != tea.MouseLeft {
			return m, nil
		}
		if i, ok := m.indexAt(msg.Y); ok {
			m.cursor = i
			m.follow()
			return m, m.open()
		}
	}
	return m, nil
}

func (m Model) open() tea.Cmd {
	s := m.Selected()
	if s == nil {
		return nil
	}
	id := s.ID
	return func() tea.Msg { return common.OpenSectionMsg{ID: id} }
}

// moveTo selects the section at index i, or the nearest one in direction
// dir when i is a heading, or back the other way past either end.
func (m *Model) moveTo(i, dir int) {
	n := len(m.items)
	if n == 0 {
		return
	}
	i = min(max(i, 0), n-1)
	for j := i; j >= 0 && j < n; j += dir {
		if !m.items[j].header() {
			m.cursor = j
			m.follow()
			return
		}
	}
	for j := i; j >= 0 && j < n; j -= dir {
		if !m.items[j].header() {
			m.cursor = j
			m.follow()
			return
		}
	}
}

// follow scrolls as little as keeps the selected row, with all its
// lines and a row or two of context on either side, in view; a group's
// heading comes into view with the group's first section.
func (m *Model) follow() {
	if m.cursor < 0 || m.height <= 0 {
		m.offset = 0
		return
	}
	ctx := min(2, (m.height-1)/4) // rows kept visible around the cursor
	top, bottom := max(0, m.cursor-ctx), min(len(m.items)-1, m.cursor+ctx)
	if top > 0 && m.items[top-1].header() {
		top--
	}
	if top < m.offset {
		m.offset = top
	}
	for m.offset < m.cursor && m.linesBetween(m.offset, bottom) > m.height {
		m.offset++
	}
	// Never leave blank rows at the bottom while items above are hidden.
	for m.offset > 0 && m.linesBetween(m.offset-1, len(m.items)-1) <= m.height {
		m.offset--
	}
}

// linesBetween counts the lines items from..to (inclusive) take.
func (m Model) linesBetween(from, to int) int {
	n := 0
	for i := from; i <= to && i < len(m.items); i++ {
		if i == m.cursor {
			n += len(m.selectedLines())
		} else {
			n++
		}
	}
	return n
}

// indexAt maps a row of the list to the index of the section drawn there.
func (m Model) indexAt(y int) (int, bool) {
	if y < 0 || y >= m.height {
		return 0, false
	}
	row := 0
	for i := m.offset; i < len(m.items); i++ {
		h := 1
		if i == m.cursor {
			h = len(m.selectedLines())
		}
		if y < row+h {
			if m.items[i].header() {
				return 0, false
			}
			return i, true
		}
		row += h
	}
	return 0, false
}

// updateKeys enables only the bindings that can act.
func (m *Model) updateKeys() {
	has := m.Selected() != nil
	more := len(m.items) > m.height
	m.KeyMap.Up.SetEnabled(has)
	m.KeyMap.Down.SetEnabled(has)
	m.KeyMap.Top.SetEnabled(has)
	m.KeyMap.Bottom.SetEnabled(has)
	m.KeyMap.Open.SetEnabled(has)
	m.KeyMap.PageUp.SetEnabled(has && more)
	m.KeyMap.PageDown.SetEnabled(has && more)
}

// View renders the rows in view, exactly the list's size.
func (m Model) View() string {
	w, h := m.width, m.height
	if w <= 0 || h <= 0 {
		return ""
	}
	if len(m.items) == 0 {
		lines := []string{layout.FitLine(m.c.Styles.Muted.Render("  No sections."), w)}
		for len(lines) < h {
			lines = append(lines, strings.Repeat(" ", w))
		}
		return strings.Join(lines, "\n")
	}
	rows := m.rows(w)
	lines := make([]string, 0, h)
	for i := m.offset; i < len(m.items) && len(lines) < h; i++ {
		if i == m.cursor {
			lines = append(lines, m.selectedLines()...)
		} else {
			lines = append(lines, rows[i])
		}
	}
	if len(lines) > h {
		lines = lines[:h]
	}
	for len(lines) < h {
		lines = append(lines, strings.Repeat(" ", w))
	}
	return strings.Join(lines, "\n")
}

// rows returns every item drawn unselected, from the memo when it can.
func (m Model) rows(w int) []string {
	k := memoKey{w, m.gen, m.focused}
	if m.memo.key == k && len(m.memo.rows) == len(m.items) {
		return m.memo.rows
	}
	rows := make([]string, len(m.items))
	for i, it := range m.items {
		rows[i] = m.draw(it, w)
	}
	*m.memo = viewMemo{key: k, rows: rows}
	return rows
}

// ShortHelp implements help.KeyMap.
func (m Model) ShortHelp() []key.Binding { return m.KeyMap.ShortHelp() }

// FullHelp implements help.KeyMap.
func (m Model) FullHelp() [][]key.Binding { return m.KeyMap.FullHelp() }
