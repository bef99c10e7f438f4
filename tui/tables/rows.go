package tables

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/versus-dev/versus/knowledge"
)

// row is one comparison-table row and where it came from.
type row struct {
	cells   []string // as shown: [aspect,] criterion, one cell per subject
	section string   // id of the section holding the table
	anchor  string   // anchor of the heading above the table; may be empty
	text    string   // the cells' words, lower case, each preceded by a space
}

// aspectLabel names a section in the matrix's first column.
func aspectLabel(s *knowledge.Section) string {
	if s.Number > 0 {
		return strconv.Itoa(s.Number) + " " + s.Title
	}
	return s.Title
}

// headingAbove returns the anchor of the last heading before line, so that
// opening a row scrolls the reader to its table.
func headingAbove(s *knowledge.Section, line int) string {
	anchor := ""
	for _, h := range s.Headings {
		if h.Line >= line {
			break
		}
		anchor = h.Anchor
	}
	return anchor
}

// fitCells pads or cuts cells to n, since bubbles' table indexes its
// columns by cell position.
func fitCells(cells []string, n int) []string {
	out := make([]string, n)
	copy(out, cells)
	return out
}

// matrixRows lists every comparison row of the numbered aspects, in pack
// order, each after the name of its aspect. Overview and conclusion
// tables restate the aspects' rows: in "All aspects" they would count
// every criterion twice.
func matrixRows(p *knowledge.Pack) []row {
	var out []row
	for _, s := range p.Sections {
		if s.Number > 0 {
			out = sectionRows(out, p, s, true)
		}
	}
	return out
}

// sectionRows appends the comparison rows of one section to dst, after
// the section's name when labelled.
func sectionRows(dst []row, p *knowledge.Pack, s *knowledge.Section, labelled bool) []row {
	width := len(p.Subjects) + 1
	label := aspectLabel(s)
	for _, t := range s.ComparisonTables() {
		anchor := headingAbove(s, t.Line)
		for _, r := range t.Rows {
			var cells []string
			if labelled {
				cells = make([]string, width+1)
				cells[0] = label
				copy(cells[1:], r[:min(len(r), width)])
			} else {
				cells = fitCells(r, width)
			}
			dst = append(dst, row{cells: cells, section: s.ID, anchor: anchor, text: words(cells)})
		}
	}
	return dst
}

// aspectHeader is the header of the section's first comparison table: its
// first cell is the author's word for the criterion column.
func aspectHeader(p *knowledge.Pack, s *knowledge.Section) []string {
	width := len(p.Subjects) + 1
	if s != nil {
		if ts := s.ComparisonTables(); len(ts) > 0 {
			return fitCells(ts[0].Header, width)
		}
	}
	return append([]string{"Criterion"}, p.Subjects...)
}

// matrixHeader is the header of the matrix.
func matrixHeader(p *knowledge.Pack) []string {
	return append([]string{"Aspect", "Criterion"}, p.Subjects...)
}

// words reduces cells to their words in lower case, each preceded by a
// space, so that a word-prefix test is a substring search for " "+term.
func words(cells []string) string {
	n := 1
	for _, c := range cells {
		n += len(c) + 1
	}
	var b strings.Builder
	b.Grow(n)
	for _, c := range cells {
		b.WriteByte(' ')
		normalizeInto(&b, c)
	}
	b.WriteByte(' ')
	return b.String()
}

// normalize lower-cases s and turns every run of characters other than
// letters and digits into a single space, trimmed at both ends.
func normalize(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	normalizeInto(&b, s)
	return b.String()
}

// normalizeInto writes normalize(s) to b.
func normalizeInto(b *strings.Builder, s string) {
	space := true // at a word boundary: no space to write yet
	pending := false
	word := func() {
		if pending {
			b.WriteByte(' ')
		}
		pending, space = false, false
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case 'A' <= c && c <= 'Z':
				word()
				b.WriteByte(c + 'a' - 'A')
			case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
				word()
				b.WriteByte(c)
			case !space:
				pending, space = true, true
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			word()
			b.WriteRune(unicode.ToLower(r))
		} else if !space {
			pending, space = true, true
		}
	}
}

// terms splits a filter query into the word prefixes a row must contain.
func terms(query string) []string {
	fields := strings.Fields(normalize(query))
	for i, f := range fields {
		fields[i] = " " + f
	}
	return fields
}

// narrowRows returns the indexes of the rows holding, for every term of
// ts, a word starting with it, or nil when there is no term. Word
// prefixes rather than fuzzy matching: in a table, "gil" should find the
// GIL row and not every cell holding g, i and l. Indexes rather than rows
// keep a key press on a pack of 40,000 rows from allocating megabytes.
// When from is not nil, only the rows at those indexes are tried: the
// result of a query that ts narrows (see narrows), so that each key typed
// into a growing query scans what the last one kept rather than every
// row.
func narrowRows(rows []row, ts []string, from []int32) []int32 {
	if len(ts) == 0 {
		return nil
	}
	out := []int32{} // not nil: nil means "no filter"
	match := func(r row) bool {
		for _, t := range ts {
			if !strings.Contains(r.text, t) {
				return false
			}
		}
		return true
	}
	if from != nil {
		for _, i := range from {
			if match(rows[i]) {
				out = append(out, i)
			}
		}
		return out
	}
	for i, r := range rows {
		if match(r) {
			out = append(out, int32(i))
		}
	}
	return out
}

// narrows reports whether every row matching terms next also matches
// terms prev: next repeats prev's terms, each possibly longer, and may add
// more. A row holding a word that starts with "cache" holds one that
// starts with "cach".
func narrows(prev, next []string) bool {
	if len(prev) == 0 || len(next) < len(prev) {
		return false
	}
	for i, p := range prev {
		if !strings.HasPrefix(next[i], p) {
			return false
		}
	}
	return true
}
