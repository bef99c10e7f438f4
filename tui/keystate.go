package tui

import (
	"github.com/versus-dev/versus/tui/common"
	"github.com/versus-dev/versus/tui/keys"
	"github.com/versus-dev/versus/tui/overlay"
)

// setupKeys notes what the pack holds, for updateKeys, and names the range
// of aspect numbers in the help.
func (m *Model) setupKeys() {
	m.holds = keys.PackHolds(m.c.Pack)
	m.keys.SetAspectHelp(m.holds)
}

// updateKeys enables the root bindings that can act in the current view,
// so that help lists only those.
func (m *Model) updateKeys() {
	if m.keys.Enable(m.screen(), m.holds) {
		m.browse.KeyMap.Back.SetEnabled(false)
	}
}

// screen is the view on screen, for the key hints, the help and the notes
// on keys that do nothing here.
func (m Model) screen() keys.Screen {
	s := keys.Screen{
		Keys: m.keys, Browse: m.browse, Pane: m.pane(),
		Browsing: m.mode == ModeBrowse, Tables: m.mode == ModeTables, FAQ: m.mode == ModeFAQ, Compare: m.mode == ModeCompare,
		Overlay: !m.overlays.Empty(), Capturing: m.capturing(), Reading: m.readerSection() != nil,
		Memory: m.opts.Memory != nil, Watched: m.opts.Reload != nil, Name: m.viewName(), Behind: m.trailName(),
	}
	if p, k := m.overlays.Top(); k == overlay.Help {
		s.HelpOverlay = p
	}
	return s
}

// pane is the overlay or body pane on top, or nil in browse mode. Help
// shows the bindings of the view under it, so it does not count.
func (m Model) pane() common.Pane {
	if p := m.overlays.Shown(); p != nil {
		return p
	}
	if m.mode != ModeBrowse {
		return m.body
	}
	return nil
}

// helpKeys is the help of the view on screen.
func (m Model) helpKeys() keys.Help { return m.screen().HelpKeys() }
