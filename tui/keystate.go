package tui

import (
	"fmt"
	"slices"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/versus-dev/versus/knowledge"
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

// unavailable says why a root key the source cannot serve does nothing
// (t without tables, f without an FAQ, c with fewer than two aspects), or
// returns "" for any other key. Such keys are disabled, so that help does
// not offer them; pressed anyway, they say so rather than nothing.
func (m Model) unavailable(msg tea.KeyPressMsg) string {
	what := "this pack"
	switch m.c.Pack.Source {
	case knowledge.SourceFolder:
		what = "this folder"
	case knowledge.SourceFile:
		what = "this file"
	}
	k := m.keys
	switch {
	case pressed(msg, k.Tables) && !m.hasTables:
		return what + " has no comparison tables"
	case pressed(msg, k.FAQ) && !m.hasFAQ:
		return what + " has no FAQ"
	case pressed(msg, k.Compare) && m.aspects < 2:
		return what + " has fewer than two aspects to compare"
	}
	return ""
}

// pressed reports whether msg is one of b's keys, enabled or not.
func pressed(msg tea.KeyPressMsg, b key.Binding) bool {
	return slices.Contains(b.Keys(), msg.String())
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
	k.Problems.SetEnabled(m.c.Pack != nil && len(m.c.Pack.Problems) > 0)
}
