package reader

import (
	tea "charm.land/bubbletea/v2"

	"github.com/versus-dev/versus/knowledge"
)

// Position is where the reader is scrolled: the first line shown and the
// line count of the render it belongs to, so that a reader at another
// width can come back to the same spot.
func (m Model) Position() (offset, total int) {
	return m.vp.YOffset(), m.vp.TotalLineCount()
}

// OpenAt shows sec scrolled to offset, a first line shown in a render of
// total lines (scaled when this render has another length): for coming
// back to a place remembered from an earlier run. Opening the section
// already shown adds nothing to the history.
func (m *Model) OpenAt(sec *knowledge.Section, offset, total int) tea.Cmd {
	if sec == nil {
		return nil
	}
	m.previewing = false
	if m.sec != nil && m.sec.ID != sec.ID {
		m.hist.push(m.here())
	}
	return m.show(sec, &spot{offset: offset, total: total}, "")
}
