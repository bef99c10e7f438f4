package tui

import "github.com/versus-dev/versus/tui/internal/layout"

// MinWidth and MinHeight are the smallest terminal the TUI draws in;
// below either it shows how big the terminal is and what it needs.
const (
	MinWidth  = 40
	MinHeight = 10
)

// geometry is where everything sits for one terminal size.
type geometry struct {
	w, h     int
	tooSmall bool
	body     layout.Rect // between the title bar and the status bar
}

func newGeometry(w, h int) geometry {
	g := geometry{w: w, h: h}
	if w < MinWidth || h < MinHeight {
		g.tooSmall = true
		return g
	}
	g.body = layout.Rect{X: 0, Y: 1, W: w, H: h - 2}
	return g
}
