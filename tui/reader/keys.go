package reader

import (
	"charm.land/bubbles/v2/key"

	"github.com/versus-dev/versus/tui/internal/textfind"
)

// KeyMap holds the reader's bindings. The reader disables the ones that
// cannot act (no links, no query, empty history), so help shows only what
// works.
type KeyMap struct {
	Up, Down           key.Binding
	PageUp, PageDown   key.Binding
	HalfUp, HalfDown   key.Binding
	Top, Bottom        key.Binding
	NextLink, PrevLink key.Binding
	Follow             key.Binding
	Back, Forward      key.Binding
	Find               key.Binding
	NextMatch          key.Binding
	PrevMatch          key.Binding
	ClearMarks         key.Binding

	// Used while typing an in-section query.
	FindDone, FindCancel key.Binding
	FindRecall           key.Binding
}

// DefaultKeyMap returns the reader's default bindings.
func DefaultKeyMap() KeyMap {
	f := textfind.DefaultBindings("section")
	return KeyMap{
		Up:         key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "scroll up")),
		Down:       key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "scroll down")),
		PageUp:     key.NewBinding(key.WithKeys("pgup", "b"), key.WithHelp("pgup/b", "page up")),
		PageDown:   key.NewBinding(key.WithKeys("pgdown", "space"), key.WithHelp("pgdn/space", "page down")),
		HalfUp:     key.NewBinding(key.WithKeys("ctrl+u", "u"), key.WithHelp("u", "half page up")),
		HalfDown:   key.NewBinding(key.WithKeys("ctrl+d", "d"), key.WithHelp("d", "half page down")),
		Top:        key.NewBinding(key.WithKeys("home", "g"), key.WithHelp("g/home", "top")),
		Bottom:     key.NewBinding(key.WithKeys("end", "G"), key.WithHelp("G/end", "bottom")),
		NextLink:   key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "next link")),
		PrevLink:   key.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("shift+tab", "previous link")),
		Follow:     key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "follow link")),
		Back:       key.NewBinding(key.WithKeys("backspace", "["), key.WithHelp("⌫/[", "back")),
		Forward:    key.NewBinding(key.WithKeys("]"), key.WithHelp("]", "forward")),
		Find:       f.Find,
		NextMatch:  f.Next,
		PrevMatch:  f.Prev,
		ClearMarks: key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "clear highlight")),
		FindDone:   f.Done,
		FindCancel: f.Cancel,
		FindRecall: f.Recall,
	}
}
