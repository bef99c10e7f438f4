package compare

import (
	"charm.land/bubbles/v2/key"

	"github.com/versus-dev/versus/tui/internal/scroll"
	"github.com/versus-dev/versus/tui/internal/textfind"
)

// KeyMap holds the bindings of the compare flow: the picker's and the
// view's. Printable keys type into the picker's query, so the letter
// bindings act only in the view.
type KeyMap struct {
	// Picker.
	PickUp   key.Binding
	PickDown key.Binding
	Choose   key.Binding
	Back     key.Binding // step back to the previous choice, or leave

	// View.
	scroll.Keys
	Focus key.Binding // move focus to the other pane
	Swap  key.Binding // swap the two aspects
	Sync  key.Binding // scroll the panes together or apart
	Close key.Binding // back to the view before, along the trail

	// Find in the focused pane; esc (ClearFind) forgets the query before
	// it goes back.
	textfind.Bindings
}

// DefaultKeyMap returns the default bindings.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		Bindings: textfind.DefaultBindings("pane"),

		PickUp:   key.NewBinding(key.WithKeys("up", "ctrl+p", "ctrl+k"), key.WithHelp("↑", "up")),
		PickDown: key.NewBinding(key.WithKeys("down", "ctrl+n", "ctrl+j"), key.WithHelp("↓", "down")),
		Choose:   key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "choose")),
		Back:     key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back")),

		Keys:  scroll.DefaultKeys("up", "down"),
		Focus: key.NewBinding(key.WithKeys("tab", "shift+tab"), key.WithHelp("tab", "other pane")),
		Swap:  key.NewBinding(key.WithKeys("x"), key.WithHelp("x", "swap sides")),
		Sync:  key.NewBinding(key.WithKeys("s"), key.WithHelp("s", "sync scroll")),
		Close: key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back")),
	}
}

// ShortHelp returns the bindings that act in the current state.
func (m Model) ShortHelp() []key.Binding {
	if m.mode != ModeView {
		return m.pickerHelp()
	}
	if m.find.Active() {
		return m.typingHelp()
	}
	// esc before the find keys: hints drop from the end.
	out := []key.Binding{m.KeyMap.Down, m.KeyMap.Focus, m.KeyMap.Swap, m.syncHelp(), m.escHelp(), m.KeyMap.Find}
	if len(m.find.Matches()) > 0 {
		out = append(out, m.KeyMap.NextMatch)
	}
	return out
}

// FullHelp returns the bindings that act in the current state, grouped.
func (m Model) FullHelp() [][]key.Binding {
	if m.mode != ModeView {
		return [][]key.Binding{m.pickerHelp()}
	}
	if m.find.Active() {
		return [][]key.Binding{m.typingHelp()}
	}
	find := []key.Binding{m.KeyMap.Find}
	if len(m.find.Matches()) > 0 {
		find = append(find, m.KeyMap.NextMatch, m.KeyMap.PrevMatch)
	}
	return [][]key.Binding{
		m.KeyMap.Keys.All(),
		find,
		{m.KeyMap.Focus, m.KeyMap.Swap, m.syncHelp(), m.escHelp()},
	}
}

// typingHelp is the keys of the find box.
func (m Model) typingHelp() []key.Binding { return m.find.Help(m.KeyMap.Typing()) }

// escHelp is what esc does: forget the query first, then go back.
func (m Model) escHelp() key.Binding { return m.find.Esc(m.KeyMap.ClearFind, m.KeyMap.Close) }

func (m Model) pickerHelp() []key.Binding {
	back := m.KeyMap.Back
	if len(m.picker.matches) == 0 {
		return []key.Binding{back}
	}
	return []key.Binding{m.KeyMap.PickUp, m.KeyMap.PickDown, m.KeyMap.Choose, back}
}

func (m Model) syncHelp() key.Binding {
	b := m.KeyMap.Sync
	if m.sync {
		b.SetHelp(b.Help().Key, "unsync scroll")
	}
	return b
}
