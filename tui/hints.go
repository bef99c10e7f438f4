package tui

import (
	"charm.land/bubbles/v2/key"

	"github.com/versus-dev/versus/tui/common"
)

// Key hints: the status bar's short ones and the full help, for the view
// on screen, with only the bindings that act there.

// hint is a binding made for the status bar: a short label over keys that
// several bindings share.
func hint(keys, desc string, enabled bool) key.Binding {
	b := key.NewBinding(key.WithKeys(keys), key.WithHelp(keys, desc))
	b.SetEnabled(enabled)
	return b
}

// statusHints are the status bar's key hints for the view on screen, most
// useful first (the bar drops them from the end), and the pinned ones it
// always shows: the way to search and to help.
func (m Model) statusHints() (hints helpKeys, pinned []key.Binding) {
	k := m.keys
	pinned = []key.Binding{k.Search, k.Help}
	// The other views, where they apply; the one on screen is not one.
	tables, compare := k.Tables, k.Compare
	tables.SetEnabled(tables.Enabled() && m.mode != ModeTables)
	compare.SetEnabled(compare.Enabled() && m.mode != ModeCompare)
	views := []key.Binding{tables, k.FAQ, compare, k.Quit}
	if k.Problems.Enabled() && m.top() == nil {
		pinned = []key.Binding{k.Problems, k.Search, k.Help}
	}
	switch {
	case m.Overlay() == OverlayHelp:
		return helpKeys{}, append(m.top().pane.ShortHelp(), k.Quit)
	case m.capturing():
		// Letters type text: only ctrl+c is the root's.
		short := m.browse.ShortHelp()
		if p := m.pane(); p != nil {
			short = p.ShortHelp()
		}
		return helpKeys{short: short}, []key.Binding{hint("ctrl+c", "quit", true)}
	case m.pane() != nil:
		return helpKeys{short: append(m.pane().ShortHelp(), views...)}, pinned
	case m.browse.Focus() == FocusList:
		l := m.browse.List().KeyMap
		return helpKeys{short: append([]key.Binding{
			k.Leave, // where it applies, the way back comes first
			hint("↑↓", "move", l.Up.Enabled()),
			l.Open,
		}, views...)}, pinned
	}
	r := m.browse.Reader()
	_, focused := r.FocusedLink()
	short := append([]key.Binding{
		k.Leave,
		hint("tab", "links", r.KeyMap.NextLink.Enabled()),
		hint("enter", "follow", focused),
		hint("⌫", "back", r.CanGoBack()),
		hint("n/N", "matches", r.KeyMap.NextMatch.Enabled()),
		hint("ctrl+f", "find", r.KeyMap.Find.Enabled()),
	}, views...)
	short = append(short, hint("y", "copy", true), hint("m", "bookmark", m.opts.Memory != nil))
	return helpKeys{short: short}, pinned
}

// pane is the overlay or body pane on top, or nil in browse mode. Help
// shows the bindings of the view under it, so it does not count.
func (m Model) pane() common.Pane {
	for i := len(m.overlays) - 1; i >= 0; i-- {
		if m.overlays[i].kind != OverlayHelp {
			return m.overlays[i].pane
		}
	}
	if m.mode != ModeBrowse {
		return m.body
	}
	return nil
}

// helpKeys is the help of the view on screen: its pane's bindings and the
// root's, only those that can act.
type helpKeys struct {
	short []key.Binding
	full  [][]key.Binding
}

func (h helpKeys) ShortHelp() []key.Binding { return h.short }

func (h helpKeys) FullHelp() [][]key.Binding { return h.full }

func (m Model) helpKeys() helpKeys {
	k := m.keys
	global := []key.Binding{k.Search, k.Tables, k.FAQ, k.Compare, k.Aspect, k.Leave, k.Back, k.Forward, k.Bookmarks, k.Reload, k.Problems}
	general := []key.Binding{k.Help, k.Quit}
	quit := key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", "quit"))
	pane := m.pane()
	switch {
	case pane != nil && pane.Capturing():
		// Letters type text here: only ctrl+c is the root's.
		return helpKeys{
			short: append(pane.ShortHelp(), quit),
			full:  append(pane.FullHelp(), []key.Binding{quit}),
		}
	case pane != nil:
		return helpKeys{
			short: append(pane.ShortHelp(), k.Help, k.Quit),
			full:  append(pane.FullHelp(), global, general),
		}
	case m.browse.Capturing():
		return helpKeys{short: append(m.browse.ShortHelp(), quit), full: append(m.browse.FullHelp(), []key.Binding{quit})}
	case m.mode == ModeBrowse:
		full := append(m.browse.FullHelp(), global)
		if m.readerSection() != nil {
			full = append(full, []key.Binding{k.Copy, k.CopyCode, k.OpenLink, k.Edit, k.Bookmark})
		}
		return helpKeys{
			short: append(m.browse.ShortHelp(), k.Search, k.Help, k.Quit),
			full:  append(full, general),
		}
	}
	return helpKeys{short: general, full: [][]key.Binding{global, general}}
}
