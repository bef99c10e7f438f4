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
// a search opened before it arrives shows "searching…" and runs once it
// does. At start-up (s not nil) it waits until the first screen is on the
// terminal, and once both are done the start-up settles.
func buildIndex(p *knowledge.Pack, s *startup) tea.Cmd {
	return s.afterShown(func() tea.Msg {
		ix := search.New(p)
		if s != nil {
			go func() {
				<-s.rendered
				settle() // the start-up is over
			}()
		}
		return indexReadyMsg{ix}
	})
}

// setIndex installs the index wherever search is offered.
func (m *Model) setIndex(ix *search.Index) tea.Cmd {
	m.c.Index = ix
	return m.setCommon()
}
