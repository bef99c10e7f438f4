package tui

import "github.com/versus-dev/versus/tui/internal/layout"

// Size limits of the layout.
const (
	// MinWidth and MinHeight are the smallest terminal the TUI draws in;
	// below either it shows how big the terminal is and what it needs.
	MinWidth     = 40
	MinHeight    = 10
	listMinWidth = 30 // outer width of the list pane when wide
	listMaxWidth = 42
)

// geometry is where everything sits for one terminal size.
type geometry struct {
	w, h     int
	tooSmall bool
	wide     bool
	body     layout.Rect // between the title bar and the status bar
	list     layout.Rect // the list pane, border included when wide
	reader   layout.Rect // the reader pane, border included when wide
}

func newGeometry(w, h int) geometry {
	g := geometry{w: w, h: h}
	if w < MinWidth || h < MinHeight {
		g.tooSmall = true
		return g
	}
	g.body = layout.Rect{X: 0, Y: 1, W: w, H: h - 2}
	if w >= layout.Wide {
		g.wide = true
		lw := min(max(w/3, listMinWidth), listMaxWidth)
		g.list = layout.Rect{X: 0, Y: 1, W: lw, H: g.body.H}
		g.reader = layout.Rect{X: lw, Y: 1, W: w - lw, H: g.body.H}
		return g
	}
	g.list, g.reader = g.body, g.body
	return g
}

// listArea and readerArea are the areas the panes draw in: inside the
// borders when wide, the whole body otherwise.
func (g geometry) listArea() layout.Rect {
	if g.wide {
		return g.list.Inner()
	}
	return g.list
}

func (g geometry) readerArea() layout.Rect {
	if g.wide {
		return g.reader.Inner()
	}
	return g.reader
}
