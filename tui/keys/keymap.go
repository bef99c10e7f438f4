// Package keys is the root's key handling that does not route: its
// bindings, which of them a pack can serve and which act on the screen
// now (Enable), the status bar's key hints and the full help for the view
// on screen, and the note for a key that works in some view but not in the
// one on screen. The root says what is on screen with a Screen; it alone
// decides what a key does.
package keys

import (
	"slices"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/versus-dev/versus/tui/action"
)

// KeyMap holds the root's bindings: the ones that work in every view. Each
// pane has its own KeyMap for the rest.
type KeyMap struct {
	Quit    key.Binding
	Help    key.Binding
	Tables  key.Binding
	FAQ     key.Binding
	Search  key.Binding
	Compare key.Binding
	Aspect  key.Binding

	// The reader's actions.
	action.Keys
	Bookmark  key.Binding
	Bookmarks key.Binding
	Reload    key.Binding
	// Back and Forward move through the reader's history in browse mode,
	// and through the trail of views (tui/nav) elsewhere. Leave is esc
	// where it goes back along the trail rather than to the section list.
	Back    key.Binding
	Forward key.Binding
	Leave   key.Binding
	// Problems lists the pack's content problems; enabled only when it
	// has some.
	Problems key.Binding
}

// DefaultKeyMap returns the root's default bindings.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		Quit:    key.NewBinding(key.WithKeys("q", "ctrl+c"), key.WithHelp("q", "quit")),
		Help:    key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "help")),
		Tables:  key.NewBinding(key.WithKeys("t"), key.WithHelp("t", "tables")),
		FAQ:     key.NewBinding(key.WithKeys("f"), key.WithHelp("f", "FAQ")),
		Search:  key.NewBinding(key.WithKeys("/"), key.WithHelp("/", "search")),
		Compare: key.NewBinding(key.WithKeys("c"), key.WithHelp("c", "compare")),
		Aspect:  key.NewBinding(key.WithKeys("1", "2", "3", "4", "5", "6", "7", "8", "9", "0"), key.WithHelp("1-9", "aspect by number")),

		Keys:      action.DefaultKeys(),
		Bookmark:  key.NewBinding(key.WithKeys("m"), key.WithHelp("m", "bookmark heading at top")),
		Bookmarks: key.NewBinding(key.WithKeys("'"), key.WithHelp("'", "bookmarks and recent")),
		Reload:    key.NewBinding(key.WithKeys("r"), key.WithHelp("r", "reload pack")),
		Back:      key.NewBinding(key.WithKeys("backspace", "["), key.WithHelp("⌫/[", "back")),
		Forward:   key.NewBinding(key.WithKeys("]"), key.WithHelp("]", "forward")),
		Leave:     key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back")),
		Problems:  key.NewBinding(key.WithKeys("!"), key.WithHelp("!", "problems")),
	}
}

// ForceQuit always quits, even while a pane takes typed text.
func ForceQuit() key.Binding {
	return key.NewBinding(key.WithKeys("ctrl+c"))
}

// Anyway is b enabled, for a key that answers even where it cannot act.
func Anyway(b key.Binding) key.Binding { return key.NewBinding(key.WithKeys(b.Keys()...)) }

// pressed reports whether msg is one of b's keys, enabled or not.
func pressed(msg tea.KeyPressMsg, b key.Binding) bool {
	return slices.Contains(b.Keys(), msg.String())
}
