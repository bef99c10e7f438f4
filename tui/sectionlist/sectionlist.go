// Package sectionlist is the pane that lists a pack's sections in reading
// order: aspects numbered ("4. Performance"), runs of sections of one kind
// under a heading. It wraps a bubbles list, whose own filter, title, help
// and quit keys are off: the root owns those.
package sectionlist

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/list"
	"charm.land/bubbles/v2/paginator"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/versus-dev/versus/knowledge"
	"github.com/versus-dev/versus/tui/common"
)

// Model is the section list.
type Model struct {
	KeyMap KeyMap

	c       common.Common
	list    list.Model
	numW    int
	focused bool
	gen     int       // bumped when the styles change
	memo    *viewMemo // the last view drawn, shared by copies of the model
}

// viewMemo keeps the rows drawn unselected at one width and in one set of
// styles: every frame redraws the list, and only the selected row (and the
// page) changes from one to the next.
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
	l := list.New(buildItems(c.Pack), m.delegate(), 0, 0)
	l.SetShowTitle(false)
	l.SetShowStatusBar(false)
	l.SetShowHelp(false)
	l.SetFilteringEnabled(false)
	l.DisableQuitKeybindings()
	l.InfiniteScrolling = false
	l.Paginator.Type = paginator.Arabic // sizes the list for a one-line footer
	m.list = l
	m.applyStyles()
	m.skipHeader(1)
	m.updateKeys()
	return m
}

func (m Model) delegate() delegate {
	return delegate{styles: m.c.Styles, numW: m.numW, focused: m.focused, selected: m.list.Index()}
}

func (m *Model) applyStyles() {
	m.list.Styles.PaginationStyle = m.c.Styles.Muted.PaddingLeft(2)
	m.list.Styles.ArabicPagination = m.c.Styles.Muted
	m.list.Styles.NoItems = m.c.Styles.Muted
	m.list.SetDelegate(m.delegate())
}

// SetCommon replaces the shared context, after a theme change.
func (m *Model) SetCommon(c common.Common) {
	m.c = c
	m.gen++
	m.applyStyles()
}

// SetSize sets the list's outer size in cells.
func (m *Model) SetSize(w, h int) {
	m.list.SetSize(max(0, w), max(0, h))
	m.updateKeys()
}

// Focus shows the selection as active.
func (m *Model) Focus() {
	m.focused = true
	m.list.SetDelegate(m.delegate())
}

// Blur shows the selection as inactive.
func (m *Model) Blur() {
	m.focused = false
	m.list.SetDelegate(m.delegate())
}

// Focused reports whether the list has the focus.
func (m Model) Focused() bool { return m.focused }

// Selected returns the selected section, or nil for an empty pack.
func (m Model) Selected() *knowledge.Section {
	if it, ok := m.list.SelectedItem().(item); ok {
		return it.sec
	}
	return nil
}

// Select moves the selection to the section with the given id; an unknown
// id leaves it where it is.
func (m *Model) Select(id string) {
	for i, li := range m.list.Items() {
		if it := li.(item); it.sec != nil && it.sec.ID == id {
			m.list.Select(i)
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
		before := m.list.Index()
		switch {
		case key.Matches(msg, m.KeyMap.Up):
			m.list.CursorUp()
		case key.Matches(msg, m.KeyMap.Down):
			m.list.CursorDown()
		case key.Matches(msg, m.KeyMap.PageUp):
			m.list.PrevPage()
			m.list.Select(m.list.Paginator.Page * m.list.Paginator.PerPage)
		case key.Matches(msg, m.KeyMap.PageDown):
			m.list.NextPage()
			m.list.Select(min(len(m.list.Items())-1, m.list.Paginator.Page*m.list.Paginator.PerPage))
		case key.Matches(msg, m.KeyMap.Top):
			m.list.GoToStart()
		case key.Matches(msg, m.KeyMap.Bottom):
			m.list.GoToEnd()
		case key.Matches(msg, m.KeyMap.Open):
			return m, m.open()
		default:
			return m, nil
		}
		dir := 1
		if m.list.Index() < before {
			dir = -1
		}
		m.skipHeader(dir)
	case tea.MouseWheelMsg:
		switch msg.Button {
		case tea.MouseWheelUp:
			m.list.CursorUp()
			m.skipHeader(-1)
		case tea.MouseWheelDown:
			m.list.CursorDown()
			m.skipHeader(1)
		}
	case tea.MouseClickMsg:
		if msg.Button != tea.MouseLeft {
			return m, nil
		}
		if i, ok := m.indexAt(msg.Y); ok {
			m.list.Select(i)
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

// indexAt maps a row of the list to the index of the section drawn there.
func (m Model) indexAt(y int) (int, bool) {
	p := m.list.Paginator
	if y < 0 || y >= p.PerPage {
		return 0, false
	}
	i := p.Page*p.PerPage + y
	items := m.list.Items()
	if i >= len(items) || items[i].(item).header() {
		return 0, false
	}
	return i, true
}

// skipHeader moves the cursor off a group heading, in direction dir, or
// back the other way at either end of the list.
func (m *Model) skipHeader(dir int) {
	items := m.list.Items()
	i := m.list.Index()
	for i >= 0 && i < len(items) && items[i].(item).header() {
		i += dir
		if i < 0 || i >= len(items) {
			dir = -dir
			i += 2 * dir
		}
	}
	if i >= 0 && i < len(items) {
		m.list.Select(i)
	}
}

// updateKeys enables only the bindings that can act.
func (m *Model) updateKeys() {
	has := m.Selected() != nil
	pages := m.list.Paginator.TotalPages > 1
	m.KeyMap.Up.SetEnabled(has)
	m.KeyMap.Down.SetEnabled(has)
	m.KeyMap.Top.SetEnabled(has)
	m.KeyMap.Bottom.SetEnabled(has)
	m.KeyMap.Open.SetEnabled(has)
	m.KeyMap.PageUp.SetEnabled(pages)
	m.KeyMap.PageDown.SetEnabled(pages)
}

// View renders the list: the page holding the selection, then the page
// number when there is more than one, exactly the list's size.
func (m Model) View() string {
	w, h := m.list.Width(), m.list.Height()
	if w <= 0 || h <= 0 {
		return ""
	}
	items := m.list.Items()
	rows := m.rows(items, w)
	p := m.list.Paginator
	start, end := p.GetSliceBounds(len(items))
	var b strings.Builder
	n := 0
	line := func(s string) {
		if n > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(s)
		n++
	}
	blank := strings.Repeat(" ", w)
	for i := start; i < end && n < h; i++ {
		if i == m.list.Index() {
			line(m.row(items[i], i, true, w))
		} else {
			line(rows[i])
		}
	}
	footer := ""
	if p.TotalPages > 1 {
		footer = fitRow(m.c.Styles.Muted.Render(fmt.Sprintf("  page %d of %d", p.Page+1, p.TotalPages)), w)
	}
	for n < h-1 || (n < h && footer == "") {
		line(blank)
	}
	if n < h && footer != "" {
		line(footer)
	}
	return b.String()
}

// rows returns every item drawn unselected, from the memo when it can.
func (m Model) rows(items []list.Item, w int) []string {
	k := memoKey{w, m.gen, m.focused}
	if m.memo.key == k && len(m.memo.rows) == len(items) {
		return m.memo.rows
	}
	rows := make([]string, len(items))
	for i, it := range items {
		rows[i] = m.row(it, i, false, w)
	}
	*m.memo = viewMemo{key: k, rows: rows}
	return rows
}

// row draws item i, selected or not.
func (m Model) row(it list.Item, i int, selected bool, w int) string {
	var b strings.Builder
	d := m.delegate()
	d.selected = -1
	if selected {
		d.selected = i
	}
	d.Render(&b, m.list, i, it)
	return fitRow(b.String(), w)
}

// fitRow pads or cuts a row to exactly w cells.
func fitRow(s string, w int) string {
	sw := ansi.StringWidth(s)
	if sw > w {
		return ansi.Truncate(s, w, "")
	}
	return s + strings.Repeat(" ", w-sw)
}

// ShortHelp implements help.KeyMap.
func (m Model) ShortHelp() []key.Binding { return m.KeyMap.ShortHelp() }

// FullHelp implements help.KeyMap.
func (m Model) FullHelp() [][]key.Binding { return m.KeyMap.FullHelp() }
