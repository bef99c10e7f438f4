package tui

import (
	"slices"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/versus-dev/versus/tui/internal/compose"
	cells "github.com/versus-dev/versus/tui/internal/layout"
	"github.com/versus-dev/versus/tui/statusbar"
	"github.com/versus-dev/versus/tui/titlebar"
)

// View draws the whole screen in the alternate screen, with the mouse on.
func (m Model) View() tea.View {
	v := tea.NewView(m.render())
	m.noteScreen()
	v.AltScreen = true
	v.MouseMode = tea.MouseModeCellMotion
	return v
}

// render draws the screen as a string of exactly the terminal's size.
func (m Model) render() string {
	if m.geo.W <= 0 || m.geo.H <= 0 {
		return ""
	}
	if m.geo.TooSmall {
		return m.geo.TooSmallView(m.c.Styles)
	}
	p, kind := m.overlays.Top()
	if p == nil {
		return m.titleView() + "\n" + m.bodyView() + "\n" + m.statusView()
	}
	base := m.under.Lines(m.baseGen, func() string { return m.titleView() + "\n" + m.bodyView() })
	plain := append(slices.Clone(base), ansi.Strip(m.statusView()))
	box, area := p.View(), m.area(kind)
	x, y := compose.Place(p, box, area)
	dim := compose.NewDimmer(m.c.Styles.Palette.Muted, m.c.Styles.NoColor)
	end := min(len(plain), area.Y+area.H)
	out := compose.Over(plain[:end], box, x, y, area, dim)
	if end < len(plain) {
		out += "\n" + m.statusView() // below the overlay's area: live, it says how to close
	}
	return out
}

// titleView is the top line.
func (m Model) titleView() string {
	return titlebar.View(m.c.Styles, m.c.Pack, m.viewName(), m.geo.W)
}

// viewName names what is on screen, for the title bar.
func (m Model) viewName() string {
	switch {
	case !m.overlays.Empty():
		return m.overlays.Kind().String()
	case m.mode == ModeBrowse:
		return m.browse.Focus().String()
	}
	return m.mode.String()
}

// bodyView draws the area between the title and the status bar.
func (m Model) bodyView() string {
	if m.mode == ModeBrowse {
		return m.body.View() // exactly its size, list and reader alike
	}
	return cells.Fit(m.body.View(), m.geo.Body.W, m.geo.Body.H)
}

// statusView is the bottom line.
func (m Model) statusView() string {
	info := statusbar.Info{Pack: m.c.Pack.Title, Percent: -1, Section: m.mode.String()}
	if m.mode == ModeBrowse {
		info = m.browse.Status(info)
	}
	if n := m.digits.Note(); n != "" {
		info.Note = n
	}
	if m.note != "" {
		info.Note = m.note
	}
	if info.Note == "" && m.capturing() && m.overlays.Empty() {
		info.Note = "typing" // q, j, k too go to the input
	}
	if m.c.Pack != nil {
		info.Problems = len(m.c.Pack.Problems)
	}
	hints, pinned := m.screen().StatusHints()
	info.Pinned = pinned
	return m.status.View(info, hints)
}
