package reader

import (
	"strings"
	"unicode"

	"github.com/charmbracelet/x/ansi"
)

// span is a run of cells on one rendered line: [Start, End) columns.
type span struct {
	Line, Start, End int
}

// hit is one occurrence of a phrase in the rendered text. A phrase that
// glamour wrapped over several lines gives one span per line.
type hit []span

// line is the first line the hit touches, or -1 for an empty hit.
func (h hit) line() int {
	if len(h) == 0 {
		return -1
	}
	return h[0].Line
}

// cell is where one byte of the index's text sits on screen. Bytes of
// separators inserted between lines have line -1.
type cell struct {
	line, col, width int
}

// textIndex is the visible text of rendered lines, with escape sequences
// removed, runs of white space folded to one space and line breaks read as
// spaces, so that phrases are found wherever glamour wrapped them. Each byte
// maps back to its line and column, so finds become highlight spans.
type textIndex struct {
	text  string // folded text
	lower string // text in lower case, byte for byte aligned with text
	cells []cell // one per byte of text
}

// newTextIndex indexes lines as they are drawn (with ANSI sequences).
func newTextIndex(lines []string) *textIndex {
	var text, lower strings.Builder
	var cells []cell
	gap := false      // white space seen since the last visible character
	gapCell := cell{} // where that white space began
	for i, l := range lines {
		s := ansi.Strip(l)
		col := 0
		for len(s) > 0 {
			g, w := ansi.FirstGraphemeCluster(s, ansi.GraphemeWidth)
			if g == "" {
				break
			}
			s = s[len(g):]
			if isSpace(g) {
				if !gap {
					gap, gapCell = true, cell{i, col, w}
				}
				col += w
				continue
			}
			if gap && text.Len() > 0 {
				text.WriteByte(' ')
				lower.WriteByte(' ')
				cells = append(cells, gapCell)
			}
			gap = false
			lg := strings.ToLower(g)
			if len(lg) != len(g) {
				lg = g // keep text and lower aligned byte for byte
			}
			text.WriteString(g)
			lower.WriteString(lg)
			for range len(g) {
				cells = append(cells, cell{i, col, w})
			}
			col += w
		}
		// A line break reads as a space that is drawn nowhere.
		gap, gapCell = true, cell{-1, 0, 0}
	}
	return &textIndex{text: text.String(), lower: lower.String(), cells: cells}
}

func isSpace(g string) bool {
	for _, r := range g {
		if !unicode.IsSpace(r) && r != '\u00a0' {
			return false
		}
	}
	return true
}

// fold folds white space the way the index does and trims the ends.
func fold(s string) string {
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || r == '\u00a0'
	}), " ")
}

// find returns the first occurrence of phrase at or after byte offset from,
// and the offset just past it. Matching is exact unless fold is set, in which
// case it ignores case.
func (x *textIndex) find(phrase string, from int, ignoreCase bool) (hit, int, bool) {
	q := fold(phrase)
	if q == "" || from > len(x.text) {
		return nil, from, false
	}
	hay := x.text
	if ignoreCase {
		hay, q = x.lower, strings.ToLower(q)
	}
	i := strings.Index(hay[from:], q)
	if i < 0 {
		return nil, from, false
	}
	start := from + i
	end := start + len(q)
	return x.spans(start, end), end, true
}

// findAll returns every non-overlapping occurrence of phrase, ignoring case.
func (x *textIndex) findAll(phrase string) []hit {
	var out []hit
	from := 0
	for {
		h, next, ok := x.find(phrase, from, true)
		if !ok {
			return out
		}
		out = append(out, h)
		from = next
	}
}

// spans turns the byte range [start, end) of the text into per-line spans.
func (x *textIndex) spans(start, end int) hit {
	var h hit
	for b := start; b < end && b < len(x.cells); b++ {
		c := x.cells[b]
		if c.line < 0 {
			continue
		}
		if n := len(h); n > 0 && h[n-1].Line == c.line {
			h[n-1].End = max(h[n-1].End, c.col+c.width)
			continue
		}
		h = append(h, span{Line: c.line, Start: c.col, End: c.col + c.width})
	}
	return h
}
