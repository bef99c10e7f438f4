package tui

import (
	"fmt"
	cells "github.com/versus-dev/versus/tui/internal/layout"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// Dialogs drawn over the screen: the help, and the search box.

// helpView is the full help of the view under it, in a box: one column
// per group of bindings, as many side by side as fit, the rest below. On a
// screen too short for all of it, the box shows a window of it that ↑ and
// ↓ move (helpOffset).
func (m Model) helpView() string {
	room := max(0, m.geo.body.w-4) // the box's border and padding
	lines, avail := m.helpLines()
	title := m.c.Styles.PaneTitle.Render("Keys") + m.c.Styles.Muted.Render(" · esc or ? closes")
	shown := lines
	if len(lines) > avail {
		off := min(max(0, m.helpOffset), len(lines)-avail)
		shown = lines[off : off+avail]
		title += m.c.Styles.Muted.Render(fmt.Sprintf(" · ↑↓ %d/%d", off+avail, len(lines)))
	}
	content := title + "\n\n" + strings.Join(shown, "\n")
	w := min(room, max(lipgloss.Width(title), widest(lines)))
	return m.c.Styles.Overlay.Render(cells.Fit(content, w, lipgloss.Height(content)))
}

// helpLines is the help's text, line by line, and how many lines of it
// the box can show.
func (m Model) helpLines() (lines []string, avail int) {
	room := max(0, m.geo.body.w-4)
	rows := m.helpRows(room)
	avail = max(1, m.geo.body.h-4) // border, title and the blank line under it
	lines = strings.Split(strings.Join(rows, "\n\n"), "\n")
	if len(lines) > avail {
		lines = strings.Split(strings.Join(rows, "\n"), "\n") // no blank lines
	}
	return lines, avail
}

// helpRows lays the help's groups out in rows of columns, room wide.
func (m Model) helpRows(room int) []string {
	var cols []string
	for _, g := range m.helpKeys().FullHelp() {
		if c := m.help.FullHelpView([][]key.Binding{g}); c != "" {
			cols = append(cols, c)
		}
	}
	const gap = "    "
	var rows []string
	var row []string
	rowW := 0
	for _, c := range cols {
		w := lipgloss.Width(c)
		if len(row) > 0 && rowW+len(gap)+w > room {
			rows = append(rows, lipgloss.JoinHorizontal(lipgloss.Top, row...))
			row, rowW = nil, 0
		}
		if len(row) > 0 {
			row = append(row, gap)
			rowW += len(gap)
		}
		row = append(row, c)
		rowW += w
	}
	if len(row) > 0 {
		rows = append(rows, lipgloss.JoinHorizontal(lipgloss.Top, row...))
	}
	return rows
}

// widest is the width of the widest of blocks.
func widest(blocks []string) int {
	w := 0
	for _, b := range blocks {
		w = max(w, lipgloss.Width(b))
	}
	return w
}

// drawOver draws box over the screen below it, given as plain lines,
// with the box's top-left corner at (x, y), cutting it to the area within.
// The screen around the box is dimmed: it says the box is modal.
func (m Model) drawOver(plain []string, box string, x, y int, within rect) string {
	lines := make([]string, len(plain))
	dim := m.dimmer()
	boxLines := strings.Split(box, "\n")
	for row, p := range plain {
		i := row - y
		if row < within.y || row >= within.y+within.h || i < 0 || i >= len(boxLines) {
			lines[row] = dim.Render(p)
			continue
		}
		bl := boxLines[i]
		bw := ansi.StringWidth(bl)
		left := max(x, within.x)
		right := min(x+bw, within.x+within.w)
		if right <= left {
			lines[row] = dim.Render(p)
			continue
		}
		if left != x || right != x+bw {
			bl = ansi.Cut(bl, left-x, right-x)
		}
		lines[row] = dim.Render(ansi.Truncate(p, left, "")) + bl + dim.Render(ansi.TruncateLeft(p, right, ""))
	}
	return strings.Join(lines, "\n")
}

// underlay is the screen below an overlay, as plain text. Drawing the
// panes costs more than a key press may take, and under an overlay they do
// not change while the user types into it: the root keeps them here,
// shared by copies of the model, until a message that may change them.
type underlay struct {
	gen   int      // the Model's baseGen they were drawn at
	lines []string // the title bar and the body, escape sequences removed
}

// plainBase returns the title bar and the body as plain lines, drawn
// afresh only when something under the overlay may have changed.
func (m Model) plainBase() []string {
	if m.under.lines != nil && m.under.gen == m.baseGen {
		return m.under.lines
	}
	lines := strings.Split(m.titleView()+"\n"+m.bodyView(), "\n")
	for i, l := range lines {
		lines[i] = ansi.Strip(l)
	}
	*m.under = underlay{gen: m.baseGen, lines: lines}
	return lines
}

// dimmer paints plain text in the muted colour. It writes the escape
// sequences itself: lipgloss's Render measures and pads every line, too
// slow for a whole screen on every key press.
type dimmer struct{ on, off string }

func (m Model) dimmer() dimmer {
	if m.c.Styles.NoColor {
		return dimmer{}
	}
	return dimmer{ansi.NewStyle().ForegroundColor(m.c.Styles.Palette.Muted).String(), ansi.ResetStyle}
}

// Render paints s.
func (d dimmer) Render(s string) string {
	if s == "" || d.on == "" {
		return s
	}
	return d.on + s + d.off
}
