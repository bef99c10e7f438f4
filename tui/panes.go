package tui

import (
	tea "charm.land/bubbletea/v2"

	"github.com/versus-dev/versus/knowledge"
	"github.com/versus-dev/versus/tui/bookmarks"
	"github.com/versus-dev/versus/tui/browse"
	"github.com/versus-dev/versus/tui/common"
	"github.com/versus-dev/versus/tui/compare"
	"github.com/versus-dev/versus/tui/faq"
	"github.com/versus-dev/versus/tui/helpview"
	"github.com/versus-dev/versus/tui/internal/layout"
	"github.com/versus-dev/versus/tui/overlay"
	"github.com/versus-dev/versus/tui/problemsview"
	"github.com/versus-dev/versus/tui/searchview"
	"github.com/versus-dev/versus/tui/tables"
)

// The body pane and the overlay stack: opening, swapping and closing the
// panes on the common.Pane contract, and acting on what they ask.

// area is where an overlay of kind is drawn: search over the whole
// screen, the others over the body, so that the title and status bars
// still say where the user is.
func (m Model) area(kind overlay.Kind) layout.Rect {
	if kind == overlay.Search {
		return layout.Rect{W: m.geo.W, H: m.geo.H}
	}
	return m.geo.Body
}

// setBody shows p in the body in mode, closing every overlay. The pane it
// replaces is dropped, so that it stops working unseen; the FAQ alone is
// kept aside, to come back with its selection.
func (m *Model) setBody(mode Mode, p common.Pane) tea.Cmd {
	if f, ok := m.body.(*faq.Model); ok {
		m.keptFAQ = f
	}
	m.overlays.Clear()
	if p == m.body {
		return nil
	}
	m.mode, m.body = mode, p
	b := m.geo.Body
	return tea.Batch(p.SetCommon(m.c), p.SetSize(b.W, b.H))
}

// openFAQ shows the FAQ pane, as it was left when it was last open.
func (m *Model) openFAQ() tea.Cmd {
	p := m.keptFAQ
	if p == nil {
		f := faq.New(m.c)
		p = &f
	}
	m.keptFAQ = nil
	return m.open(ModeFAQ, p)
}

// openTables shows the comparison tables of the section in the reader (in
// the compare view, of the focused aspect), or the matrix of every table
// when it has none.
func (m *Model) openTables() tea.Cmd {
	var id string
	if s := m.browse.Current(); s != nil {
		id = s.ID
	}
	if c, ok := m.body.(*compare.Model); ok {
		if f, ok := c.Focused(); ok {
			id = f
		}
	}
	t := tables.New(m.c, id)
	return m.open(ModeTables, &t)
}

// openCompare starts the compare picker, offering the aspect in the
// reader first.
func (m *Model) openCompare() tea.Cmd {
	id := ""
	if s := m.browse.Current(); s != nil && s.Kind == knowledge.KindAspect {
		id = s.ID
	}
	c := compare.New(m.c, id)
	return m.open(ModeCompare, &c)
}

// push opens an overlay over everything on screen.
func (m *Model) push(kind overlay.Kind, p common.Pane) tea.Cmd {
	return m.overlays.Push(kind, p, m.area(kind))
}

// openSearch shows the search overlay with the last query, selected, so
// that typing replaces it.
func (m *Model) openSearch() tea.Cmd {
	s := searchview.New(m.c)
	cmd := s.Recall(m.lastSearch)
	return tea.Batch(m.push(overlay.Search, &s), cmd)
}

// openBookmarks shows the bookmarks and the sections read recently, the
// one in the reader first.
func (m *Model) openBookmarks() tea.Cmd {
	if m.opts.Memory == nil {
		m.note = bookmarks.Off
		return nil
	}
	b := bookmarks.New(m.c, m.finalMemory())
	return m.push(overlay.Bookmarks, &b)
}

// openHelp shows every binding of the view on screen.
func (m *Model) openHelp() tea.Cmd {
	h := helpview.New(m.c, m.helpKeys())
	return m.push(overlay.Help, &h)
}

// openProblems lists the pack's content problems.
func (m *Model) openProblems() tea.Cmd {
	p := problemsview.New(m.c)
	p.Editor = m.env.Editor()
	return m.push(overlay.Problems, &p)
}

// updateTop hands msg to the overlay on top, or else to the body pane,
// and acts on what it asks.
func (m *Model) updateTop(msg tea.Msg) tea.Cmd {
	if p, cmd := m.overlays.Update(msg); p != nil {
		if b, ok := p.(*bookmarks.Model); ok && b.Changed() {
			m.mem.Bookmarks = b.Bookmarks()
			cmd = tea.Batch(cmd, bookmarks.Save(m.opts.Memory, m.mem))
		}
		if s, ok := p.(*searchview.Model); ok {
			m.lastSearch = s.Query()
		}
		return tea.Batch(cmd, m.act(p.Action()))
	}
	return m.updateBody(msg)
}

// updateBody hands msg to the body pane and acts on what it asks.
func (m *Model) updateBody(msg tea.Msg) tea.Cmd {
	var cmd tea.Cmd
	m.body, cmd = m.body.Update(msg)
	if b, ok := m.body.(*browse.Model); ok {
		m.browse = b
	}
	return tea.Batch(cmd, m.act(m.body.Action()))
}

// act does what a pane asked in its last Update: closing the view on top
// (the one that asked: nothing else ran in between), opening a section or
// copying text.
func (m *Model) act(a common.Action) tea.Cmd {
	switch a := a.(type) {
	case common.Close:
		return m.closeTop()
	case common.Open:
		return m.openSection(a)
	case common.Copy:
		return m.env.CopyText(a.Text, a.Label)
	}
	return nil
}

// closeTop closes the overlay on top, or else goes back to the view the
// one on screen was opened from (browse when there is none).
func (m *Model) closeTop() tea.Cmd {
	if m.overlays.Pop() {
		return nil
	}
	if cmd, ok := m.travel(true); ok {
		return cmd
	}
	return m.setBody(ModeBrowse, m.browse)
}

// capturing reports whether the view on top takes typed text, in which
// case only ctrl+c is the root's.
func (m Model) capturing() bool {
	if p, _ := m.overlays.Top(); p != nil {
		return p.Capturing()
	}
	return m.body.Capturing()
}

// forward hands any other message (render and search results, cursor
// blinks) to the panes on screen; each drops what is not its own.
func (m *Model) forward(msg tea.Msg) tea.Cmd {
	return tea.Batch(m.updateBody(msg), m.overlays.Forward(msg))
}
