package tables

import (
	"charm.land/lipgloss/v2"

	"github.com/versus-dev/versus/tui/internal/grid"
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
	return grid.Columns(r.cells, m.widths, m.mode == ModeAspect || sel, m.width, ts, base, hl)
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
	return grid.Block(marker, title, names[first:], r.cells[first:], m.width, ts, grid.BlockStyles{
		Line: base, Title: base.Bold(true), TitleMatch: hl.Bold(true),
		Label: m.styles.label, Text: lipgloss.NewStyle(), Match: m.styles.match,
	})
}

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
