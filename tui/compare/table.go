package compare

import (
	"strings"

	"charm.land/lipgloss/v2"

	"github.com/versus-dev/versus/knowledge"
	"github.com/versus-dev/versus/tui/internal/grid"
)

// The two aspects' comparison tables, drawn together so that a criterion
// both have sits on the same line in both panes.
//
// Each pane shows its aspect's comparison rows under one header (its
// first table's), as the tables pane does. The criteria both aspects
// have come first, in the left aspect's order, each row as tall as the
// taller of its two sides; then each side's own criteria, in its order.
// Keeping each table's own order and leaving gaps for the other side's
// rows would align them too, but would leave holes in both tables, and
// two aspects rarely list their shared criteria in the same order.

// table is an aspect's comparison rows under one header.
type table struct {
	header []string   // the criterion column's name, then the subjects
	rows   [][]string // a criterion, then a cell per subject
}

// tableOf gathers the comparison rows of s, each cut or padded to the
// pack's subjects.
func tableOf(p *knowledge.Pack, s *knowledge.Section) table {
	ts := s.ComparisonTables()
	if len(ts) == 0 {
		return table{}
	}
	n := len(ts[0].Header)
	if p != nil && len(p.Subjects) > 0 {
		n = len(p.Subjects) + 1
	}
	if n == 0 {
		return table{} // no column to draw, not even a criterion
	}
	fit := func(cells []string) []string {
		out := make([]string, n)
		copy(out, cells)
		return out
	}
	t := table{header: fit(ts[0].Header)}
	for _, tb := range ts {
		for _, r := range tb.Rows {
			t.rows = append(t.rows, fit(r))
		}
	}
	return t
}

// criterion is the key a row is matched on across aspects: its first
// cell, in lower case, with its spaces collapsed.
func criterion(row []string) string {
	if len(row) == 0 {
		return ""
	}
	return strings.Join(strings.Fields(strings.ToLower(row[0])), " ")
}

// pairRows orders the rows of the left and right tables: pairs of the
// rows sharing a criterion (in the left's order), then the left's own,
// then the right's own; a side without the row is nil.
func pairRows(left, right [][]string) [][2][]string {
	at := map[string]int{}
	for i, r := range right {
		if k := criterion(r); k != "" {
			if _, dup := at[k]; !dup {
				at[k] = i
			}
		}
	}
	usedR := make([]bool, len(right))
	usedL := make([]bool, len(left))
	var out [][2][]string
	for i, r := range left {
		if j, ok := at[criterion(r)]; ok && !usedR[j] {
			out = append(out, [2][]string{r, right[j]})
			usedL[i], usedR[j] = true, true
		}
	}
	for i, r := range left {
		if !usedL[i] {
			out = append(out, [2][]string{r, nil})
		}
	}
	for j, r := range right {
		if !usedR[j] {
			out = append(out, [2][]string{nil, r})
		}
	}
	return out
}

// tableStyles are the styles the tables are drawn in.
type tableStyles struct {
	header, rule lipgloss.Style
	block        grid.BlockStyles
}

// drawTables draws the two tables at text widths w, each side's lines
// indented by margin, and reports whether they share a criterion. With
// align, a row both sides have is padded to the taller of its two
// drawings, so that the rows after it stay level too.
func drawTables(ts [2]table, w [2]int, align bool, st tableStyles) (out [2][]string, shared bool) {
	var natural, widths [2][]int
	// Columns when they are wide enough (as in the tables pane) or when
	// every cell fits whole; else blocks. Side by side both draw columns
	// or both draw blocks: a pane must not start its rows a header lower
	// than the other.
	var cols [2]bool
	for i, t := range ts {
		natural[i] = grid.Natural(t.header)
		for _, r := range t.rows {
			grid.Widen(natural[i], r)
		}
		cols[i] = w[i] >= grid.StackBelow || grid.Fits(natural[i], w[i])
	}
	if align {
		cols[0] = cols[0] && cols[1]
		cols[1] = cols[0]
	}
	for i, t := range ts {
		if len(t.rows) == 0 || w[i] <= 0 || !cols[i] {
			continue
		}
		widths[i] = grid.Distribute(natural[i], w[i]-2*grid.Padding*len(t.header))
		out[i] = append(out[i], margin+grid.Header(t.header, widths[i], st.header), margin+grid.Rule(widths[i], w[i], st.rule))
	}
	plain := lipgloss.NewStyle()
	for _, pair := range pairRows(ts[0].rows, ts[1].rows) {
		var drawn [2][]string
		for i, r := range pair {
			switch {
			case r == nil || w[i] <= 0:
			case widths[i] != nil:
				drawn[i] = grid.Columns(r, widths[i], true, w[i], nil, plain, plain)
			default:
				drawn[i] = grid.Block("", r[0], ts[i].header[1:], r[1:], w[i], nil, st.block)
			}
		}
		h := max(len(drawn[0]), len(drawn[1]))
		shared = shared || pair[0] != nil && pair[1] != nil
		for i := range drawn {
			if drawn[i] == nil {
				continue
			}
			for _, l := range drawn[i] {
				out[i] = append(out[i], margin+l)
			}
			if align && pair[0] != nil && pair[1] != nil {
				for range h - len(drawn[i]) {
					out[i] = append(out[i], "")
				}
			}
		}
	}
	return out, shared
}

// margin sets the tables in as glamour sets in the text around them.
const margin = "  "
