package tables

import (
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// Drawing the rows, side by side or stacked, and keeping the selected
// one in view. Rows differ in height, so only the rows on screen are
// measured: a matrix of 40,000 rows costs what its visible rows cost.

// rowLines draws the i-th row shown.
func (m Model) rowLines(i int) []string {
	r := m.rowAt(i)
	sel := i == m.cursor
	base, hl := lipgloss.NewStyle(), m.styles.match
	if sel {
		base = m.styles.selected
		hl = hl.Background(m.styles.selected.GetBackground())
	}
	var ts []string
	if m.mode == ModeMatrix {
		ts = terms(m.filter.Value())
	}
	if m.stacked() {
		return m.blockLines(r, sel, ts, base, hl)
	}
	// The aspect table wraps every cell; the matrix, long and scanned
	// rather than read, wraps the selected row only.
	wrap := m.mode == ModeAspect || sel
	cols := make([][]string, len(m.widths))
	height := 1
	for j, w := range m.widths {
		cell := ""
		if j < len(r.cells) {
			cell = r.cells[j]
		}
		switch {
		case w <= 0:
		case wrap:
			cols[j] = strings.Split(ansi.Wrap(cell, w, ""), "\n")
		default:
			cols[j] = []string{ansi.Truncate(cell, w, "…")}
		}
		height = max(height, len(cols[j]))
	}
	out := make([]string, height)
	for k := range out {
		var b strings.Builder
		used := 0
		for j, w := range m.widths {
			if w <= 0 {
				continue
			}
			part := ""
			if k < len(cols[j]) {
				part = cols[j][k]
			}
			b.WriteString(base.Render(" "))
			b.WriteString(highlightWords(part, ts, base, hl))
			b.WriteString(base.Render(strings.Repeat(" ", max(w-ansi.StringWidth(part), 0)+1)))
			used += w + 2
		}
		b.WriteString(base.Render(strings.Repeat(" ", max(m.width-used, 0))))
		out[k] = b.String()
	}
	return out
}

// blockLines draws a row as a block: a marker and its criterion (after
// its aspect in the matrix), then each subject's name and cell, wrapped.
func (m Model) blockLines(r row, sel bool, ts []string, base, hl lipgloss.Style) []string {
	names := m.header()
	first := 1 // the first subject's column
	title := r.cells[0]
	if m.mode == ModeMatrix {
		first = 2
		title = r.cells[0] + " · " + r.cells[1]
	}
	marker := "  "
	if sel {
		marker = "▸ "
	}
	var out []string
	for k, l := range strings.Split(ansi.Wrap(title, max(m.width-2, 1), ""), "\n") {
		if k > 0 {
			marker = "  "
		}
		line := base.Render(marker) + highlightWords(l, ts, base.Bold(true), hl.Bold(true))
		out = append(out, line+base.Render(strings.Repeat(" ", max(m.width-2-ansi.StringWidth(l), 0))))
	}
	const indent = "    "
	plain := lipgloss.NewStyle()
	phl := m.styles.match
	for _, l := range cellLines(names[first:], r.cells[first:], max(m.width-len(indent), 1), m.styles.label, plain, phl, ts) {
		out = append(out, indent+l)
	}
	return out
}

// cellLines lays out cells as "Name  value", values wrapped and aligned,
// the words the filter matched highlighted; when the value would have
// less than minValue columns, each name sits on its own line.
func cellLines(names, cells []string, w int, label, base, hl lipgloss.Style, ts []string) []string {
	labelW := 0
	for _, h := range names {
		labelW = max(labelW, lipgloss.Width(h))
	}
	labelW = min(labelW, w/3)
	valueW := w - labelW - 2
	wrap := func(value string, w int) []string {
		lines := strings.Split(ansi.Wrap(value, w, ""), "\n")
		for i, l := range lines {
			lines[i] = highlightWords(l, ts, base, hl)
		}
		return lines
	}
	var out []string
	for i, h := range names {
		value := ""
		if i < len(cells) {
			value = cells[i]
		}
		if valueW < minValue {
			out = append(out, label.Render(ansi.Truncate(h, w, "…")))
			out = append(out, wrap(value, w)...)
			continue
		}
		name := padRight(ansi.Truncate(h, labelW, "…"), labelW)
		for j, l := range wrap(value, valueW) {
			if j > 0 {
				name = strings.Repeat(" ", labelW)
			}
			out = append(out, label.Render(name)+"  "+l)
		}
	}
	return out
}

// minValue is the narrowest value column beside the names in a block.
const minValue = 12

// selectRow selects row i (clamped to the rows shown) and scrolls as
// little as needed to show all of it.
func (m *Model) selectRow(i int) {
	n := m.count()
	m.cursor = min(max(i, 0), max(n-1, 0))
	if n == 0 {
		m.offset = 0
		return
	}
	if m.cursor <= m.offset {
		m.offset = m.cursor
		return
	}
	// Walk up from the selected row while the rows fit: the first row
	// drawn moves only when the selected one would fall off the bottom,
	// and a jump to the far end measures a screenful, not every row.
	h := m.rowsHeight()
	top, lines := m.cursor, len(m.rowLines(m.cursor))
	for top > m.offset {
		n := len(m.rowLines(top - 1))
		if lines+n > h {
			break
		}
		top, lines = top-1, lines+n
	}
	m.offset = top
}

// page is how many rows a page key moves: those on screen, less one so
// that the last row seen stays in view.
func (m Model) page() int {
	h, n, rows := m.rowsHeight(), 0, 0
	for i := m.offset; i < m.count(); i++ {
		n += len(m.rowLines(i))
		if n > h {
			break
		}
		rows++
	}
	return max(rows-1, 1)
}
