package reader

import (
	tea "charm.land/bubbletea/v2"

	"github.com/versus-dev/versus/tui/common"
	"github.com/versus-dev/versus/tui/internal/render"
)

// Reload takes in a new version of the pack (c.Pack): the section shown
// is looked up again by its id and rendered anew, scrolled where it was,
// while the old render stays on screen until the new one arrives. A
// section the new pack lost stays on screen as it was; the history keeps
// ids, so it follows the new pack by itself.
func (m *Model) Reload(c common.Common) tea.Cmd {
	m.c = c
	m.render.Reset()
	m.sources = map[string]string{}
	if m.sec == nil {
		return nil
	}
	sec := c.Pack.Section(m.sec.ID)
	if sec == nil {
		return nil
	}
	off, total := m.Position()
	m.sec = sec
	if m.link >= len(sec.Links) {
		m.link = -1
	}
	if m.doc != nil {
		// Still drawn, but no longer the render of this key: request
		// must ask for a new one.
		old := *m.doc
		old.key = render.Key{}
		m.doc = &old
	}
	m.pending = &spot{offset: off, total: total}
	cmd := m.request()
	m.updateKeys()
	return cmd
}
