package tui

import (
	tea "charm.land/bubbletea/v2"

	"github.com/versus-dev/versus/tui/action"
	"github.com/versus-dev/versus/tui/searchview"
)

// reload takes in a new version of the pack from the watcher
// (Options.Reloads), unless it made things worse (action.ReloadedMsg.Worse):
// the panes on screen take it from their context, and the search index is
// built again. The status bar says how the reload went either way.
func (m *Model) reload(msg action.ReloadedMsg) tea.Cmd {
	m.note = msg.Status()
	next := action.NextReload(m.opts.Reloads)
	if msg.Worse(m.c.Pack) {
		return next
	}
	m.c.Pack, m.c.Index = msg.Pack, nil
	m.keptFAQ = nil // made again from the new pack when opened
	m.setupKeys()
	m.mem.Prune(msg.Pack)
	// A pane off screen (browse, or one on the trail) takes the new pack
	// when it comes back, as it takes a new theme.
	return tea.Batch(next, searchview.BuildIndex(msg.Pack, nil), m.setCommon())
}
