// Package browse is the browse pane: the section list and the reader,
// side by side from layout.Wide columns and one at a time below. It owns
// which of the two has the focus, the reader's preview of the list's
// selection on a wide screen, and where a mouse event lands.
//
// The list opens a section by sending common.OpenSectionMsg, which the
// root answers with Open; the reader follows links within the pane.
package browse

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/versus-dev/versus/knowledge"
	"github.com/versus-dev/versus/tui/common"
	"github.com/versus-dev/versus/tui/internal/layout"
	"github.com/versus-dev/versus/tui/reader"
	"github.com/versus-dev/versus/tui/sectionlist"
	"github.com/versus-dev/versus/tui/statusbar"
)

// Focus is the pane of the two that gets the keys.
type Focus int

// The two panes.
const (
	FocusList Focus = iota
	FocusReader
)

// String names the pane as the title bar shows it.
func (f Focus) String() string {
	if f == FocusList {
		return "sections"
	}
	return "reader"
}

// Sizes of the wide layout: the list takes a third of the width within
// these bounds, and up to listWideWidth when the reader has more room
// than its measure can use.
const (
	listMinWidth  = 30 // outer width of the list pane when wide
	listMaxWidth  = 42
	listWideWidth = 56
)

// KeyMap holds the pane's own bindings: moving the focus. The list and
// the reader have theirs.
type KeyMap struct {
	FocusList   key.Binding
	FocusReader key.Binding
	Back        key.Binding // esc in the reader: back to the list
}

// DefaultKeyMap returns the pane's default bindings.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		FocusList:   key.NewBinding(key.WithKeys("left", "h"), key.WithHelp("←/h", "sections")),
		FocusReader: key.NewBinding(key.WithKeys("right", "l"), key.WithHelp("→/l", "reader")),
		Back:        key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "sections")),
	}
}

// Model is the browse pane.
type Model struct {
	KeyMap KeyMap

	c      common.Common
	list   sectionlist.Model
	reader reader.Model
	focus  Focus

	width, height int
	wide          bool
	listRect      layout.Rect // the list pane, border included when wide
	readerRect    layout.Rect // the reader pane, border included when wide
}

// New returns the pane opened on start (the first section when nil),
// with the focus on the reader when start is given.
func New(c common.Common, start *knowledge.Section) Model {
	m := Model{KeyMap: DefaultKeyMap(), c: c, list: sectionlist.New(c), reader: reader.New(c)}
	if start == nil && len(c.Pack.Sections) > 0 {
		start = c.Pack.Sections[0]
		m.focus = FocusList
	} else if start != nil {
		m.focus = FocusReader
	}
	if start != nil {
		m.list.Select(start.ID)
		m.reader.Open(start, "", "") // renders once the size is known
	}
	m.applyFocus()
	return m
}

// Focus returns the pane with the focus.
func (m Model) Focus() Focus { return m.focus }

// Reader returns the reader.
func (m Model) Reader() reader.Model { return m.reader }

// List returns the section list.
func (m Model) List() sectionlist.Model { return m.list }

// Wide reports whether the list and the reader sit side by side.
func (m Model) Wide() bool { return m.wide }

// Status fills in what the status bar says of the pane: the section on
// screen, and the reader's position and note when it is on screen.
func (m Model) Status(info statusbar.Info) statusbar.Info {
	r := m.reader
	info.Section = ""
	if s := r.Section(); s != nil {
		info.Section = s.Title
	}
	if s := m.list.Selected(); s != nil && m.focus == FocusList && !m.wide {
		info.Section = s.Title // the list alone is on screen: name its selection
	}
	if m.focus == FocusReader || m.wide {
		if r.Ready() {
			info.Percent = r.ScrollPercent()
			info.Fits = r.Fits()
		}
		info.Note = r.Note()
	}
	return info
}

// Current is the section in the reader, or the list's selection.
func (m Model) Current() *knowledge.Section {
	if s := m.reader.Section(); s != nil {
		return s
	}
	return m.list.Selected()
}

// Open shows a section in the reader, at anchor, with query as its
// in-section search, and gives the reader the focus.
func (m *Model) Open(sec *knowledge.Section, anchor, query string) tea.Cmd {
	m.focusReader(sec)
	return m.reader.Open(sec, anchor, query)
}

// OpenAt shows a section in the reader scrolled to a remembered place
// (reader.Model.OpenAt), and gives the reader the focus.
func (m *Model) OpenAt(sec *knowledge.Section, offset, total int) tea.Cmd {
	m.focusReader(sec)
	return m.reader.OpenAt(sec, offset, total)
}

// Replace shows a section in the reader in place of the one shown,
// leaving no trace in the history.
func (m *Model) Replace(sec *knowledge.Section) tea.Cmd {
	m.focusReader(sec)
	return m.reader.Replace(sec)
}

// Back shows the section the reader showed before, with the focus on
// the reader; false when its history is empty.
func (m *Model) Back() (tea.Cmd, bool) {
	if !m.reader.CanGoBack() {
		return nil, false
	}
	cmd := m.reader.Back()
	m.focus = FocusReader
	m.applyFocus()
	m.syncList()
	return cmd, true
}

// Forward is Back's mirror.
func (m *Model) Forward() (tea.Cmd, bool) {
	if !m.reader.CanGoForward() {
		return nil, false
	}
	cmd := m.reader.Forward()
	m.focus = FocusReader
	m.applyFocus()
	m.syncList()
	return cmd, true
}

// Leaving reports whether esc now leaves the pane: it would otherwise
// only move the focus to the list, or do nothing there.
func (m Model) Leaving() bool {
	return !m.reader.Finding() && !m.reader.KeyMap.ClearFind.Enabled()
}

func (m *Model) focusReader(sec *knowledge.Section) {
	m.focus = FocusReader
	m.applyFocus()
	m.list.Select(sec.ID)
}

// SetSize lays the two panes out and returns the reader's render for its
// new width.
func (m *Model) SetSize(w, h int) tea.Cmd {
	m.width, m.height = max(0, w), max(0, h)
	m.wide, m.listRect, m.readerRect = place(m.width, m.height, m.reader.Measure())
	la, ra := m.listArea(), m.readerArea()
	m.list.SetSize(la.W, la.H)
	return m.reader.SetSize(ra.W, ra.H)
}

// Prerender returns the work of rendering the section shown at the width
// SetSize(w, h) will give the reader, or nil (see reader.Prerender).
func (m *Model) Prerender(w, h int) func() {
	wide, _, r := place(max(0, w), max(0, h), m.reader.Measure())
	return m.reader.Prerender(min(inner(r, wide).W, m.reader.Measure()))
}

// place lays the list and the reader out in a pane of w×h: side by side
// when wide, else one over the other in the same place. When the reader
// is wider than its measure needs, the list takes what it cannot use.
func place(w, h, measure int) (wide bool, list, reader layout.Rect) {
	if w < layout.Wide {
		list = layout.Rect{W: w, H: h}
		return false, list, list
	}
	lw := min(max(w/3, listMinWidth), listMaxWidth)
	if spare := w - lw - (measure + 2); spare > 0 { // 2: the reader's border
		lw = min(lw+spare, listWideWidth)
	}
	return true, layout.Rect{W: lw, H: h}, layout.Rect{X: lw, W: w - lw, H: h}
}

// listArea and readerArea are the areas the panes draw in: inside the
// borders when wide, the whole pane otherwise.
func (m Model) listArea() layout.Rect { return inner(m.listRect, m.wide) }

func (m Model) readerArea() layout.Rect { return inner(m.readerRect, m.wide) }

func inner(r layout.Rect, wide bool) layout.Rect {
	if wide {
		return r.Inner()
	}
	return r
}

// SetCommon restyles both panes (the reader re-renders in a new style),
// or takes in a new version of the pack (reload).
func (m *Model) SetCommon(c common.Common) tea.Cmd {
	if c.Pack != m.c.Pack {
		return m.reload(c)
	}
	m.c = c
	m.list.SetCommon(c)
	return m.reader.SetCommon(c)
}

// reload takes in a new version of the pack (c.Pack): the list is made
// anew with the same selection, and the reader re-renders its section in
// place (reader.Model.Reload).
func (m *Model) reload(c common.Common) tea.Cmd {
	m.c = c
	var sel string
	if s := m.list.Selected(); s != nil {
		sel = s.ID
	}
	m.list = sectionlist.New(c)
	if c.Pack.Section(sel) != nil {
		m.list.Select(sel)
	}
	la := m.listArea()
	m.list.SetSize(la.W, la.H)
	m.applyFocus()
	return m.reader.Reload(c)
}

// Capturing reports whether the reader's find box takes typed text.
func (m Model) Capturing() bool { return m.reader.Finding() }

// Action is nil: the list opens sections by message, the reader in place.
func (m Model) Action() common.Action { return nil }

// Update handles keys, the mouse (coordinates relative to the pane) and
// the reader's renders.
func (m Model) Update(msg tea.Msg) (common.Pane, tea.Cmd) {
	var cmd tea.Cmd
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		cmd = m.handleKey(msg)
	case tea.MouseWheelMsg:
		cmd = m.handleWheel(msg)
	case tea.MouseClickMsg:
		cmd = m.handleClick(msg)
	default:
		m.reader, cmd = m.reader.Update(msg)
	}
	m.updateKeys()
	return &m, cmd
}

// handleKey moves the focus, or hands the key to the focused pane.
func (m *Model) handleKey(msg tea.KeyPressMsg) tea.Cmd {
	if m.reader.Finding() {
		var cmd tea.Cmd
		m.reader, cmd = m.reader.Update(msg)
		return cmd
	}
	if m.focus == FocusList {
		if key.Matches(msg, m.KeyMap.FocusReader) || key.Matches(msg, m.reader.KeyMap.NextLink) {
			m.focus = FocusReader
			m.applyFocus()
			cmd := m.reader.Open(m.list.Selected(), "", "")
			if key.Matches(msg, m.reader.KeyMap.NextLink) {
				m.reader, _ = m.reader.Update(msg)
			}
			return cmd
		}
		return m.updateList(msg)
	}
	switch {
	case key.Matches(msg, m.reader.KeyMap.ClearFind) && m.reader.KeyMap.ClearFind.Enabled():
	case key.Matches(msg, m.KeyMap.FocusList), key.Matches(msg, m.KeyMap.Back):
		m.focus = FocusList
		m.applyFocus()
		return nil
	}
	var cmd tea.Cmd
	m.reader, cmd = m.reader.Update(msg)
	m.syncList()
	return cmd
}

// updateList hands msg to the list; on a wide screen the reader previews
// a new selection.
func (m *Model) updateList(msg tea.Msg) tea.Cmd {
	prev := m.list.Selected()
	var cmd tea.Cmd
	m.list, cmd = m.list.Update(msg)
	if sel := m.list.Selected(); m.wide && sel != prev {
		return tea.Batch(cmd, m.reader.Preview(sel))
	}
	return cmd
}

// syncList keeps the list's selection on the section the reader shows.
func (m *Model) syncList() {
	if s := m.reader.Section(); s != nil {
		if sel := m.list.Selected(); sel == nil || sel.ID != s.ID {
			m.list.Select(s.ID)
		}
	}
}

// onList reports whether (x, y) is over the list as laid out now.
func (m Model) onList(x, y int) bool {
	if m.wide {
		return m.listRect.Contains(x, y)
	}
	return m.focus == FocusList
}

// handleWheel scrolls the pane under the pointer.
func (m *Model) handleWheel(msg tea.MouseWheelMsg) tea.Cmd {
	if m.onList(msg.X, msg.Y) {
		prev := m.list.Selected()
		m.list, _ = m.list.Update(msg)
		if sel := m.list.Selected(); m.wide && sel != prev {
			return m.reader.Preview(sel)
		}
		return nil
	}
	var cmd tea.Cmd
	m.reader, cmd = m.reader.Update(msg)
	return cmd
}

// handleClick selects what is under the pointer: a section in the list,
// or the reader pane.
func (m *Model) handleClick(msg tea.MouseClickMsg) tea.Cmd {
	if m.onList(msg.X, msg.Y) {
		a := m.listArea()
		msg.X, msg.Y = msg.X-a.X, msg.Y-a.Y
		var cmd tea.Cmd
		m.list, cmd = m.list.Update(msg)
		return cmd
	}
	if m.wide && !m.readerRect.Contains(msg.X, msg.Y) {
		return nil
	}
	m.focus = FocusReader
	m.applyFocus()
	a := m.readerArea()
	msg.X, msg.Y = msg.X-a.X, msg.Y-a.Y
	var cmd tea.Cmd
	m.reader, cmd = m.reader.Update(msg)
	m.syncList()
	return cmd
}

// applyFocus tells the list whether it has the focus.
func (m *Model) applyFocus() {
	if m.focus == FocusList {
		m.list.Focus()
	} else {
		m.list.Blur()
	}
	m.updateKeys()
}

// updateKeys enables the bindings that can act now, so that help lists
// only those.
func (m *Model) updateKeys() {
	m.KeyMap.FocusList.SetEnabled(m.focus == FocusReader)
	m.KeyMap.FocusReader.SetEnabled(m.focus == FocusList && m.list.Selected() != nil)
	m.KeyMap.Back.SetEnabled(m.focus == FocusReader && !m.reader.KeyMap.ClearFind.Enabled())
}

// View draws the list and the reader side by side in bordered panes, or
// the focused one alone, at exactly the pane's size.
func (m Model) View() string {
	if !m.wide {
		if m.focus == FocusList {
			return layout.Fit(m.list.View(), m.width, m.height)
		}
		return m.reader.View() // exactly its size, like every reader view
	}
	la, ra := m.listArea(), m.readerArea()
	listStyle, readerStyle := m.c.Styles.Pane, m.c.Styles.PaneFocus
	if m.focus == FocusList {
		listStyle, readerStyle = m.c.Styles.PaneFocus, m.c.Styles.Pane
	}
	list := layout.Frame(listStyle, m.list.View(), la.W) // exactly its size
	reader := layout.Frame(readerStyle, m.reader.View(), ra.W)
	for i := range list {
		if i < len(reader) {
			list[i] += reader[i]
		}
	}
	return strings.Join(list, "\n")
}

// ShortHelp is the focused pane's short help.
func (m Model) ShortHelp() []key.Binding {
	if m.focus == FocusList && !m.reader.Finding() {
		return m.list.ShortHelp()
	}
	return m.reader.ShortHelp()
}

// FullHelp is the focused pane's bindings, then the pane's own.
func (m Model) FullHelp() [][]key.Binding {
	switch {
	case m.reader.Finding():
		return m.reader.FullHelp()
	case m.focus == FocusList:
		return append(m.list.FullHelp(), []key.Binding{m.KeyMap.FocusReader})
	}
	nav := []key.Binding{m.KeyMap.FocusList}
	if m.KeyMap.Back.Enabled() {
		nav = append(nav, m.KeyMap.Back)
	}
	return append(m.reader.FullHelp(), nav)
}
