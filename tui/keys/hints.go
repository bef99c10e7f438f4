package keys

import (
	"slices"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"

	"github.com/versus-dev/versus/tui/browse"
	"github.com/versus-dev/versus/tui/common"
)

// Key hints: the status bar's short ones and the full help, for the view
// on screen, with only the bindings that act there.

// Screen is the view on screen, as far as its keys go.
type Screen struct {
	Keys   KeyMap
	Browse *browse.Model // the browse pane, on screen or not
	// Pane is the overlay or body pane on top, help overlays aside, or nil
	// in browse mode with no other overlay: help shows the bindings of
	// the view under it.
	Pane common.Pane
	// HelpOverlay is the help overlay when it is on top, else nil.
	HelpOverlay help.KeyMap
	// Browsing, Tables, FAQ, Compare say which view fills the body.
	Browsing, Tables, FAQ, Compare bool
	Overlay                        bool   // an overlay is on top
	Capturing                      bool   // the view on top takes typed text
	Reading                        bool   // a section is in the reader, in browse mode: the reader's actions apply
	Memory                         bool   // bookmarks are on
	Watched                        bool   // the pack's folder is watched: r reloads it
	Name                           string // the view's name, as the title bar shows it
	Behind                         string // the name of the view esc goes back to along the trail; "" for none
}

// hint is a binding made for the status bar: a short label over keys that
// several bindings share.
func hint(keys, desc string, enabled bool) key.Binding {
	b := key.NewBinding(key.WithKeys(keys), key.WithHelp(keys, desc))
	b.SetEnabled(enabled)
	return b
}

// StatusHints are the status bar's key hints for the view on screen, most
// useful first (the bar drops them from the end), and the pinned ones it
// always shows: the way to search and to help.
func (s Screen) StatusHints() (hints Help, pinned []key.Binding) {
	k := s.Keys
	pinned = []key.Binding{k.Search, k.Help}
	// The other views, where they apply; the one on screen is not one.
	tables, compare := k.Tables, k.Compare
	tables.SetEnabled(tables.Enabled() && !s.Tables)
	compare.SetEnabled(compare.Enabled() && !s.Compare)
	views := []key.Binding{tables, k.FAQ, compare, k.Quit}
	if k.Problems.Enabled() && !s.Overlay {
		pinned = []key.Binding{k.Problems, k.Search, k.Help}
	}
	switch {
	case s.HelpOverlay != nil:
		return Help{}, append(s.HelpOverlay.ShortHelp(), k.Quit)
	case s.Capturing:
		// Letters type text: only ctrl+c is the root's.
		short := s.Browse.ShortHelp()
		if s.Pane != nil {
			short = s.Pane.ShortHelp()
		}
		return Help{short: byPriority(short)}, []key.Binding{hint("ctrl+c", "quit", true)}
	case s.Pane != nil:
		return Help{short: append(byPriority(s.Pane.ShortHelp()), views...)}, pinned
	case s.Browse.Focus() == browse.FocusList:
		l := s.Browse.List().KeyMap
		return Help{short: append([]key.Binding{
			k.Leave, // where it applies, the way back comes first
			hint("↑↓", "move", l.Up.Enabled()),
			l.Open,
		}, views...)}, pinned
	}
	r := s.Browse.Reader()
	_, focused := r.FocusedLink()
	// Where the reader hides the list, the way back to it is the way
	// back, unless esc goes back along the trail or clears a highlight
	// first.
	toList := s.Browse.KeyMap.Back
	toList.SetEnabled(!s.Browse.Wide() && !k.Leave.Enabled() && s.Browse.Leaving())
	short := append([]key.Binding{
		k.Leave,
		toList,
		hint("tab", "links", r.KeyMap.NextLink.Enabled()),
		hint("enter", "follow", focused),
		hint("⌫", "back", r.CanGoBack()),
		hint("n/N", "matches", r.KeyMap.NextMatch.Enabled()),
		hint("ctrl+f", "find", r.KeyMap.Find.Enabled()),
	}, views...)
	return Help{short: append(short, hint("y", "copy", true), hint("m", "bookmark", s.Memory))}, pinned
}

// byPriority orders a pane's hints for the status bar, which drops them
// from the end: the way back (esc) first, as in browse, then find
// (ctrl+f, the same key in every view that reads text), then the rest in
// the pane's order. So a narrow bar loses a pane's moves before it loses
// the way out.
func byPriority(bs []key.Binding) []key.Binding {
	rank := func(b key.Binding) int {
		switch {
		case slices.Contains(b.Keys(), "esc"):
			return 0
		case slices.Contains(b.Keys(), "ctrl+f"):
			return 1
		}
		return 2
	}
	out := slices.Clone(bs)
	slices.SortStableFunc(out, func(a, b key.Binding) int { return rank(a) - rank(b) })
	return out
}

// Help is the help of the view on screen: its pane's bindings and the
// root's, only those that can act.
type Help struct {
	short []key.Binding
	full  [][]key.Binding
}

// ShortHelp is the help's one line.
func (h Help) ShortHelp() []key.Binding { return h.short }

// FullHelp is the help's columns.
func (h Help) FullHelp() [][]key.Binding { return h.full }

// HelpKeys is the help of the view on screen.
func (s Screen) HelpKeys() Help {
	k := s.Keys
	global := []key.Binding{k.Search, k.Tables, k.FAQ, k.Compare, k.Aspect, k.Leave, k.Back, k.Forward, k.Bookmarks, k.Reload, k.Problems}
	general := []key.Binding{k.Help, k.Quit}
	quit := key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", "quit"))
	switch {
	case s.Pane != nil && s.Pane.Capturing():
		// Letters type text here: only ctrl+c is the root's.
		return Help{
			short: append(s.Pane.ShortHelp(), quit),
			full:  append(s.Pane.FullHelp(), []key.Binding{quit}),
		}
	case s.Pane != nil:
		return Help{
			short: append(s.Pane.ShortHelp(), k.Help, k.Quit),
			full:  append(s.Pane.FullHelp(), global, general),
		}
	case s.Browse.Capturing():
		return Help{short: append(s.Browse.ShortHelp(), quit), full: append(s.Browse.FullHelp(), []key.Binding{quit})}
	}
	full := append(s.Browse.FullHelp(), global)
	if s.Reading {
		full = append(full, []key.Binding{k.Copy, k.CopyCode, k.OpenLink, k.Edit, k.Bookmark})
	}
	return Help{
		short: append(s.Browse.ShortHelp(), k.Search, k.Help, k.Quit),
		full:  append(full, general),
	}
}
