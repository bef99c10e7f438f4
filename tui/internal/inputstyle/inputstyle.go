// Package inputstyle styles the text inputs of the TUI panes (a query, a
// filter) from the shared theme, so that every input looks the same.
package inputstyle

import (
	"charm.land/bubbles/v2/textinput"
	"charm.land/lipgloss/v2"

	"github.com/versus-dev/versus/tui/theme"
)

// New returns the styles of a text input in theme t: an accent prompt and
// cursor, the same look focused or not, and a cursor that does not blink,
// since a blink is a timer message twice a second that tells the user
// nothing.
func New(t *theme.Styles) textinput.Styles {
	p := t.Palette
	s := textinput.DefaultStyles(t.IsDark)
	s.Focused.Prompt = lipgloss.NewStyle().Foreground(p.Accent).Bold(true)
	s.Focused.Text = lipgloss.NewStyle().Foreground(p.Fg)
	s.Focused.Placeholder = lipgloss.NewStyle().Foreground(p.Muted)
	s.Blurred = s.Focused
	s.Cursor.Color = p.Accent
	s.Cursor.Blink = false
	return s
}
