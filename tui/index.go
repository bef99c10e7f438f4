package tui

import (
	tea "charm.land/bubbletea/v2"

	"github.com/versus-dev/versus/knowledge"
	"github.com/versus-dev/versus/knowledge/search"
)

// indexReadyMsg carries the search index, built after start-up.
type indexReadyMsg struct{ ix *search.Index }

// buildIndex builds the search index off the Update loop. Nothing on the
// first frame needs it, and on a big pack it takes longer than the frame:
// `/` stays disabled until it arrives.
func buildIndex(p *knowledge.Pack) tea.Cmd {
	return func() tea.Msg { return indexReadyMsg{search.New(p)} }
}

// setIndex installs the index wherever search is offered.
func (m *Model) setIndex(ix *search.Index) tea.Cmd {
	m.c.Index = ix
	return m.setCommon()
}
