package keys

import (
	"fmt"

	tea "charm.land/bubbletea/v2"

	"github.com/versus-dev/versus/knowledge"
)

// Holds is what a pack holds, for the keys that need it: t needs tables,
// f an FAQ, c two aspects, / a section, ! a problem.
type Holds struct {
	Aspects   int // how many
	MaxAspect int // the highest aspect number
	FAQ       bool
	Tables    bool
	Sections  bool
	Problems  bool
	source    knowledge.SourceKind
}

// PackHolds returns what p holds.
func PackHolds(p *knowledge.Pack) Holds {
	h := Holds{FAQ: len(p.FAQ()) > 0, Sections: len(p.Sections) > 0, Problems: len(p.Problems) > 0, source: p.Source}
	for _, s := range p.Aspects() {
		h.MaxAspect = max(h.MaxAspect, s.Number)
		h.Aspects++
	}
	for _, s := range p.Sections {
		h.Tables = h.Tables || len(s.ComparisonTables()) > 0
	}
	return h
}

// Enable enables the root bindings that can act on the screen s
// describes, for a pack holding h, so that help lists only those. It
// reports whether esc goes back along the trail where it would otherwise
// only move the focus to the list: the browse pane's own esc steps aside
// then.
func (k *KeyMap) Enable(s Screen, h Holds) (leave bool) {
	k.FAQ.SetEnabled(!s.FAQ && h.FAQ)
	k.Tables.SetEnabled(h.Tables)
	k.Search.SetEnabled(h.Sections) // the index may still be on its way
	k.Compare.SetEnabled(h.Aspects >= 2)
	k.Reload.SetEnabled(s.Watched)
	k.Bookmarks.SetEnabled(s.Memory)
	k.Problems.SetEnabled(h.Problems)
	leave = s.Browsing && s.Behind != "" && s.Browse.Leaving()
	k.Leave.SetEnabled(leave)
	k.Leave.SetHelp("esc", "back to "+s.Behind)
	return leave
}

// SetAspectHelp names the range of aspect numbers h holds in the help of
// the aspect key, or disables it when there is none.
func (k *KeyMap) SetAspectHelp(h Holds) {
	hi := h.MaxAspect
	switch {
	case hi == 0:
		k.Aspect.SetEnabled(false)
		return
	}
	k.Aspect.SetEnabled(true) // a reload can bring aspects to a pack that had none
	switch {
	case hi == 1:
		k.Aspect.SetHelp("1", "go to aspect 1")
	case hi <= 9:
		k.Aspect.SetHelp(fmt.Sprintf("1-%d", hi), "go to aspect")
	default:
		k.Aspect.SetHelp(fmt.Sprintf("1-%d", hi), fmt.Sprintf("go to aspect (type %d for %d)", hi, hi))
	}
}

// Unavailable says why a root key the pack cannot serve does nothing
// (t without tables, f without an FAQ, c with fewer than two aspects), or
// returns "" for any other key. Such keys are disabled, so that help does
// not offer them; pressed anyway, they say so rather than nothing.
func (k KeyMap) Unavailable(msg tea.KeyPressMsg, h Holds) string {
	what := "this pack"
	switch h.source {
	case knowledge.SourceFolder:
		what = "this folder"
	case knowledge.SourceFile:
		what = "this file"
	}
	switch {
	case pressed(msg, k.Tables) && !h.Tables:
		return what + " has no comparison tables"
	case pressed(msg, k.FAQ) && !h.FAQ:
		return what + " has no FAQ"
	case pressed(msg, k.Compare) && h.Aspects < 2:
		return what + " has fewer than two aspects to compare"
	}
	return ""
}
