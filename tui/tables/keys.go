package tables

import "charm.land/bubbles/v2/key"

// KeyMap holds the bindings of the tables pane. In the matrix, printable
// keys type into the filter first, so the letter bindings (j, k, g, G)
// act only in the aspect table.
type KeyMap struct {
	Up       key.Binding
	Down     key.Binding
	PageUp   key.Binding
	PageDown key.Binding
	Top      key.Binding
	Bottom   key.Binding
	Open     key.Binding // open the selected row's section in the reader
	Copy     key.Binding // copy the selected row; y types into the matrix's filter
	Toggle   key.Binding // switch between the aspect table and the matrix
	Clear    key.Binding // clear the matrix filter
	Close    key.Binding // back to the view before, along the trail
}

// DefaultKeyMap returns the default bindings.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		Up:       key.NewBinding(key.WithKeys("up", "ctrl+p", "k"), key.WithHelp("↑/k", "up")),
		Down:     key.NewBinding(key.WithKeys("down", "ctrl+n", "j"), key.WithHelp("↓/j", "down")),
		PageUp:   key.NewBinding(key.WithKeys("pgup"), key.WithHelp("pgup", "page up")),
		PageDown: key.NewBinding(key.WithKeys("pgdown"), key.WithHelp("pgdn", "page down")),
		Top:      key.NewBinding(key.WithKeys("home", "g"), key.WithHelp("g/home", "first row")),
		Bottom:   key.NewBinding(key.WithKeys("end", "G"), key.WithHelp("G/end", "last row")),
		Open:     key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "open section")),
		Copy:     key.NewBinding(key.WithKeys("y", "ctrl+y"), key.WithHelp("y", "copy row")),
		Toggle:   key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "all aspects")),
		Clear:    key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "clear filter")),
		Close:    key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back")),
	}
}

// relabel returns a copy of b showing other help text, for a binding whose
// meaning or usable keys change with the mode.
func relabel(b key.Binding, keys, desc string) key.Binding {
	b.SetHelp(keys, desc)
	return b
}

// ShortHelp returns the bindings that act in the current state.
func (m Model) ShortHelp() []key.Binding {
	if m.count() == 0 {
		return []key.Binding{m.toggleHelp(), m.escHelp()}
	}
	return []key.Binding{m.upHelp(), m.downHelp(), m.KeyMap.Open, m.copyHelp(), m.toggleHelp(), m.escHelp()}
}

// FullHelp returns the bindings that act in the current state, grouped.
func (m Model) FullHelp() [][]key.Binding {
	if m.count() == 0 {
		return [][]key.Binding{{m.toggleHelp(), m.escHelp()}}
	}
	nav := []key.Binding{m.upHelp(), m.downHelp(), m.KeyMap.PageUp, m.KeyMap.PageDown}
	if m.mode == ModeMatrix {
		nav = append(nav, relabel(m.KeyMap.Top, "home", "first row"), relabel(m.KeyMap.Bottom, "end", "last row"))
	} else {
		nav = append(nav, m.KeyMap.Top, m.KeyMap.Bottom)
	}
	return [][]key.Binding{nav, {m.KeyMap.Open, m.copyHelp(), m.toggleHelp(), m.escHelp()}}
}

func (m Model) copyHelp() key.Binding {
	if m.mode == ModeMatrix {
		return relabel(m.KeyMap.Copy, "ctrl+y", "copy row")
	}
	return m.KeyMap.Copy
}

func (m Model) upHelp() key.Binding {
	if m.mode == ModeMatrix {
		return relabel(m.KeyMap.Up, "↑", "up")
	}
	return m.KeyMap.Up
}

func (m Model) downHelp() key.Binding {
	if m.mode == ModeMatrix {
		return relabel(m.KeyMap.Down, "↓", "down")
	}
	return m.KeyMap.Down
}

func (m Model) toggleHelp() key.Binding {
	if m.mode == ModeMatrix {
		return relabel(m.KeyMap.Toggle, m.KeyMap.Toggle.Help().Key, "this aspect")
	}
	return m.KeyMap.Toggle
}

func (m Model) escHelp() key.Binding {
	if m.mode == ModeMatrix && m.filter.Value() != "" {
		return m.KeyMap.Clear
	}
	return m.KeyMap.Close
}
