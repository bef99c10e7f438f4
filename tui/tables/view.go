package tables

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/versus-dev/versus/tui/internal/grid"
	"github.com/versus-dev/versus/tui/internal/layout"
)

// headerLines is the column names and the rule under them.
const headerLines = 2

// topLines is how many lines sit above the table: the title, and in the
// matrix the filter.
func (m Model) topLines() int {
	if m.mode == ModeMatrix {
		return 2
	}
	return 1
}

// stacked reports whether rows are drawn as blocks.
func (m Model) stacked() bool { return m.width < grid.StackBelow }

// rowsHeight is how many lines the rows have, under the column names.
func (m Model) rowsHeight() int {
	h := m.height - m.topLines()
	if !m.stacked() {
		h -= headerLines
	}
	return max(h, 0)
}

// layout sizes the columns and the filter for the current mode and size.
func (m *Model) layout() {
	natural := m.aspectWidth
	if m.mode == ModeMatrix {
		natural = m.matrixWidth
	}
	m.widths = grid.Distribute(natural, m.width-2*grid.Padding*len(m.header()))
	m.filter.SetWidth(max(m.width-lipgloss.Width(m.filter.Prompt)-1, 1))
	m.filter.SetCursor(m.filter.Position()) // re-window the text for the new width
}

// View draws the pane at exactly the size set with SetSize.
func (m Model) View() string {
	if m.width <= 0 || m.height <= 0 {
		return ""
	}
	parts := []string{m.titleView()}
	if m.mode == ModeMatrix {
		parts = append(parts, m.filter.View())
	}
	parts = append(parts, m.bodyView())
	return layout.Fit(strings.Join(parts, "\n"), m.width, m.height)
}

// titleView is the pane's first line: what the table holds, and a count.
func (m Model) titleView() string {
	var left, right string
	shown, total := m.RowCount()
	if m.mode == ModeMatrix {
		left = "All aspects · comparison rows"
		right = fmt.Sprintf("%d of %d rows", shown, total)
	} else {
		left = "Comparison table"
		if m.section != nil {
			left = aspectLabel(m.section) + " · comparison table"
		}
		right = fmt.Sprintf("%d rows", total)
		if total == 1 {
			right = "1 row"
		}
	}
	return layout.Spread(m.styles.title.Render(left), m.styles.count.Render(right), m.width)
}

// bodyView is the table, or a line saying why there is none.
func (m Model) bodyView() string {
	if m.count() > 0 {
		return m.tableView()
	}
	var why string
	switch {
	case m.mode == ModeMatrix && m.gathering:
		why = "Gathering the comparison rows of every aspect…"
	case m.mode == ModeMatrix && len(m.matrix) > 0:
		why = fmt.Sprintf("No row matches “%s”. Esc clears the filter.", m.filter.Value())
	case m.mode == ModeMatrix:
		why = "This pack has no comparison table."
	case m.section != nil:
		why = m.section.Title + " has no comparison table. Tab shows every aspect's rows."
	default:
		why = "No section is open. Tab shows every aspect's rows."
	}
	return m.styles.empty.Render(ansi.Wrap(why, m.width, ""))
}

// tableView is the column names (side by side) and the rows from the
// first one drawn, as many as fit.
func (m Model) tableView() string {
	var lines []string
	if !m.stacked() {
		lines = append(lines, grid.Header(m.header(), m.widths, m.styles.header), grid.Rule(m.widths, m.width, m.styles.rule))
	}
	limit := len(lines) + m.rowsHeight()
	for i := m.offset; i < m.count() && len(lines) < limit; i++ {
		lines = append(lines, m.rowLines(i)...)
	}
	return strings.Join(lines, "\n")
}
