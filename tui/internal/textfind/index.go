// Package textfind finds phrases in rendered text and draws them: the one
// find of the reader, the FAQ and the compare view. An Index reads lines
// as they are drawn (with escape sequences, wrapped by glamour) and maps
// each match back to cells; Paint draws marks into the lines; Box is the
// query being typed, with the last one to recall; the scroll helpers keep
// a match in view.
package textfind

import (
	"strings"
	"unicode"

	"github.com/charmbracelet/x/ansi"
)

// Span is a run of cells on one rendered line: [Start, End) columns.
type Span struct {
	Line, Start, End int
}

// Hit is one occurrence of a phrase in the rendered text. A phrase that
// glamour wrapped over several lines gives one span per line.
type Hit []Span

// Line is the first line the hit touches, or -1 for an empty hit.
func (h Hit) Line() int {
	if len(h) == 0 {
		return -1
	}
	return h[0].Line
}

// cell is where one byte of the index's text sits on screen. Bytes of
// separators inserted between lines have line -1. There is one per byte:
// int32 fields keep a long section's cells at half the memory.
type cell struct {
	line, col, width int32
}

// Index is the visible text of rendered lines, with escape sequences
// removed, runs of white space folded to one space and line breaks read as
// spaces, so that phrases are found wherever glamour wrapped them. Each byte
// maps back to its line and column, so finds become highlight spans.
type Index struct {
	text  string // folded text
	lower string // text in lower case, byte for byte aligned with text
	cells []cell // one per byte of text
}

// NewIndex indexes lines as they are drawn (with ANSI sequences).
func NewIndex(lines []string) *Index {
	// The text is at most the visible bytes and a separator per line:
	// sized once, nothing is copied as it grows.
	plain := make([]string, len(lines))
	size := 0
	for i, l := range lines {
		plain[i] = ansi.Strip(l)
		size += len(plain[i]) + 1
	}
	var text, lower strings.Builder
	text.Grow(size)
	lower.Grow(size)
	cells := make([]cell, 0, size)
	gap := false      // white space seen since the last visible character
	gapCell := cell{} // where that white space began
	for i, s := range plain {
		col := int32(0)
		for len(s) > 0 {
			g, gw := ansi.FirstGraphemeCluster(s, ansi.GraphemeWidth)
			w := int32(gw)
			if g == "" {
				break
			}
			s = s[len(g):]
			if isSpace(g) {
				if !gap {
					gap, gapCell = true, cell{int32(i), col, w}
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
				cells = append(cells, cell{int32(i), col, w})
			}
			col += w
		}
		// A line break reads as a space that is drawn nowhere.
		gap, gapCell = true, cell{-1, 0, 0}
	}
	return &Index{text: text.String(), lower: lower.String(), cells: cells}
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

// Find returns the first occurrence of phrase at or after byte offset from,
// and the offset just past it. Matching is exact unless ignoreCase is set, in which
// case it ignores case.
func (x *Index) Find(phrase string, from int, ignoreCase bool) (Hit, int, bool) {
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

// FindAll returns every non-overlapping occurrence of phrase, ignoring case.
func (x *Index) FindAll(phrase string) []Hit {
	var out []Hit
	from := 0
	for {
		h, next, ok := x.Find(phrase, from, true)
		if !ok {
			return out
		}
		out = append(out, h)
		from = next
	}
}

// spans turns the byte range [start, end) of the text into per-line spans.
func (x *Index) spans(start, end int) Hit {
	var h Hit
	for b := start; b < end && b < len(x.cells); b++ {
		c := x.cells[b]
		if c.line < 0 {
			continue
		}
		line, start, end := int(c.line), int(c.col), int(c.col+c.width)
		if n := len(h); n > 0 && h[n-1].Line == line {
			h[n-1].End = max(h[n-1].End, end)
			continue
		}
		h = append(h, Span{Line: line, Start: start, End: end})
	}
	return h
}
