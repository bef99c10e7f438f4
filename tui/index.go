package tui

import (
	tea "charm.land/bubbletea/v2"

	"github.com/versus-dev/versus/knowledge"
	"github.com/versus-dev/versus/knowledge/search"
	"github.com/versus-dev/versus/tui/program"
)

// indexReadyMsg carries the search index, built after start-up.
type indexReadyMsg struct{ ix *search.Index }

// buildIndex builds the search index off the Update loop. Nothing on the
// first frame needs it, and on a big pack it takes longer than the frame:
// a search opened before it arrives shows "searching…" and runs once it
// does. With after not nil, the start-up
// settles once the index is built and after is closed too (the first
// section's render).
func buildIndex(p *knowledge.Pack, after <-chan struct{}) tea.Cmd {
	return func() tea.Msg {
		ix := search.New(p)
		if after != nil {
			go func() {
				<-after
				program.Settle() // the start-up is over
			}()
		}
		return indexReadyMsg{ix}
	}
}

// setIndex installs the index wherever search is offered.
func (m *Model) setIndex(ix *search.Index) tea.Cmd {
	m.c.Index = ix
	return m.setCommon()
}
