package faq

import (
	"charm.land/bubbles/v2/key"

	"github.com/versus-dev/versus/tui/internal/textfind"
)

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

	// Find in the answer; esc (ClearFind) forgets the query before it
	// goes back.
	textfind.Bindings
}

// DefaultKeyMap returns the default bindings.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		Bindings:   textfind.DefaultBindings("answer"),
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
	if m.find.Active() {
		return m.typingHelp()
	}
	if len(m.entries) == 0 {
		return []key.Binding{m.KeyMap.Close}
	}
	out := []key.Binding{m.KeyMap.Up, m.KeyMap.Down}
	if m.scrollable() {
		out = append(out, m.KeyMap.AnswerDown)
	}
	// esc before the find keys: hints drop from the end.
	out = append(out, m.KeyMap.Open, m.escHelp(), m.KeyMap.Find)
	if len(m.find.Matches()) > 0 {
		out = append(out, m.KeyMap.NextMatch)
	}
	return out
}

// FullHelp returns the bindings that act in the current state, grouped.
func (m Model) FullHelp() [][]key.Binding {
	if m.find.Active() {
		return [][]key.Binding{m.typingHelp()}
	}
	if len(m.entries) == 0 {
		return [][]key.Binding{{m.KeyMap.Close}}
	}
	groups := [][]key.Binding{{m.KeyMap.Up, m.KeyMap.Down, m.KeyMap.Top, m.KeyMap.Bottom}}
	if m.scrollable() {
		groups = append(groups, []key.Binding{m.KeyMap.AnswerUp, m.KeyMap.AnswerDown})
	}
	find := []key.Binding{m.KeyMap.Find}
	if len(m.find.Matches()) > 0 {
		find = append(find, m.KeyMap.NextMatch, m.KeyMap.PrevMatch)
	}
	groups = append(groups, find)
	return append(groups, []key.Binding{m.KeyMap.Open, m.escHelp()})
}

// typingHelp is the keys of the find box.
func (m Model) typingHelp() []key.Binding { return m.find.Help(m.KeyMap.Typing()) }

// escHelp is what esc does: forget the query first, then go back.
func (m Model) escHelp() key.Binding { return m.find.Esc(m.KeyMap.ClearFind, m.KeyMap.Close) }
