package faq

import "charm.land/bubbles/v2/key"

// KeyMap holds the bindings of the FAQ pane.
type KeyMap struct {
	Up         key.Binding // previous question
	Down       key.Binding // next question
	Top        key.Binding // first question
	Bottom     key.Binding // last question
	AnswerUp   key.Binding // scroll the answer up a page
	AnswerDown key.Binding // scroll the answer down a page
	Open       key.Binding // open the question in the reader
	Close      key.Binding // back to the view before, along the trail
}

// DefaultKeyMap returns the default bindings.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		Up:         key.NewBinding(key.WithKeys("up", "k", "ctrl+p"), key.WithHelp("↑/k", "previous")),
		Down:       key.NewBinding(key.WithKeys("down", "j", "ctrl+n"), key.WithHelp("↓/j", "next")),
		Top:        key.NewBinding(key.WithKeys("home", "g"), key.WithHelp("g/home", "first")),
		Bottom:     key.NewBinding(key.WithKeys("end", "G"), key.WithHelp("G/end", "last")),
		AnswerUp:   key.NewBinding(key.WithKeys("pgup", "b"), key.WithHelp("pgup/b", "answer up")),
		AnswerDown: key.NewBinding(key.WithKeys("pgdown", "space", "f"), key.WithHelp("pgdn/space", "answer down")),
		Open:       key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "read in context")),
		Close:      key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back")),
	}
}

// ShortHelp returns the bindings that act in the current state.
func (m Model) ShortHelp() []key.Binding {
	if len(m.entries) == 0 {
		return []key.Binding{m.KeyMap.Close}
	}
	out := []key.Binding{m.KeyMap.Up, m.KeyMap.Down}
	if m.scrollable() {
		out = append(out, m.KeyMap.AnswerDown)
	}
	return append(out, m.KeyMap.Open, m.KeyMap.Close)
}

// FullHelp returns the bindings that act in the current state, grouped.
func (m Model) FullHelp() [][]key.Binding {
	if len(m.entries) == 0 {
		return [][]key.Binding{{m.KeyMap.Close}}
	}
	groups := [][]key.Binding{{m.KeyMap.Up, m.KeyMap.Down, m.KeyMap.Top, m.KeyMap.Bottom}}
	if m.scrollable() {
		groups = append(groups, []key.Binding{m.KeyMap.AnswerUp, m.KeyMap.AnswerDown})
	}
	return append(groups, []key.Binding{m.KeyMap.Open, m.KeyMap.Close})
}
