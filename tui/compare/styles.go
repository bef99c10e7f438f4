package compare

import (
	"charm.land/bubbles/v2/textinput"
	"charm.land/lipgloss/v2"

	"github.com/versus-dev/versus/tui/internal/grid"
	"github.com/versus-dev/versus/tui/internal/inputstyle"
	"github.com/versus-dev/versus/tui/theme"
)

// styles are the compare flow's own styles, built from the shared theme.
type styles struct {
	title      lipgloss.Style
	muted      lipgloss.Style
	match      lipgloss.Style
	matchFocus lipgloss.Style // the current match of the find query
	selected   lipgloss.Style
	pane       lipgloss.Style
	focused    lipgloss.Style
	heading    lipgloss.Style // a pane's title line
	status     lipgloss.Style
	key        lipgloss.Style // a state word in the status line
	err        lipgloss.Style
	input      textinput.Styles
	table      tableStyles
}

func newStyles(t *theme.Styles) styles {
	p := t.Palette
	focused := t.PaneFocus
	if t.NoColor {
		// Without colour the accent border is invisible: thicken it.
		focused = focused.Border(lipgloss.ThickBorder())
	}
	return styles{
		title:      t.PaneTitle,
		muted:      t.Muted,
		match:      t.Match,
		matchFocus: t.MatchFocus,
		selected:   t.Selected,
		pane:       t.Pane,
		focused:    focused,
		heading:    lipgloss.NewStyle().Foreground(p.Fg).Bold(true),
		status:     t.Muted,
		key:        t.StatusKey,
		err:        t.Error,
		input:      inputstyle.New(t),
		table: tableStyles{
			header: t.TableHeader,
			rule:   t.TableRule,
			block: grid.BlockStyles{
				Title: lipgloss.NewStyle().Foreground(p.Fg).Bold(true),
				Label: t.TableLabel,
			},
		},
	}
}
