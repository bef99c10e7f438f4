package tui

import (
	tea "charm.land/bubbletea/v2"

	"github.com/versus-dev/versus/tui/action"
	"github.com/versus-dev/versus/tui/common"
	"github.com/versus-dev/versus/tui/searchview"
)

// Live reload: a pack folder's watcher (Options.Reloads) delivers each
// new version of the pack; r asks for one at once (Options.Reload).

// waitReload waits for the watcher's next result; nil without a watcher.
func (m Model) waitReload() tea.Cmd {
	if m.opts.Reloads == nil {
		return nil
	}
	return action.NextReload(m.opts.Reloads)
}

// reload takes in a reload. An edit that made things worse (a pack that
// cannot be opened, or one with more problems than the pack on screen)
// leaves the last good version on screen, with the first problem
// (FILE:LINE: message) in the status bar; otherwise the new version
// replaces it, the section in the reader re-rendered in place, the view
// on screen (tables, FAQ, compare) rebuilt from it and the search index
// rebuilt. Comparing counts, not demanding none, lets a pack
// that opened with a dead link still reload.
func (m *Model) reload(msg action.ReloadedMsg) tea.Cmd {
	m.note = msg.Status()
	next := m.waitReload()
	if msg.Worse(m.c.Pack) {
		return next
	}
	m.c.Pack, m.c.Index = msg.Pack, nil
	m.keptFAQ = nil // made again from the new pack when opened
	m.setupKeys()
	m.mem.Prune(msg.Pack)
	cmds := []tea.Cmd{next, m.browse.Reload(m.c), searchview.BuildIndex(msg.Pack, nil)}
	// The other panes on screen take the new version from their context:
	// tables, FAQ and compare rebuild from it in place.
	if m.body != common.Pane(m.browse) {
		cmds = append(cmds, m.body.SetCommon(m.c))
	}
	for _, o := range m.overlays {
		cmds = append(cmds, o.pane.SetCommon(m.c))
	}
	return tea.Batch(cmds...)
}

// forceReload is the r key.
func (m *Model) forceReload() tea.Cmd {
	if m.opts.Reload == nil {
		m.note = "the built-in pack never changes; 'versus pack copy DIR' makes a copy to edit"
		return nil
	}
	m.opts.Reload()
	m.note = "reloading…"
	return nil
}
