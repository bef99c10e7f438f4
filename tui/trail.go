package tui

import (
	tea "charm.land/bubbletea/v2"

	"github.com/versus-dev/versus/tui/browse"
	"github.com/versus-dev/versus/tui/common"
	"github.com/versus-dev/versus/tui/overlay"
)

// The trail's stops (see nav.Trail): what a view left for another is, how
// to show it again, and going back and forward along the trail.

// stop is a view left for another.
type stop struct {
	mode Mode
	// pane is the body pane as it was left: the pane itself (tables,
	// FAQ, compare keep their scroll), or a copy of the browse pane, since
	// that one pane lives on and moves.
	pane common.Pane
	// search is the search overlay the view was left from, with its
	// query and results; nil when there was none.
	search common.Pane
}

// here is the view on screen as a stop.
func (m Model) here() stop {
	s := stop{mode: m.mode, pane: m.body}
	if m.mode == ModeBrowse {
		s.pane = m.browse.Snapshot()
	}
	if p, k := m.overlays.Top(); k == overlay.Search {
		s.search = p
	}
	return s
}

// open shows p in the body in mode as a step forward: when it leaves the
// view on screen (another mode, or any view opened from the search
// overlay), that view goes on the trail first.
func (m *Model) open(mode Mode, p common.Pane) tea.Cmd {
	if mode != m.mode || m.overlays.Kind() == overlay.Search {
		m.trail.Leave(m.here())
	}
	return m.setBody(mode, p)
}

// step goes back (or forward) in the reader's history in browse mode, or
// else along the trail; back from a view with nothing behind it goes to
// browse mode.
func (m *Model) step(back bool) tea.Cmd {
	if m.mode == ModeBrowse {
		move := m.browse.Forward
		if back {
			move = m.browse.Back
		}
		if cmd, ok := move(); ok {
			return cmd
		}
	}
	if cmd, ok := m.travel(back); ok {
		return cmd
	}
	switch {
	case back && m.mode != ModeBrowse:
		return m.setBody(ModeBrowse, m.browse)
	case back:
		m.note = "nothing to go back to"
	default:
		m.note = "nothing to go forward to"
	}
	return nil
}

// travel shows the view left last (back), or the one back left, as it
// was; false when there is none.
func (m *Model) travel(back bool) (tea.Cmd, bool) {
	move := m.trail.Forward
	if back {
		move = m.trail.Back
	}
	s, ok := move(m.here())
	if !ok {
		return nil, false
	}
	return m.restore(s), true
}

// restore shows s: its body pane at the current size and theme, and its
// search overlay over it.
func (m *Model) restore(s stop) tea.Cmd {
	var cmd tea.Cmd
	if b, ok := s.pane.(*browse.Model); ok {
		// setBody brings the pane to the current size and theme, which
		// Restore keeps; its renders are of the view b replaces, so dropped.
		m.setBody(ModeBrowse, m.browse)
		cmd = m.browse.Restore(b)
	} else {
		cmd = m.setBody(s.mode, s.pane)
	}
	if s.search != nil {
		cmd = tea.Batch(cmd, m.push(overlay.Search, s.search))
		cmd = tea.Batch(cmd, s.search.SetCommon(m.c))
	}
	return cmd
}

// trailName names the view esc goes back to, for help.
func (m Model) trailName() string {
	s, ok := m.trail.Last()
	switch {
	case !ok:
		return ""
	case s.search != nil:
		return "search"
	case s.mode == ModeBrowse:
		return s.pane.(*browse.Model).Focus().String()
	}
	return s.mode.String()
}
