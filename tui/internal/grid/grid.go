// Package grid draws comparison rows as text: side by side in columns,
// each cell wrapped to its column, or, where columns would be too narrow,
// as a block of "Subject  value" lines under the row's criterion. The
// tables pane draws its rows with it, and the compare view its two
// aspects' tables.
package grid

import (
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// StackBelow is the width under which rows read better as blocks (the
// criterion, then each subject's cell under it): side by side, columns
// that narrow hold a word or two each.
const StackBelow = 80

// Padding is the blank space on each side of a cell.
const Padding = 1

// Columns draws one row side by side: each cell in its column of widths
// (a column of width 0 is left out), wrapped when wrap is set and cut
// with an ellipsis otherwise, padded and then filled to width. The words
// matching terms are painted in hl and the rest in base.
func Columns(cells []string, widths []int, wrap bool, width int, terms []string, base, hl lipgloss.Style) []string {
	cols := make([][]string, len(widths))
	height := 1
	for j, w := range widths {
		cell := ""
		if j < len(cells) {
			cell = cells[j]
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
	pad := strings.Repeat(" ", Padding)
	out := make([]string, height)
	for k := range out {
		var b strings.Builder
		used := 0
		for j, w := range widths {
			if w <= 0 {
				continue
			}
			part := ""
			if k < len(cols[j]) {
				part = cols[j][k]
			}
			b.WriteString(base.Render(pad))
			b.WriteString(Highlight(part, terms, base, hl))
			b.WriteString(base.Render(strings.Repeat(" ", max(w-ansi.StringWidth(part), 0)) + pad))
			used += w + 2*Padding
		}
		b.WriteString(base.Render(strings.Repeat(" ", max(width-used, 0))))
		out[k] = b.String()
	}
	return out
}

// Header is the column names, each over its column of widths, cut to fit.
func Header(names []string, widths []int, st lipgloss.Style) string {
	var b strings.Builder
	pad := strings.Repeat(" ", Padding)
	for i, h := range names {
		if i >= len(widths) || widths[i] <= 0 {
			continue
		}
		b.WriteString(st.Render(pad + PadRight(ansi.Truncate(h, widths[i], "…"), widths[i]) + pad))
	}
	return b.String()
}

// Rule is the line under the column names: as wide as the columns, at
// most width.
func Rule(widths []int, width int, st lipgloss.Style) string {
	w := 0
	for _, c := range widths {
		w += c + 2*Padding
	}
	return st.Render(strings.Repeat("─", min(w, width)))
}

// Cells lays out cells as "Name  value", values wrapped to w and aligned,
// the words matching terms painted in hl; when the value would have less
// than MinValue columns, each name sits on its own line.
func Cells(names, cells []string, w int, terms []string, label, base, hl lipgloss.Style) []string {
	labelW := 0
	for _, h := range names {
		labelW = max(labelW, lipgloss.Width(h))
	}
	labelW = min(labelW, w/3)
	valueW := w - labelW - 2
	wrap := func(value string, w int) []string {
		lines := strings.Split(ansi.Wrap(value, w, ""), "\n")
		for i, l := range lines {
			lines[i] = Highlight(l, terms, base, hl)
		}
		return lines
	}
	var out []string
	for i, h := range names {
		value := ""
		if i < len(cells) {
			value = cells[i]
		}
		if valueW < MinValue {
			out = append(out, label.Render(ansi.Truncate(h, w, "…")))
			out = append(out, wrap(value, w)...)
			continue
		}
		name := PadRight(ansi.Truncate(h, labelW, "…"), labelW)
		for j, l := range wrap(value, valueW) {
			if j > 0 {
				name = strings.Repeat(" ", labelW)
			}
			out = append(out, label.Render(name)+"  "+l)
		}
	}
	return out
}

// MinValue is the narrowest value column beside the names in a block.
const MinValue = 12

// PadRight pads s with spaces to w columns.
func PadRight(s string, w int) string {
	if gap := w - lipgloss.Width(s); gap > 0 {
		return s + strings.Repeat(" ", gap)
	}
	return s
}
