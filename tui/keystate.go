package tui

import (
	"fmt"
)

// setupAspectKey names the range of aspect numbers in the help, and notes
// what the pack holds, for updateKeys.
func (m *Model) setupAspectKey() {
	hi := 0
	for _, s := range m.c.Pack.Aspects() {
		hi = max(hi, s.Number)
		m.aspects++
	}
	m.hasFAQ = len(m.c.Pack.FAQ()) > 0
	for _, s := range m.c.Pack.Sections {
		m.hasTables = m.hasTables || len(s.ComparisonTables()) > 0
	}
	switch {
	case hi == 0:
		m.keys.Aspect.SetEnabled(false)
	case hi == 1:
		m.keys.Aspect.SetHelp("1", "go to aspect 1")
	case hi <= 9:
		m.keys.Aspect.SetHelp(fmt.Sprintf("1-%d", hi), "go to aspect")
	default:
		m.keys.Aspect.SetHelp(fmt.Sprintf("1-%d", hi), "go to aspect (type 12 for 12)")
	}
}

// updateKeys enables the root bindings that can act in the current view,
// so that help lists only those.
func (m *Model) updateKeys() {
	k := &m.keys
	k.FAQ.SetEnabled(m.mode != ModeFAQ && m.hasFAQ)
	k.Tables.SetEnabled(m.hasTables)
	k.Search.SetEnabled(m.c.Pack != nil && len(m.c.Pack.Sections) > 0) // the index may still be on its way
	k.Compare.SetEnabled(m.aspects >= 2)
	k.Reload.SetEnabled(m.opts.Reload != nil)
	k.Bookmarks.SetEnabled(m.opts.Memory != nil)
	// esc goes back along the trail where it would otherwise only move the
	// focus to the list: the browse pane's own esc steps aside.
	leave := m.mode == ModeBrowse && len(m.trail) > 0 && m.browse.Leaving()
	k.Leave.SetEnabled(leave)
	k.Leave.SetHelp("esc", "back to "+m.trailName())
	if leave {
		m.browse.KeyMap.Back.SetEnabled(false)
	}
}
