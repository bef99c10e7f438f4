// Package overlay is the stack of dialogs drawn over the screen (search,
// help, bookmarks, problems), in the spirit of crush's dialog stack: the
// one owner of what is on top. Each dialog is a common.Pane; the stack
// sizes, themes and feeds them, and the root acts on what the one on top
// asks (common.Pane.Action).
package overlay

import (
	tea "charm.land/bubbletea/v2"

	"github.com/versus-dev/versus/tui/common"
	"github.com/versus-dev/versus/tui/internal/layout"
)

// Kind names a dialog.
type Kind int

// The dialogs the root opens.
const (
	None      Kind = iota
	Search         // global search
	Help           // every binding of the view below
	Bookmarks      // the bookmarks and the sections read recently
	Problems       // the pack's content problems
)

// String names the dialog, as the title bar shows it.
func (k Kind) String() string {
	switch k {
	case None:
		return "none"
	case Search:
		return "search"
	case Help:
		return "help"
	case Bookmarks:
		return "bookmarks"
	case Problems:
		return "problems"
	}
	return "unknown"
}

// dialog is a pane on the stack.
type dialog struct {
	pane common.Pane
	kind Kind
}

// Stack is the dialogs over the screen, the last on top. The zero value
// is empty. Like the root model that holds it, it is a value whose copies
// share the dialogs.
type Stack struct {
	dialogs []dialog
}

// Push opens p as a dialog of kind over everything on screen, sized to
// area, where it is drawn.
func (s *Stack) Push(kind Kind, p common.Pane, area layout.Rect) tea.Cmd {
	s.dialogs = append(s.dialogs, dialog{p, kind})
	return p.SetSize(area.W, area.H)
}

// Pop closes the dialog on top; false when there was none.
func (s *Stack) Pop() bool {
	n := len(s.dialogs)
	if n == 0 {
		return false
	}
	s.dialogs = s.dialogs[:n-1]
	return true
}

// Clear closes every dialog.
func (s *Stack) Clear() { s.dialogs = nil }

// Top is the dialog on top and its kind; nil and None when there is none.
func (s Stack) Top() (common.Pane, Kind) {
	if n := len(s.dialogs); n > 0 {
		return s.dialogs[n-1].pane, s.dialogs[n-1].kind
	}
	return nil, None
}

// Empty reports whether no dialog is open.
func (s Stack) Empty() bool { return len(s.dialogs) == 0 }

// Kind is the kind of the dialog on top, None when there is none.
func (s Stack) Kind() Kind {
	_, k := s.Top()
	return k
}

// Shown is the dialog on top whose bindings are the ones on screen, or
// nil: help shows the bindings of the view under it, so it does not count.
func (s Stack) Shown() common.Pane {
	for i := len(s.dialogs) - 1; i >= 0; i-- {
		if s.dialogs[i].kind != Help {
			return s.dialogs[i].pane
		}
	}
	return nil
}

// Update hands msg to the dialog on top alone (dialogs are modal) and
// returns it as it is after, so that the caller can read its Action; nil
// when there is none.
func (s *Stack) Update(msg tea.Msg) (common.Pane, tea.Cmd) {
	n := len(s.dialogs)
	if n == 0 {
		return nil, nil
	}
	d := &s.dialogs[n-1]
	var cmd tea.Cmd
	d.pane, cmd = d.pane.Update(msg)
	return d.pane, cmd
}

// Forward hands msg to every dialog, for messages that are not input
// (render and search results, cursor blinks): each drops what is not its
// own.
func (s *Stack) Forward(msg tea.Msg) tea.Cmd {
	cmds := make([]tea.Cmd, 0, len(s.dialogs))
	for i := range s.dialogs {
		d := &s.dialogs[i]
		var cmd tea.Cmd
		d.pane, cmd = d.pane.Update(msg)
		cmds = append(cmds, cmd)
	}
	return tea.Batch(cmds...)
}

// SetSizes sizes every dialog to where it is drawn, after the terminal's
// size changed.
func (s *Stack) SetSizes(area func(Kind) layout.Rect) tea.Cmd {
	cmds := make([]tea.Cmd, 0, len(s.dialogs))
	for _, d := range s.dialogs {
		a := area(d.kind)
		cmds = append(cmds, d.pane.SetSize(a.W, a.H))
	}
	return tea.Batch(cmds...)
}

// SetCommon hands every dialog the shared context after it changed (a new
// theme, index or pack).
func (s *Stack) SetCommon(c common.Common) tea.Cmd {
	cmds := make([]tea.Cmd, 0, len(s.dialogs))
	for _, d := range s.dialogs {
		cmds = append(cmds, d.pane.SetCommon(c))
	}
	return tea.Batch(cmds...)
}
