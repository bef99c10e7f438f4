package search

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension"
	extast "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"

	"github.com/versus-dev/versus/knowledge"
)

// block is one unit of plain text taken from markdown: a paragraph, a list
// item's text, a heading or a code block.
type block struct {
	text    string // plain text on one line
	heading bool   // the block is a heading
	level   int    // heading level, 1 to 6
	line    int    // 0-based line of the block in the markdown source
}

// extractor turns markdown into plain-text blocks. It holds goldmark
// parsers, which are not shared between goroutines.
type extractor struct {
	// tables recognises GFM tables, so that their rows are left out of the
	// body text: they are indexed row by row from Section.Tables.
	tables parser.Parser
	// plain does not: parsing table cells costs as much again as the rest
	// of a body, so bodies whose tables the loader located are parsed with
	// those lines blanked out instead (see blankTables).
	plain parser.Parser
	buf   []byte
	src   []byte
}

func newExtractor() *extractor {
	return &extractor{
		tables: goldmark.New(goldmark.WithExtensions(east.Table, east.Strikethrough)).Parser(),
		plain:  goldmark.New(goldmark.WithExtensions(east.Strikethrough)).Parser(),
	}
}

// bodyBlocks appends the blocks of a section body to dst, leaving its
// tables out.
func (e *extractor) bodyBlocks(dst []block, s *knowledge.Section) []block {
	if len(s.Tables) == 0 {
		return e.parse(dst, s.Body, e.plain)
	}
	if src, ok := blankTables(e.src[:0], s); ok {
		e.src = src
		return e.parse(dst, string(src), e.plain)
	}
	return e.parse(dst, s.Body, e.tables)
}

// blankTables returns s.Body with the lines of its tables emptied, keeping
// every other line where it was, or false when the tables' lines are not
// known or do not hold tables (a pack built by hand rather than loaded).
func blankTables(dst []byte, s *knowledge.Section) ([]byte, bool) {
	if s.BodyLine <= 0 {
		return dst, false
	}
	lines := strings.SplitAfter(s.Body, "\n")
	blank := make([]bool, len(lines))
	for _, t := range s.Tables {
		first := t.Line - s.BodyLine    // header row, 0-based in Body
		last := first + 2 + len(t.Rows) // header, delimiter, rows
		if first < 0 || first+1 >= len(lines) || last > len(lines) ||
			!strings.Contains(lines[first], "|") || !isDelimiterRow(lines[first+1]) {
			return dst, false
		}
		for i := first; i < last; i++ {
			if strings.TrimSpace(lines[i]) == "" {
				return dst, false // a table has no blank line
			}
			blank[i] = true
		}
	}
	for i, l := range lines {
		if blank[i] {
			if strings.HasSuffix(l, "\n") {
				dst = append(dst, '\n')
			}
			continue
		}
		dst = append(dst, l...)
	}
	return dst, true
}

// isDelimiterRow reports whether line is the delimiter row of a GFM table,
// such as "| --- | :---: |".
func isDelimiterRow(line string) bool {
	line = strings.TrimSpace(line)
	if !strings.Contains(line, "-") {
		return false
	}
	for _, r := range line {
		switch r {
		case '|', '-', ':', ' ', '\t', '>':
		default:
			return false
		}
	}
	return true
}

// blocks parses markdown src (without tables) and appends its blocks to
// dst.
func (e *extractor) blocks(dst []block, src string) []block {
	return e.parse(dst, src, e.tables)
}

func (e *extractor) parse(dst []block, src string, p parser.Parser) []block {
	if strings.TrimSpace(src) == "" {
		return dst
	}
	if isPlainLine(src) {
		// Nothing for a parser to find: a one-line summary or answer of
		// plain words, as most are.
		return append(dst, block{text: oneLineString(src)})
	}
	source := []byte(src)
	doc := p.Parse(text.NewReader(source))
	line, lineAt := 0, 0 // line number of byte offset lineAt
	lineOf := func(n ast.Node) int {
		lines := n.Lines()
		if lines == nil || lines.Len() == 0 {
			return line
		}
		off := lines.At(0).Start
		if off >= lineAt && off <= len(source) {
			line += bytes.Count(source[lineAt:off], []byte{'\n'})
			lineAt = off
		}
		return line
	}
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Heading:
			e.buf = e.inline(e.buf[:0], n, source)
			dst = append(dst, block{text: oneLine(e.buf), heading: true, level: n.Level, line: lineOf(n)})
			return ast.WalkSkipChildren, nil
		case *ast.Paragraph, *ast.TextBlock:
			e.buf = e.inline(e.buf[:0], n, source)
			if t := oneLine(e.buf); t != "" {
				dst = append(dst, block{text: t, line: lineOf(n)})
			}
			return ast.WalkSkipChildren, nil
		case *ast.FencedCodeBlock, *ast.CodeBlock:
			e.buf = e.buf[:0]
			lines := n.Lines()
			for i := 0; i < lines.Len(); i++ {
				seg := lines.At(i)
				e.buf = append(e.buf, seg.Value(source)...)
				e.buf = append(e.buf, ' ')
			}
			if t := oneLine(e.buf); t != "" {
				dst = append(dst, block{text: t, line: lineOf(n)})
			}
			return ast.WalkSkipChildren, nil
		case *extast.Table, *ast.HTMLBlock, *ast.ThematicBreak:
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	return dst
}

// isPlainLine reports whether src is one line of text that markdown reads
// as itself: no character that could open a block or inline construct.
func isPlainLine(src string) bool {
	if strings.ContainsAny(src, "\n\r*_`[]<>&\\~!|#$") {
		return false
	}
	s := strings.TrimLeft(src, " ")
	if len(src)-len(s) >= 4 || s == "" {
		return false // an indented code block, or nothing
	}
	switch s[0] {
	case '-', '+', '=', '\t':
		return false // a list item, a thematic break or setext underline
	}
	if s[0] >= '0' && s[0] <= '9' {
		i := strings.IndexFunc(s, func(r rune) bool { return r < '0' || r > '9' })
		if i > 0 && i < len(s) && (s[i] == '.' || s[i] == ')') {
			return false // an ordered list item
		}
	}
	return true
}

// inline appends the plain text of the inline children of n: emphasis and
// links reduced to their text, escapes and entities resolved, raw HTML
// left out.
func (e *extractor) inline(dst []byte, n ast.Node, source []byte) []byte {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Text:
			v := c.Segment.Value(source)
			if bytes.IndexByte(v, '\\') >= 0 || bytes.IndexByte(v, '&') >= 0 {
				v = util.UnescapePunctuations(v)
				v = util.ResolveNumericReferences(v)
				v = util.ResolveEntityNames(v)
			}
			dst = append(dst, v...)
			if c.SoftLineBreak() || c.HardLineBreak() {
				dst = append(dst, ' ')
			}
		case *ast.String:
			dst = append(dst, c.Value...)
		case *ast.CodeSpan:
			for t := c.FirstChild(); t != nil; t = t.NextSibling() {
				if t, ok := t.(*ast.Text); ok {
					dst = append(dst, t.Segment.Value(source)...)
				}
			}
		case *ast.AutoLink:
			dst = append(dst, c.Label(source)...)
		case *ast.RawHTML:
		default:
			dst = e.inline(dst, c, source)
		}
	}
	return dst
}

// oneLine returns b as a string on one line: valid UTF-8, every run of
// spaces, line breaks and control characters turned into one space, no
// leading or trailing space.
func oneLine(b []byte) string {
	out := make([]byte, 0, len(b))
	space := false
	for i := 0; i < len(b); {
		c := b[i]
		if c < utf8.RuneSelf {
			i++
			if c <= ' ' || c == 0x7f {
				space = len(out) > 0
				continue
			}
			if space {
				out = append(out, ' ')
				space = false
			}
			out = append(out, c)
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			r = unicode.ReplacementChar
		}
		i += n
		if isBlank(r) {
			space = len(out) > 0
			continue
		}
		if space {
			out = append(out, ' ')
			space = false
		}
		out = utf8.AppendRune(out, r)
	}
	return string(out)
}

// isBlank reports whether r is a space, a line break or a control
// character: what oneLine turns into a space.
func isBlank(r rune) bool {
	return unicode.IsSpace(r) || unicode.IsControl(r) || r == '\u2028' || r == '\u2029'
}

// oneLineString is oneLine for a string, without copying when s is
// already clean.
func oneLineString(s string) string {
	prevSpace := true // a leading space is not clean
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c < ' ' || c == 0x7f || c == ' ' && prevSpace {
				return oneLine([]byte(s))
			}
			prevSpace = c == ' '
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 || isBlank(r) {
			return oneLine([]byte(s))
		}
		prevSpace = false
		i += n
	}
	if prevSpace && s != "" {
		return oneLine([]byte(s))
	}
	return s
}
