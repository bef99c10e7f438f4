package tables

import (
	"charm.land/bubbles/v2/textinput"
	"charm.land/lipgloss/v2"

	"github.com/versus-dev/versus/tui/internal/inputstyle"
	"github.com/versus-dev/versus/tui/theme"
)

// styles are the tables pane's own styles, built from the shared theme.
type styles struct {
	title    lipgloss.Style // the pane's heading
	count    lipgloss.Style // "12 of 96 rows"
	label    lipgloss.Style // subject names in a block
	rule     lipgloss.Style // the line under the column names
	empty    lipgloss.Style // "no row matches"
	match    lipgloss.Style // a word the filter matched
	header   lipgloss.Style // a column name
	selected lipgloss.Style // the selected row
	filter   textinput.Styles
}

func newStyles(t *theme.Styles) styles {
	s := styles{
		title:  t.PaneTitle,
		count:  t.Muted,
		label:  t.TableLabel,
		rule:   t.TableRule,
		empty:  t.Muted.Italic(true),
		match:  t.Match,
		header: t.TableHeader,
	}
	s.selected = t.Selected
	if t.NoColor {
		// Without colour a bold row is easy to miss: reverse it.
		s.selected = s.selected.Reverse(true)
	}
	s.filter = inputstyle.New(t)
	return s
}
