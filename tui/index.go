package tui

import (
	tea "charm.land/bubbletea/v2"

	"github.com/versus-dev/versus/knowledge/search"
	"github.com/versus-dev/versus/tui/searchview"
)

// buildIndex builds the search index off the Update loop, after the first
// screen is shown: nothing on it needs the index. Once the index is built
// and the first section rendered, the start-up settles; without a
// start-up (a model made without Run) it is built at once.
func (m Model) buildIndex() tea.Cmd {
	s := m.opts.start
	return s.AfterShown(searchview.BuildIndex(m.c.Pack, s.SettleOnceRendered))
}

// setIndex installs the index wherever search is offered.
func (m *Model) setIndex(ix *search.Index) tea.Cmd {
	m.c.Index = ix
	return m.setCommon()
}
