package plain

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
	east "github.com/yuin/goldmark/extension/ast"
)

// columnGap separates table columns.
const columnGap = "  "

// minColumn is the narrowest a column of wrapped text gets before the
// table is printed as records instead.
const minColumn = 12

// tableText is a table reduced to the text of its cells.
type tableText struct {
	header []string
	rows   [][]string
	align  []east.Alignment
}

func (r *renderer) table(n *east.Table, w int) []string {
	t := tableText{align: n.Alignments}
	for row := n.FirstChild(); row != nil; row = row.NextSibling() {
		var cells []string
		for c := row.FirstChild(); c != nil; c = c.NextSibling() {
			cells = append(cells, strings.TrimSpace(clean(r.inline(c))))
		}
		if _, ok := row.(*east.TableHeader); ok {
			t.header = cells
		} else {
			t.rows = append(t.rows, cells)
		}
	}
	cols := len(t.header)
	for i, row := range t.rows {
		// GFM gives every row the header's width; be sure of it.
		t.rows[i] = append(row, make([]string, max(0, cols-len(row)))...)[:cols]
	}
	if cols == 0 {
		return nil
	}
	widths, ok := t.widths(w)
	if !ok {
		return t.records(w)
	}
	out := t.row(t.header, widths)
	rules := make([]string, cols)
	for i, cw := range widths {
		rules[i] = strings.Repeat("-", cw)
	}
	out = append(out, strings.TrimRight(strings.Join(rules, columnGap), " "))
	for _, row := range t.rows {
		out = append(out, t.row(row, widths)...)
	}
	return out
}

// widths gives each column its width within w: its natural width when
// the table fits, else at least its longest word, sharing what is left
// among the columns that want more. It reports false when the columns
// cannot each get their longest word and minColumn (or their natural
// width, when smaller).
func (t tableText) widths(w int) ([]int, bool) {
	cols := len(t.header)
	natural := make([]int, cols)
	least := make([]int, cols)
	for _, cells := range append([][]string{t.header}, t.rows...) {
		for i, c := range cells {
			natural[i] = max(natural[i], ansi.StringWidth(c))
			for _, word := range strings.Fields(c) {
				least[i] = max(least[i], ansi.StringWidth(word))
			}
		}
	}
	avail := w - len(columnGap)*(cols-1)
	if sum(natural) <= avail {
		return natural, true
	}
	// Below a few words' width a column reads as a list of fragments:
	// records read better.
	need := 0
	for i := range least {
		need += min(natural[i], max(least[i], minColumn))
	}
	if need > avail {
		return nil, false
	}
	// Water-fill from the least widths: every round gives each column that
	// wants more an even share of what is left.
	out := append([]int(nil), least...)
	left := avail - sum(least)
	for left > 0 {
		var open []int
		for i := range out {
			if out[i] < natural[i] {
				open = append(open, i)
			}
		}
		if len(open) == 0 {
			break
		}
		share := max(1, left/len(open))
		for _, i := range open {
			add := min(share, natural[i]-out[i], left)
			out[i] += add
			left -= add
			if left == 0 {
				break
			}
		}
	}
	return out, true
}

// row lays out one table row: each cell wrapped in its column, the
// columns side by side, as many lines as the tallest cell.
func (t tableText) row(cells []string, widths []int) []string {
	wrapped := make([][]string, len(cells))
	height := 1
	for i, c := range cells {
		wrapped[i] = wrap(c, widths[i])
		height = max(height, len(wrapped[i]))
	}
	out := make([]string, height)
	for line := range height {
		parts := make([]string, len(cells))
		for i := range cells {
			s := ""
			if line < len(wrapped[i]) {
				s = wrapped[i][line]
			}
			parts[i] = t.pad(s, widths[i], i)
		}
		out[line] = strings.TrimRight(strings.Join(parts, columnGap), " ")
	}
	return out
}

// pad fills s to w columns as column i is aligned.
func (t tableText) pad(s string, w, i int) string {
	gap := max(0, w-ansi.StringWidth(s))
	align := east.AlignNone
	if i < len(t.align) {
		align = t.align[i]
	}
	switch align {
	case east.AlignRight:
		return strings.Repeat(" ", gap) + s
	case east.AlignCenter:
		return strings.Repeat(" ", gap/2) + s + strings.Repeat(" ", gap-gap/2)
	default:
		return s + strings.Repeat(" ", gap)
	}
}

// records prints a table too wide for w as one record per row: the first
// cell, then a "header: cell" line for each other column, hanging under
// its header.
func (t tableText) records(w int) []string {
	var out []string
	for _, row := range t.rows {
		if len(out) > 0 {
			out = append(out, "")
		}
		out = append(out, wrap(row[0], w)...)
		for i := 1; i < len(row); i++ {
			field := t.header[i] + ": " + row[i]
			if t.header[i] == "" {
				field = row[i]
			}
			out = append(out, prefixed("  ", "    ", w, func(inner int) []string {
				return wrap(field, inner-2)
			})...)
		}
	}
	return out
}

func sum(xs []int) int {
	n := 0
	for _, x := range xs {
		n += x
	}
	return n
}
