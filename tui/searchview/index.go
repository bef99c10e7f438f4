package searchview

import (
	tea "charm.land/bubbletea/v2"

	"github.com/versus-dev/versus/knowledge"
	"github.com/versus-dev/versus/knowledge/search"
)

// IndexMsg carries a search index built off the Update loop.
type IndexMsg struct{ Index *search.Index }

// BuildIndex builds p's search index off the Update loop. Nothing on the
// first frame needs it, and on a big pack it takes longer than the frame:
// a search opened before it arrives shows "searching…" and runs once it
// does. then, when not nil, runs once the index is built.
func BuildIndex(p *knowledge.Pack, then func()) tea.Cmd {
	return func() tea.Msg {
		ix := search.New(p)
		if then != nil {
			then()
		}
		return IndexMsg{ix}
	}
}
