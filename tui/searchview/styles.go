package searchview

import (
	"charm.land/bubbles/v2/textinput"
	"charm.land/lipgloss/v2"

	"github.com/versus-dev/versus/tui/internal/inputstyle"
	"github.com/versus-dev/versus/tui/theme"
)

// styles are the overlay's own styles, built from the shared theme.
type styles struct {
	box      lipgloss.Style // the overlay's frame
	title    lipgloss.Style // a result's section title
	selected lipgloss.Style // the selected result's title line
	field    lipgloss.Style // what matched: title, table, answer…
	snippet  lipgloss.Style
	match    lipgloss.Style // matched characters in a snippet
	muted    lipgloss.Style
	err      lipgloss.Style
	input    textinput.Styles
}

func newStyles(t *theme.Styles) styles {
	p := t.Palette
	return styles{
		box:      t.Overlay,
		title:    lipgloss.NewStyle().Foreground(p.Fg).Bold(true),
		selected: t.Selected,
		field:    t.Muted,
		snippet:  lipgloss.NewStyle().Foreground(p.Fg),
		match:    t.Match,
		muted:    t.Muted,
		err:      t.Error,
		input:    inputstyle.New(t),
	}
}
