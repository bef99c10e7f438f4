package tui

// Size limits of the layout.
const (
	// MinWidth and MinHeight are the smallest terminal the TUI draws in;
	// below either it shows how big the terminal is and what it needs.
	MinWidth  = 40
	MinHeight = 10
	// WideWidth is the width from which the section list and the reader sit
	// side by side; narrower, one shows at a time.
	WideWidth = 100

	listMinWidth = 30 // outer width of the list pane when wide
	listMaxWidth = 42
)

// rect is an area of the screen.
type rect struct{ x, y, w, h int }

func (r rect) contains(x, y int) bool {
	return x >= r.x && x < r.x+r.w && y >= r.y && y < r.y+r.h
}

// inner is the area inside a one-cell border.
func (r rect) inner() rect {
	return rect{r.x + 1, r.y + 1, max(0, r.w-2), max(0, r.h-2)}
}

// geometry is where everything sits for one terminal size.
type geometry struct {
	w, h     int
	tooSmall bool
	wide     bool
	body     rect // between the title bar and the status bar
	list     rect // the list pane, border included when wide
	reader   rect // the reader pane, border included when wide
}

func layout(w, h int) geometry {
	g := geometry{w: w, h: h}
	if w < MinWidth || h < MinHeight {
		g.tooSmall = true
		return g
	}
	g.body = rect{0, 1, w, h - 2}
	if w >= WideWidth {
		g.wide = true
		lw := min(max(w/3, listMinWidth), listMaxWidth)
		g.list = rect{0, 1, lw, g.body.h}
		g.reader = rect{lw, 1, w - lw, g.body.h}
		return g
	}
	g.list, g.reader = g.body, g.body
	return g
}

// listArea and readerArea are the areas the panes draw in: inside the
// borders when wide, the whole body otherwise.
func (g geometry) listArea() rect {
	if g.wide {
		return g.list.inner()
	}
	return g.list
}

func (g geometry) readerArea() rect {
	if g.wide {
		return g.reader.inner()
	}
	return g.reader
}
