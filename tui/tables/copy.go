package tables

import (
	"fmt"

	"github.com/versus-dev/versus/knowledge"
	"github.com/versus-dev/versus/tui/common"
)

// copyRow asks the root to copy the selected row.
//
// The row goes out as a whole markdown table, the header, the delimiter
// row and the row itself, rather than a bare "| … |" line or tab-separated
// cells: a bare row renders as a table nowhere, and tabs turn into
// uneven spaces in a chat box or an editor. A three-line table renders as
// a table where markdown does (GitHub, chat apps, notes) and still reads
// column by column where it does not. Cells are escaped as the pack's own
// tables are (knowledge.Table.Markdown).
func (m *Model) copyRow() {
	r, ok := m.selected()
	if !ok {
		return
	}
	t := knowledge.Table{Header: m.header(), Rows: [][]string{r.cells}}
	m.action = common.Copy{Text: t.Markdown(), Label: m.rowLabel(r)}
}

// rowLabel names a row in the copy's status: its criterion and section.
func (m Model) rowLabel(r row) string {
	criterion := ""
	if i := m.criterionColumn(); i < len(r.cells) {
		criterion = r.cells[i]
	}
	from := r.section
	if s := m.common.Pack.Section(r.section); s != nil {
		from = s.Title
	}
	return fmt.Sprintf("row %q from %s", criterion, from)
}

// criterionColumn is the index of the criterion among a row's cells: the
// matrix puts the aspect before it.
func (m Model) criterionColumn() int {
	if m.mode == ModeMatrix {
		return 1
	}
	return 0
}
