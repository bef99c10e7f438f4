package tui

import (
	"strconv"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/versus-dev/versus/knowledge"
	"github.com/versus-dev/versus/tui/common"
	"github.com/versus-dev/versus/tui/helpview"
	"github.com/versus-dev/versus/tui/searchview"
)

// digitWait is how long a typed digit waits for a second one, so that
// aspects 10 and up are one quick "1", "2" away.
const digitWait = 900 * time.Millisecond

// digitTimeoutMsg ends the aspect number being typed.
type digitTimeoutMsg struct{ seq int }

// Update handles a message and returns the updated model.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if !m.overlayOnly(msg) {
		m.baseGen++
	}
	var cmd tea.Cmd
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		cmd = m.resize(msg.Width, msg.Height)
	case tea.BackgroundColorMsg:
		if m.isDark != msg.IsDark() && !m.opts.NoColor {
			m.isDark = msg.IsDark()
			cmd = m.retheme()
		}
	case indexReadyMsg:
		cmd = m.setIndex(msg.ix)
	case common.OpenSectionMsg:
		cmd = m.openSection(common.Open(msg))
	case digitTimeoutMsg:
		if msg.seq == m.digitSeq {
			m.digits = ""
		}
	case tea.KeyPressMsg:
		cmd = m.handleKey(msg)
	case tea.MouseWheelMsg:
		cmd = m.handleWheel(msg)
	case tea.MouseClickMsg:
		cmd = m.handleClick(msg)
	case tea.PasteMsg:
		if m.capturing() {
			cmd = m.toFocused(msg)
		}
	default:
		cmd = m.forward(msg)
	}
	m.updateKeys()
	if o := m.top(); o != nil && o.kind == OverlayHelp {
		// The view under the help may have enabled keys (the index arrived).
		o.pane.(*helpview.Model).SetKeys(m.helpKeys())
	}
	return m, cmd
}

// overlayOnly reports whether msg can change only the overlay on screen,
// not the panes under it: keys typed into it and its search results.
func (m Model) overlayOnly(msg tea.Msg) bool {
	if m.top() == nil {
		return false
	}
	switch msg.(type) {
	case tea.KeyPressMsg, tea.PasteMsg, searchview.ResultsMsg:
		return true
	}
	return false
}

// openSection shows a section in the reader, leaving any other mode.
func (m *Model) openSection(msg common.Open) tea.Cmd {
	sec := m.c.Pack.Section(msg.ID)
	if sec == nil {
		m.note = "no section " + msg.ID
		return nil
	}
	m.setBody(ModeBrowse, nil)
	m.focus = FocusReader
	m.applyFocus()
	m.list.Select(sec.ID)
	return m.reader.Open(sec, msg.Anchor, msg.Query)
}

// toFocused hands msg to the view that takes typed text: the overlay on
// top, the body pane, or the reader's find box.
func (m *Model) toFocused(msg tea.Msg) tea.Cmd {
	if m.top() != nil || m.body != nil {
		return m.updateTop(msg)
	}
	var cmd tea.Cmd
	m.reader, cmd = m.reader.Update(msg)
	return cmd
}

func (m *Model) handleKey(msg tea.KeyPressMsg) tea.Cmd {
	if key.Matches(msg, forceQuit()) {
		return tea.Quit
	}
	m.note = ""
	if m.capturing() {
		return m.toFocused(msg)
	}
	if m.top() != nil {
		// Overlays are modal: other keys would act unseen.
		if key.Matches(msg, m.keys.Quit) {
			return tea.Quit
		}
		return m.updateTop(msg)
	}
	if m.geo.tooSmall {
		if key.Matches(msg, m.keys.Quit) {
			return tea.Quit
		}
		return nil
	}
	if key.Matches(msg, m.keys.Aspect) {
		return m.typeDigit(msg.String())
	}
	m.digits = ""
	switch {
	case key.Matches(msg, m.keys.Quit):
		return tea.Quit
	case key.Matches(msg, m.keys.Help):
		return m.openHelp()
	case key.Matches(msg, m.keys.FAQ):
		return m.openFAQ()
	case key.Matches(msg, m.keys.Tables):
		return m.openTables()
	case key.Matches(msg, m.keys.Compare):
		return m.openCompare()
	case key.Matches(msg, m.keys.Search):
		return m.openSearch()
	}
	if m.body != nil {
		return m.updateBody(msg)
	}
	return m.browseKey(msg)
}

// browseKey handles a key in browse mode: focus moves, then the focused
// pane.
func (m *Model) browseKey(msg tea.KeyPressMsg) tea.Cmd {
	switch m.focus {
	case FocusList:
		switch {
		case key.Matches(msg, m.keys.FocusReader), key.Matches(msg, m.reader.KeyMap.NextLink):
			m.focus = FocusReader
			m.applyFocus()
			cmd := m.reader.Open(m.list.Selected(), "", "")
			if key.Matches(msg, m.reader.KeyMap.NextLink) {
				m.reader, _ = m.reader.Update(msg)
			}
			return cmd
		}
		prev := m.list.Selected()
		var cmd tea.Cmd
		m.list, cmd = m.list.Update(msg)
		if sel := m.list.Selected(); m.geo.wide && sel != prev {
			return tea.Batch(cmd, m.reader.Preview(sel))
		}
		return cmd
	default:
		switch {
		case key.Matches(msg, m.reader.KeyMap.ClearMarks) && m.reader.KeyMap.ClearMarks.Enabled():
		case key.Matches(msg, m.keys.FocusList), key.Matches(msg, m.keys.Close):
			m.focus = FocusList
			m.applyFocus()
			return nil
		}
		var cmd tea.Cmd
		m.reader, cmd = m.reader.Update(msg)
		m.syncList()
		return cmd
	}
}

// syncList keeps the list's selection on the section the reader shows.
func (m *Model) syncList() {
	if s := m.reader.Section(); s != nil {
		if sel := m.list.Selected(); sel == nil || sel.ID != s.ID {
			m.list.Select(s.ID)
		}
	}
}

// typeDigit jumps to an aspect by number. A digit typed soon after another
// extends the number ("1" then "2" is aspect 12) when the pack has such an
// aspect; the jump to aspect 1 it replaces leaves no trace in the history.
func (m *Model) typeDigit(d string) tea.Cmd {
	if m.digits != "" {
		if sec := m.aspect(m.digits + d); sec != nil {
			m.digits = ""
			m.digitSeq++
			return m.jumpTo(sec, true)
		}
	}
	sec := m.aspect(d)
	if sec == nil {
		m.digits = ""
		return nil
	}
	m.digitSeq++
	m.digits = ""
	if m.hasAspect(d) {
		m.digits = d
	}
	seq := m.digitSeq
	return tea.Batch(m.jumpTo(sec, false), m.tick(digitWait, func(time.Time) tea.Msg {
		return digitTimeoutMsg{seq}
	}))
}

// hasAspect reports whether some aspect's number starts with prefix and
// is longer, so that another digit may follow.
func (m Model) hasAspect(prefix string) bool {
	for _, s := range m.c.Pack.Aspects() {
		n := strconv.Itoa(s.Number)
		if len(n) > len(prefix) && n[:len(prefix)] == prefix {
			return true
		}
	}
	return false
}

// aspect returns the aspect numbered n, or nil.
func (m Model) aspect(n string) *knowledge.Section {
	v, err := strconv.Atoi(n)
	if err != nil || v <= 0 {
		return nil
	}
	for _, s := range m.c.Pack.Aspects() {
		if s.Number == v {
			return s
		}
	}
	return nil
}

// jumpTo shows an aspect in browse mode. replace swaps it for the section
// shown instead of adding to the history.
func (m *Model) jumpTo(sec *knowledge.Section, replace bool) tea.Cmd {
	m.setBody(ModeBrowse, nil)
	m.focus = FocusReader
	m.applyFocus()
	m.list.Select(sec.ID)
	if replace {
		return m.reader.Replace(sec)
	}
	return m.reader.Open(sec, "", "")
}

// handleWheel scrolls the pane under the pointer.
func (m *Model) handleWheel(msg tea.MouseWheelMsg) tea.Cmd {
	if m.geo.tooSmall || m.top() != nil {
		return nil
	}
	if m.body != nil {
		b := m.geo.body
		msg.X, msg.Y = msg.X-b.X, msg.Y-b.Y
		return m.updateBody(msg)
	}
	if m.onList(msg.X, msg.Y) {
		prev := m.list.Selected()
		m.list, _ = m.list.Update(msg)
		if sel := m.list.Selected(); m.geo.wide && sel != prev {
			return m.reader.Preview(sel)
		}
		return nil
	}
	var cmd tea.Cmd
	m.reader, cmd = m.reader.Update(msg)
	return cmd
}

// onList reports whether (x, y) is over the list as laid out now.
func (m Model) onList(x, y int) bool {
	if m.geo.wide {
		return m.geo.list.Contains(x, y)
	}
	return m.focus == FocusList
}

// handleClick selects what is under the pointer: a section in the list,
// or the reader pane.
func (m *Model) handleClick(msg tea.MouseClickMsg) tea.Cmd {
	if m.geo.tooSmall || m.top() != nil {
		return nil
	}
	if m.body != nil {
		b := m.geo.body
		msg.X, msg.Y = msg.X-b.X, msg.Y-b.Y
		return m.updateBody(msg)
	}
	if m.onList(msg.X, msg.Y) {
		a := m.geo.listArea()
		msg.X, msg.Y = msg.X-a.X, msg.Y-a.Y
		var cmd tea.Cmd
		m.list, cmd = m.list.Update(msg)
		return cmd
	}
	if m.geo.wide && !m.geo.reader.Contains(msg.X, msg.Y) {
		return nil
	}
	m.focus = FocusReader
	m.applyFocus()
	a := m.geo.readerArea()
	msg.X, msg.Y = msg.X-a.X, msg.Y-a.Y
	var cmd tea.Cmd
	m.reader, cmd = m.reader.Update(msg)
	m.syncList()
	return cmd
}
