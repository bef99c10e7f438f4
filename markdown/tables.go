package markdown

import (
	"html"
	"slices"
	"strings"

	"charm.land/glamour/v2/ansi"
	"charm.land/lipgloss/v2"
	"charm.land/lipgloss/v2/table"
	xansi "github.com/charmbracelet/x/ansi"
	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
)

// Tables too narrow for their words.
//
// glamour draws a GFM table with lipgloss/table at the width its block
// leaves (the wrap width less the margins and indents of the document and
// of any quote or list around it). When the columns cannot all be as wide
// as their longest word, lipgloss breaks words in the middle
// ("package-lock.j" / "son") and truncates a header to one line with "…":
// text a reader loses. Each column needs its longest unbreakable word (its
// whole header, which is never wrapped) plus the cell's margins and
// padding, and one column per separator. A table whose needs add up to
// more than its width is replaced by blocks glamour wraps like prose, the
// way the tables pane stacks rows below 80 columns: the criterion (first
// cell) in bold after the first header ("Criterion: "), then a list of
// "Subject: cell" items, the subjects being the other headers. The cells' inline nodes are moved, so their markup
// (code, links, emphasis) is drawn as before.
//
// Needs that add up to the width are not enough: lipgloss shares the
// width out by its own rules (it shrinks the widest columns, then those
// furthest from their median, blind to words), and at 60 columns it gave
// the lockfile row's `package-lock.json` 14 columns while another column
// had room to spare. So when the needs fit but the widest cells do not,
// the pass asks lipgloss for the widths it would give (allot).

// layout is what the pass needs of a style to measure tables: the widths
// glamour takes from the wrap width around a table and inside its cells.
type layout struct {
	width      int // the wrap width
	document   int // the document's indent and both margins
	quote      int // a block quote's indent and both margins
	list       int // a top-level list's indent and both margins
	nested     int // a nested list's indent (its level indent) and both margins
	definition int // a definition list's indent and both margins
	table      int // the table's own indent and margin
	cellMargin int // lipgloss cell margins glamour sets, one each side
	cellPad    int // the style's table margin, drawn as padding each side
	codePrefix int // a code span's prefix
	codeSuffix int // a code span's suffix
}

// newLayout reads the widths of cfg for a render wrapped to width.
func newLayout(cfg ansi.StyleConfig, width int) layout {
	return layout{
		width:      width,
		document:   blockWidth(cfg.Document),
		quote:      blockWidth(cfg.BlockQuote),
		list:       blockWidth(cfg.List.StyleBlock),
		nested:     int(cfg.List.LevelIndent) + 2*uintOf(cfg.List.Margin),
		definition: blockWidth(cfg.DefinitionList),
		table:      uintOf(cfg.Table.Indent) + uintOf(cfg.Table.Margin),
		cellMargin: 2,
		cellPad:    uintOf(cfg.Table.Margin),
		codePrefix: xansi.StringWidth(cfg.Code.Prefix),
		codeSuffix: xansi.StringWidth(cfg.Code.Suffix),
	}
}

// blockWidth is the width a block style takes from the lines inside it.
func blockWidth(s ansi.StyleBlock) int { return uintOf(s.Indent) + 2*uintOf(s.Margin) }

func uintOf(u *uint) int {
	if u == nil {
		return 0
	}
	return int(*u)
}

// tableWidth is the width glamour gives t: the wrap width less what the
// document and the blocks around t take.
func (l layout) tableWidth(t ast.Node) int {
	w := l.width - l.document - l.table
	for n := t.Parent(); n != nil; n = n.Parent() {
		switch n.Kind() {
		case ast.KindBlockquote:
			w -= l.quote
		case ast.KindList:
			w -= l.list
			for p := n.Parent(); p != nil; p = p.Parent() {
				if p.Kind() == ast.KindList {
					w += l.list - l.nested
					break
				}
			}
		case east.KindDefinitionList:
			w -= l.definition
		}
	}
	return w
}

// cellPadding is the columns a cell of a column aligned al takes besides
// its text: glamour's margins, and the style's padding, which it drops on
// the side a left or right alignment pushes the text to.
func (l layout) cellPadding(al east.Alignment) int {
	switch al {
	case east.AlignLeft, east.AlignRight:
		return l.cellMargin + l.cellPad
	}
	return l.cellMargin + 2*l.cellPad
}

// trailing is the blank right of the text of a cell aligned al.
func (l layout) trailing(al east.Alignment) int {
	if al == east.AlignLeft {
		return l.cellMargin / 2
	}
	return l.cellMargin/2 + l.cellPad
}

// fits reports whether t can be drawn at its width without breaking a
// word of a cell or cutting a header.
func (l layout) fits(t *east.Table, src []byte, keepHyphens bool) bool {
	for n := t.Parent(); n != nil; n = n.Parent() {
		if n.Kind() == ast.KindListItem {
			// glamour wraps a list's lines again as prose, table rules
			// and all, and starts the table on the item's first line:
			// no width keeps a table in a list item whole.
			return false
		}
	}
	cols := 0
	for row := t.FirstChild(); row != nil; row = row.NextSibling() {
		cols = max(cols, row.ChildCount())
	}
	if cols == 0 {
		return true
	}
	// Each column needs its whole header and its longest word; lipgloss
	// widens a column to its widest cell when all of them fit.
	header := make([]int, cols)
	body := make([][]int, cols) // the body's cell widths, by column
	need, widest := make([]int, cols), make([]int, cols)
	for row := t.FirstChild(); row != nil; row = row.NextSibling() {
		head := row.Kind() == east.KindTableHeader
		j := 0
		for c := row.FirstChild(); c != nil; c, j = c.NextSibling(), j+1 {
			drawn := l.drawnText(c, src, keepHyphens)
			w := xansi.StringWidth(drawn)
			widest[j] = max(widest[j], w)
			if head {
				header[j] = w
				need[j] = max(need[j], w)
				continue
			}
			body[j] = append(body[j], w)
			need[j] = max(need[j], longestWord(drawn))
		}
	}
	tw := l.tableWidth(t)
	pads := cols - 1 // the column separators
	for j := range cols {
		pads += l.cellPadding(alignment(t, j))
	}
	over := sum(widest) + pads - tw
	switch {
	case over <= l.trailing(alignment(t, cols-1)):
		// All columns as wide as their widest cells; past the edge, at
		// most the blank right of the last column is cut.
		return true
	case over <= cols-1:
		// lipgloss compares the widest cells to the width without the
		// separators: it keeps their widths, and the separators push
		// the last column's text past the edge, where it is cut.
		return false
	case sum(need)+pads > tw:
		return false
	}
	widths := l.allot(t, header, body, tw)
	if len(widths) != cols {
		return false // not the table glamour draws: stacked, to be safe
	}
	for j, w := range widths {
		if w-l.cellPadding(alignment(t, j)) < need[j] {
			return false
		}
	}
	return true
}

// allot returns the widths lipgloss gives the columns of t, cells and
// padding, when glamour draws a table tw columns wide whose header's
// cells and body's cells (by column) are that wide. lipgloss keeps them
// to itself, so allot draws a table it sizes the same way (same cell
// styles, same borders) and reads them off the line under the header.
// lipgloss sizes a column by its header and the least, median and
// greatest widths of its body, so three rows of those stand in for a
// longer body, and the cost stays small.
func (l layout) allot(t *east.Table, header []int, body [][]int, tw int) []int {
	cell := func(w int) string { return strings.Repeat("x", w) }
	head := make([]string, len(header))
	for j, w := range header {
		head[j] = cell(w)
	}
	n := 0
	for _, ws := range body {
		n = max(n, len(ws))
	}
	probe := n
	if n > 3 {
		probe = 3
	}
	rows := make([][]string, probe)
	for i := range rows {
		rows[i] = make([]string, len(body))
		for j, ws := range body {
			switch {
			case n <= 3 && i < len(ws):
				rows[i][j] = cell(ws[i])
			case n > 3:
				rows[i][j] = cell(spread(ws)[i])
			}
		}
	}
	// Height: the widths come before the rows, which need not be drawn.
	tbl := table.New().Width(tw).Height(3).Wrap(true).Border(lipgloss.NormalBorder()).
		BorderTop(false).BorderBottom(false).BorderLeft(false).BorderRight(false).
		Headers(head...).Rows(rows...).
		StyleFunc(func(_, col int) lipgloss.Style {
			st := lipgloss.NewStyle().Margin(0, l.cellMargin/2).Padding(0, l.cellPad)
			switch alignment(t, col) {
			case east.AlignLeft:
				st = st.PaddingRight(0)
			case east.AlignRight:
				st = st.PaddingLeft(0)
			}
			return st
		})
	lines := strings.SplitN(tbl.String(), "\n", 3)
	if len(lines) < 2 {
		return nil
	}
	var widths []int
	for _, rule := range strings.Split(lines[1], lipgloss.NormalBorder().Middle) {
		widths = append(widths, xansi.StringWidth(rule))
	}
	return widths
}

// spread returns the least, median and greatest of ws, the median taken
// as lipgloss takes it (the mean of the middle two of an even count).
func spread(ws []int) [3]int {
	s := slices.Clone(ws)
	slices.Sort(s)
	m := s[len(s)/2]
	if len(s)%2 == 0 {
		m = (s[len(s)/2-1] + s[len(s)/2]) / 2
	}
	return [3]int{s[0], m, s[len(s)-1]}
}

// alignment is the alignment of t's column j.
func alignment(t *east.Table, j int) east.Alignment {
	if j < len(t.Alignments) {
		return t.Alignments[j]
	}
	return east.AlignNone
}

func sum(xs []int) int {
	s := 0
	for _, x := range xs {
		s += x
	}
	return s
}

// drawnText is the text glamour draws for the inline nodes under n, as
// wide as drawn or wider, with the same breaks: code spans with their
// prefix and suffix, links and images with the address glamour prints
// after them.
func (l layout) drawnText(n ast.Node, src []byte, keepHyphens bool) string {
	var b strings.Builder
	_ = ast.Walk(n, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Text:
			b.WriteString(html.UnescapeString(string(n.Segment.Value(src))))
			if n.SoftLineBreak() || n.HardLineBreak() {
				b.WriteByte(' ')
			}
		case *ast.CodeSpan:
			// The prefix and suffix are drawn in the span's colours, and
			// a wrap keeps them with its first and last words (a cell
			// drew " worker_thread" / "s  for"): they count as part of
			// those words.
			b.WriteString(strings.Repeat("_", l.codePrefix))
			code := plainText(n, src)
			if !keepHyphens {
				code = strings.ReplaceAll(code, "-", string(nbHyphen))
			}
			b.WriteString(code)
			b.WriteString(strings.Repeat("_", l.codeSuffix))
			return ast.WalkSkipChildren, nil
		case *ast.Link:
			if len(n.Destination) > 0 && n.Destination[0] != '#' {
				defer func() { b.WriteString(" " + string(n.Destination)) }()
			}
		case *ast.AutoLink:
			b.Write(n.URL(src))
			return ast.WalkSkipChildren, nil
		case *ast.Image:
			b.WriteString(plainText(n, src) + " " + string(n.Destination))
			return ast.WalkSkipChildren, nil
		case *ast.RawHTML:
			for i := range n.Segments.Len() {
				seg := n.Segments.At(i)
				b.Write(seg.Value(src))
			}
		}
		return ast.WalkContinue, nil
	})
	return b.String()
}

// plainText is the text of the Text nodes under n, without markup.
func plainText(n ast.Node, src []byte) string {
	var b strings.Builder
	_ = ast.Walk(n, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if t, ok := n.(*ast.Text); ok && entering {
			b.Write(t.Segment.Value(src))
			if t.SoftLineBreak() || t.HardLineBreak() {
				b.WriteByte(' ')
			}
		}
		return ast.WalkContinue, nil
	})
	return b.String()
}

// longestWord is the width of the widest word of s. A hyphen does not
// make a word breakable here: x/ansi breaks a word too long for its
// column at the column's edge, not after its hyphen ("free-thread" /
// "ed").
func longestWord(s string) int {
	w := 0
	for _, f := range strings.Fields(s) {
		w = max(w, xansi.StringWidth(f))
	}
	return w
}
