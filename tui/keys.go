package tui

import "charm.land/bubbles/v2/key"

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

	// Problems lists the pack's content problems; enabled only when it
	// has some.
	Problems key.Binding
}

// DefaultKeyMap returns the root's default bindings.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		Quit:     key.NewBinding(key.WithKeys("q", "ctrl+c"), key.WithHelp("q", "quit")),
		Help:     key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "help")),
		Tables:   key.NewBinding(key.WithKeys("t"), key.WithHelp("t", "tables")),
		FAQ:      key.NewBinding(key.WithKeys("f"), key.WithHelp("f", "FAQ")),
		Search:   key.NewBinding(key.WithKeys("/"), key.WithHelp("/", "search")),
		Compare:  key.NewBinding(key.WithKeys("c"), key.WithHelp("c", "compare")),
		Problems: key.NewBinding(key.WithKeys("!"), key.WithHelp("!", "problems")),
		Aspect:   key.NewBinding(key.WithKeys("1", "2", "3", "4", "5", "6", "7", "8", "9", "0"), key.WithHelp("1-9", "aspect by number")),
	}
}

// forceQuit always quits, even while a pane takes typed text.
func forceQuit() key.Binding {
	return key.NewBinding(key.WithKeys("ctrl+c"))
}
