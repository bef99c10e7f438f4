// Package compose draws an overlay's box over the screen below it. The
// screen is given as plain lines (escape sequences removed) and dimmed
// around the box, which says the box is modal.
//
// It splices cells rather than using lipgloss's compositor: the screen
// under a dialog is kept as plain text between key presses, and the
// compositor would redraw it styled on every one.
package compose

import (
	"image/color"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/versus-dev/versus/tui/internal/layout"
)

// Over draws box over plain with the box's top-left corner at (x, y),
// cutting it to the area within. On the rows the box spans, the rest of
// the area is blank; every other cell of plain is dimmed.
func Over(plain []string, box string, x, y int, within layout.Rect, dim Dimmer) string {
	lines := make([]string, len(plain))
	boxLines := strings.Split(box, "\n")
	for row, p := range plain {
		i := row - y
		if row < within.Y || row >= within.Y+within.H || i < 0 || i >= len(boxLines) {
			lines[row] = dim.Render(p)
			continue
		}
		bl := boxLines[i]
		bw := ansi.StringWidth(bl)
		left := max(x, within.X)
		right := min(x+bw, within.X+within.W)
		if right <= left {
			lines[row] = dim.Render(p)
			continue
		}
		if left != x || right != x+bw {
			bl = ansi.Cut(bl, left-x, right-x)
		}
		// On the box's rows the page is blanked across the area: what
		// showed beside the box were cut words and borders, fragments
		// that read as part of the box.
		before := dim.Render(ansi.Truncate(p, within.X, "")) + strings.Repeat(" ", left-within.X)
		after := strings.Repeat(" ", within.X+within.W-right) + dim.Render(ansi.TruncateLeft(p, within.X+within.W, ""))
		lines[row] = before + bl + after
	}
	return strings.Join(lines, "\n")
}

// Dimmer paints plain text in one colour. It writes the escape sequences
// itself: lipgloss's Render measures and pads every line, too slow for a
// whole screen on every key press.
type Dimmer struct{ on, off string }

// NewDimmer paints in c; with noColor it leaves text as it is.
func NewDimmer(c color.Color, noColor bool) Dimmer {
	if noColor {
		return Dimmer{}
	}
	return Dimmer{ansi.NewStyle().ForegroundColor(c).String(), ansi.ResetStyle}
}

// Render paints s.
func (d Dimmer) Render(s string) string {
	if s == "" || d.on == "" {
		return s
	}
	return d.on + s + d.off
}
