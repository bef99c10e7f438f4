package tui

import (
	tea "charm.land/bubbletea/v2"

	"github.com/versus-dev/versus/knowledge"
	"github.com/versus-dev/versus/tui/compare"
	"github.com/versus-dev/versus/tui/faq"
	"github.com/versus-dev/versus/tui/searchview"
	"github.com/versus-dev/versus/tui/tables"
)

// The other helpers' panes plug in here: opening them, handing them
// messages, and knowing when they take typed text.

// current is the section in the reader, or the list's selection.
func (m Model) current() *knowledge.Section {
	if s := m.reader.Section(); s != nil {
		return s
	}
	return m.list.Selected()
}

func (m Model) currentID() string {
	if s := m.current(); s != nil {
		return s.ID
	}
	return ""
}

// openFAQ shows the FAQ pane, made on first use.
func (m *Model) openFAQ() tea.Cmd {
	if m.faq == nil {
		f := faq.New(m.c)
		m.faq = &f
	}
	m.mode, m.overlay = ModeFAQ, OverlayNone
	m.faq.SetSize(m.geo.body.w, m.geo.body.h)
	return m.faq.Init()
}

// openTables shows the comparison tables of the section in the reader, or
// the matrix of every table when it has none.
func (m *Model) openTables() tea.Cmd {
	t := tables.New(m.c, m.currentID())
	t.SetSize(m.geo.body.w, m.geo.body.h)
	m.tables = &t
	m.mode, m.overlay = ModeTables, OverlayNone
	return t.Init()
}

// openCompare starts the compare picker, offering the aspect in the
// reader first.
func (m *Model) openCompare() tea.Cmd {
	id := ""
	if s := m.current(); s != nil && s.Kind == knowledge.KindAspect {
		id = s.ID
	}
	c := compare.New(m.c, id)
	c.SetSize(m.geo.body.w, m.geo.body.h)
	m.compare = &c
	m.mode, m.overlay = ModeCompare, OverlayNone
	return c.Init()
}

// openSearch shows the search overlay with an empty query.
func (m *Model) openSearch() tea.Cmd {
	s := searchview.New(m.c)
	s.SetSize(m.width, m.height)
	m.search = &s
	m.overlay = OverlaySearch
	return nil
}

// paneCapturing reports whether the mode's pane takes printable keys as
// text: the tables' matrix filter and the compare picker do.
func (m Model) paneCapturing() bool {
	switch {
	case m.mode == ModeTables && m.tables != nil:
		return m.tables.Mode() == tables.ModeMatrix
	case m.mode == ModeCompare && m.compare != nil:
		return m.compare.Mode() != compare.ModeView
	}
	return false
}

// updatePane hands a message to the mode's pane.
func (m *Model) updatePane(msg tea.Msg) tea.Cmd {
	var cmd tea.Cmd
	switch {
	case m.mode == ModeFAQ && m.faq != nil:
		*m.faq, cmd = m.faq.Update(msg)
	case m.mode == ModeTables && m.tables != nil:
		*m.tables, cmd = m.tables.Update(msg)
	case m.mode == ModeCompare && m.compare != nil:
		*m.compare, cmd = m.compare.Update(msg)
	}
	return cmd
}

// forward hands any other message (render and search results, cursor
// blinks) to every pane that may be waiting for it; each drops what is
// not its own.
func (m *Model) forward(msg tea.Msg) tea.Cmd {
	var cmds []tea.Cmd
	var cmd tea.Cmd
	m.reader, cmd = m.reader.Update(msg)
	cmds = append(cmds, cmd)
	if m.faq != nil {
		*m.faq, cmd = m.faq.Update(msg)
		cmds = append(cmds, cmd)
	}
	if m.compare != nil {
		*m.compare, cmd = m.compare.Update(msg)
		cmds = append(cmds, cmd)
	}
	if m.tables != nil {
		*m.tables, cmd = m.tables.Update(msg)
		cmds = append(cmds, cmd)
	}
	if m.search != nil {
		*m.search, cmd = m.search.Update(msg)
		cmds = append(cmds, cmd)
	}
	return tea.Batch(cmds...)
}
