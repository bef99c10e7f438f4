package tui

import (
	tea "charm.land/bubbletea/v2"

	"github.com/versus-dev/versus/knowledge/search"
	"github.com/versus-dev/versus/tui/program"
)

// settleWhenStarted returns what to run once the index is built: with a
// first render begun before the program (m.started), the start-up settles
// once that is done too; nil when there was none.
func (m Model) settleWhenStarted() func() {
	if m.started == nil {
		return nil
	}
	started := m.started
	return func() {
		go func() {
			<-started
			program.Settle() // the start-up is over
		}()
	}
}

// setIndex installs the index wherever search is offered.
func (m *Model) setIndex(ix *search.Index) tea.Cmd {
	m.c.Index = ix
	return m.setCommon()
}
