// Package frame lays the screen out for one terminal size: the title bar
// on the first line, the status bar on the last and the body between.
// Below the smallest size versus draws in, a notice of the size takes
// the whole screen instead.
package frame

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/versus-dev/versus/tui/internal/layout"
	"github.com/versus-dev/versus/tui/theme"
)

// MinWidth and MinHeight are the smallest terminal the TUI draws in;
// below either it shows how big the terminal is and what it needs.
const (
	MinWidth  = 40
	MinHeight = 10
)

// Geometry is where everything sits for one terminal size.
type Geometry struct {
	W, H     int
	TooSmall bool        // below MinWidth×MinHeight: only TooSmallView is drawn
	Body     layout.Rect // between the title bar and the status bar
}

// New lays the screen out for a terminal of w×h cells.
func New(w, h int) Geometry {
	g := Geometry{W: w, H: h}
	if w < MinWidth || h < MinHeight {
		g.TooSmall = true
		return g
	}
	g.Body = layout.Rect{X: 0, Y: 1, W: w, H: h - 2}
	return g
}

// TooSmallView says how big the terminal is and what versus needs,
// centred, cut to whatever room there is.
func (g Geometry) TooSmallView(st *theme.Styles) string {
	lines := []string{
		st.Error.Render("Terminal too small"),
		fmt.Sprintf("%d×%d — needs at least %d×%d", g.W, g.H, MinWidth, MinHeight),
		st.Muted.Render("enlarge it, or q to quit"),
	}
	var wrapped []string
	for _, l := range lines {
		wrapped = append(wrapped, strings.Split(ansi.Wrap(l, g.W, ""), "\n")...)
	}
	out := lipgloss.Place(g.W, g.H, lipgloss.Center, lipgloss.Center, strings.Join(wrapped, "\n"))
	return layout.Fit(out, g.W, g.H)
}
