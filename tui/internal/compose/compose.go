// Package compose draws an overlay's box over the screen below it. The
// screen is given as plain lines (escape sequences removed) and dimmed
// around the box, which says the box is modal; Base keeps those lines
// while only the overlay changes.
//
// It splices cells rather than using lipgloss's compositor: the screen
// under a dialog is kept as plain text between key presses, and the
// compositor would redraw it styled on every one.
package compose

import (
	"image/color"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/versus-dev/versus/tui/internal/layout"
)

// Placed is an overlay that chooses where its box sits in its area.
type Placed interface{ Position() (x, y int) }

// Place returns where the top-left corner of box, an overlay's view, goes
// on the screen: where the overlay says when it is Placed (relative to
// area), or else centred in area.
func Place(overlay any, box string, area layout.Rect) (x, y int) {
	if p, ok := overlay.(Placed); ok {
		x, y = p.Position()
		return x + area.X, y + area.Y
	}
	return area.X + (area.W-min(lipgloss.Width(box), area.W))/2, area.Y + max(0, (area.H-lipgloss.Height(box))/2)
}

// Base is the screen under an overlay, as plain lines. Drawing the panes
// costs more than a key press may take, and under an overlay they do not
// change while the user types into it, so the lines are kept until a
// message that may change them. The root model shares one Base between
// its copies.
type Base struct {
	gen   int      // the generation the lines were drawn at
	lines []string // escape sequences removed
}

// Lines returns the lines of draw() with escape sequences removed, drawn
// afresh only when the panes may have changed since: gen is not the
// generation of the lines kept.
func (b *Base) Lines(gen int, draw func() string) []string {
	if b.lines != nil && b.gen == gen {
		return b.lines
	}
	lines := strings.Split(draw(), "\n")
	for i, l := range lines {
		lines[i] = ansi.Strip(l)
	}
	b.gen, b.lines = gen, lines
	return lines
}

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
