package tables

import "github.com/versus-dev/versus/tui/internal/grid"

// naturalWidths is, per column, the widest of its header and cells.
func naturalWidths(header []string, rows []row) []int {
	out := grid.Natural(header)
	for _, r := range rows {
		grid.Widen(out, r.cells)
	}
	return out
}
