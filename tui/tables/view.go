package tables

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/table"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/versus-dev/versus/tui/internal/layout"
)

// The detail area takes at least a third of the body once the body has
// room for a table of a few rows above it, and whatever a short table
// leaves. Its height does not follow the selected row, so that nothing
// jumps while the cursor moves.
const (
	minBodyForDetail = 9
	detailShare      = 3
	headerLines      = 2  // the table's column names and the rule under them
	minValue         = 12 // narrowest value column beside the names in the detail area
)

// topLines is how many lines sit above the table: the title, and in the
// matrix the filter.
func (m Model) topLines() int {
	if m.mode == ModeMatrix {
		return 2
	}
	return 1
}

// tableHeight is the height of the table, column names included.
func (m Model) tableHeight() int {
	body := max(m.height-m.topLines(), 0)
	if body < minBodyForDetail {
		return body
	}
	return min(body-body/detailShare, headerLines+max(m.count(), 1))
}

// detailHeight is the height of the detail area, rule included.
func (m Model) detailHeight() int {
	return max(m.height-m.topLines()-m.tableHeight(), 0)
}

// layout sizes the table's columns and height and the filter's width for
// the current mode and size.
func (m *Model) layout() {
	natural := m.aspectWidth
	if m.mode == ModeMatrix {
		natural = m.matrixWidth
	}
	head := m.header()
	widths := distribute(natural, m.width-2*cellPadding*len(head))
	cols := make([]table.Column, len(head))
	for i, h := range head {
		cols[i] = table.Column{Title: h, Width: widths[i]}
	}
	// Columns first: SetColumns re-renders the rows with them.
	m.table.SetColumns(cols)
	m.table.SetWidth(m.width)
	m.table.SetHeight(m.tableHeight())
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
	if tableH := m.tableHeight(); tableH > 0 {
		parts = append(parts, layout.Fit(m.bodyView(), m.width, tableH))
	}
	if dh := m.detailHeight(); dh > 0 {
		parts = append(parts, m.detailView(m.width, dh))
	}
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
		return m.table.View()
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

// detailView shows every cell of the selected row, wrapped, each after
// its column name, in h lines of width w.
func (m Model) detailView(w, h int) string {
	lines := []string{m.styles.rule.Render(strings.Repeat("─", w))}
	r, ok := m.selected()
	if ok {
		lines = append(lines, m.cellLines(r, m.header(), w)...)
	}
	if len(lines) > h {
		lines = lines[:h]
		last := ansi.Strip(lines[h-1])
		lines[h-1] = ansi.Truncate(last, max(w-1, 0), "") + "…"
	}
	return layout.Fit(strings.Join(lines, "\n"), w, h)
}

// cellLines lays out a row's cells as "Name  value", values wrapped and
// aligned, the words the filter matched highlighted; on a narrow pane
// each name sits on its own line.
func (m Model) cellLines(r row, head []string, w int) []string {
	labelW := 0
	for _, h := range head {
		labelW = max(labelW, lipgloss.Width(h))
	}
	labelW = min(labelW, w/3)
	valueW := w - labelW - 2
	var ts []string
	if m.mode == ModeMatrix {
		ts = terms(m.filter.Value())
	}
	wrap := func(value string, w int) []string {
		lines := strings.Split(ansi.Wrap(value, w, ""), "\n")
		for i, l := range lines {
			lines[i] = highlightWords(l, ts, m.styles.match)
		}
		return lines
	}
	var out []string
	for i, h := range head {
		value := ""
		if i < len(r.cells) {
			value = r.cells[i]
		}
		if valueW < minValue {
			out = append(out, m.styles.label.Render(ansi.Truncate(h, w, "…")))
			out = append(out, wrap(value, w)...)
			continue
		}
		label := padRight(ansi.Truncate(h, labelW, "…"), labelW)
		for j, l := range wrap(value, valueW) {
			if j > 0 {
				label = strings.Repeat(" ", labelW)
			}
			out = append(out, m.styles.label.Render(label)+"  "+l)
		}
	}
	return out
}
