package tables

import (
	"charm.land/bubbles/v2/table"
	"charm.land/bubbles/v2/textinput"
	"charm.land/lipgloss/v2"

	"github.com/versus-dev/versus/tui/internal/inputstyle"
	"github.com/versus-dev/versus/tui/theme"
)

// styles are the tables pane's own styles, built from the shared theme.
type styles struct {
	title  lipgloss.Style // the pane's heading
	count  lipgloss.Style // "12 of 96 rows"
	label  lipgloss.Style // column names in the detail area
	rule   lipgloss.Style // the line between table and detail area
	empty  lipgloss.Style // "no row matches"
	match  lipgloss.Style // a word the filter matched, in the detail area
	table  table.Styles
	filter textinput.Styles
}

// cellPadding is the blank space the table puts on each side of a cell.
const cellPadding = 1

func newStyles(t theme.Styles) styles {
	p := t.Palette
	s := styles{
		title: t.PaneTitle,
		count: t.Muted,
		label: lipgloss.NewStyle().Foreground(p.Accent),
		rule:  lipgloss.NewStyle().Foreground(p.Subtle),
		empty: t.Muted.Italic(true),
		match: t.Match,
	}
	s.table = table.Styles{
		Header: lipgloss.NewStyle().Bold(true).Foreground(p.Accent).Padding(0, cellPadding).
			BorderStyle(lipgloss.NormalBorder()).BorderBottom(true).BorderForeground(p.Subtle),
		Cell:     lipgloss.NewStyle().Padding(0, cellPadding), // no colour, so Selected colours the whole row
		Selected: t.Selected,
	}
	if t.NoColor {
		// Without colour a bold row is easy to miss: reverse it.
		s.table.Selected = s.table.Selected.Reverse(true)
	}
	s.filter = inputstyle.New(t)
	return s
}
