package reader

import (
	"charm.land/bubbles/v2/key"

	"github.com/versus-dev/versus/tui/internal/scroll"
	"github.com/versus-dev/versus/tui/internal/textfind"
)

// KeyMap holds the reader's bindings. The reader disables the ones that
// cannot act (no links, no query, empty history), so help shows only what
// works.
type KeyMap struct {
	scroll.Keys
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
		Keys:       scroll.DefaultKeys("scroll up", "scroll down"),
		NextLink:   key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "next link")),
		PrevLink:   key.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("shift+tab", "previous link")),
		Follow:     key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "follow link")),
		Back:       key.NewBinding(key.WithKeys("backspace", "["), key.WithHelp("⌫/[", "back")),
		Forward:    key.NewBinding(key.WithKeys("]"), key.WithHelp("]", "forward")),
		Find:       f.Find,
		NextMatch:  f.Next,
		PrevMatch:  f.Prev,
		ClearMarks: f.Clear,
		FindDone:   f.Done,
		FindCancel: f.Cancel,
		FindRecall: f.Recall,
	}
}
