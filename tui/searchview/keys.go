package searchview

import "charm.land/bubbles/v2/key"

// KeyMap holds the bindings of the search overlay. Every printable key
// types into the query, so there are no letter bindings.
type KeyMap struct {
	Up       key.Binding
	Down     key.Binding
	PageUp   key.Binding
	PageDown key.Binding
	Open     key.Binding // open the selected result in the reader
	Suggest  key.Binding // search the first "did you mean" suggestion
	Close    key.Binding
}

// DefaultKeyMap returns the default bindings.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		Up:       key.NewBinding(key.WithKeys("up", "ctrl+p", "ctrl+k"), key.WithHelp("↑/ctrl+p", "previous")),
		Down:     key.NewBinding(key.WithKeys("down", "ctrl+n", "ctrl+j"), key.WithHelp("↓/ctrl+n", "next")),
		PageUp:   key.NewBinding(key.WithKeys("pgup"), key.WithHelp("pgup", "page up")),
		PageDown: key.NewBinding(key.WithKeys("pgdown"), key.WithHelp("pgdn", "page down")),
		Open:     key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "open")),
		Suggest:  key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "did you mean")),
		Close:    key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "close")),
	}
}

// ShortHelp returns the bindings that act in the current state.
func (m Model) ShortHelp() []key.Binding {
	if len(m.hits) == 0 {
		if len(m.suggestions) > 0 {
			return []key.Binding{m.KeyMap.Suggest, m.KeyMap.Close}
		}
		return []key.Binding{m.KeyMap.Close}
	}
	// enter and esc first: hints drop from the end, and they say what to do.
	return []key.Binding{m.KeyMap.Open, m.KeyMap.Close, m.KeyMap.Up, m.KeyMap.Down}
}

// FullHelp returns the bindings that act in the current state, grouped.
func (m Model) FullHelp() [][]key.Binding {
	if len(m.hits) == 0 {
		return [][]key.Binding{m.ShortHelp()}
	}
	return [][]key.Binding{
		{m.KeyMap.Up, m.KeyMap.Down, m.KeyMap.PageUp, m.KeyMap.PageDown},
		{m.KeyMap.Open, m.KeyMap.Close},
	}
}
