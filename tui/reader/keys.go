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
	// Find in the section; esc (ClearFind) clears the query and the
	// focused link's highlight.
	textfind.Bindings
}

// DefaultKeyMap returns the reader's default bindings.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		Keys:     scroll.DefaultKeys("scroll up", "scroll down"),
		NextLink: key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "next link")),
		PrevLink: key.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("shift+tab", "previous link")),
		Follow:   key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "follow link")),
		Back:     key.NewBinding(key.WithKeys("backspace", "["), key.WithHelp("⌫/[", "back")),
		Forward:  key.NewBinding(key.WithKeys("]"), key.WithHelp("]", "forward")),
		Bindings: textfind.DefaultBindings("section"),
	}
}
