package reader

import (
	"sort"
	"strings"

	"github.com/versus-dev/versus/knowledge"
	"github.com/versus-dev/versus/tui/internal/render"
	"github.com/versus-dev/versus/tui/internal/textfind"
)

// What the top of the view is in the section's file: the heading it falls
// under (for a bookmark, for the editor's line) and the code block nearest
// to it (for Y). A render is a wrapped, restyled copy of the markdown, so
// render lines map to file lines only through what both have: the
// headings, found in the render when it was made, and the code blocks,
// whose lines glamour draws one for one.

// landing is the heading the reader last scrolled to on purpose (a link,
// a bookmark, a table row), and the offset it left the view at. A heading
// near the end of a section cannot reach the top of the view; as long as
// the view has not moved, that heading is still the one the reader is at.
type landing struct {
	anchor string
	key    render.Key
	offset int
}

// HeadingAtTop returns the heading the first line in view falls under:
// the last one drawn at or above it (or on the line below it: glamour
// draws a blank line above a heading, and a view that starts on it reads
// as starting at the heading), or the heading the reader was just taken
// to while the view has not moved since. It reports false above the
// first heading (the title and summary), and before a render.
func (m Model) HeadingAtTop() (knowledge.Heading, bool) {
	if m.sec == nil || m.doc == nil {
		return knowledge.Heading{}, false
	}
	top := m.vp.YOffset()
	if l := m.landed; l.anchor != "" && l.key == m.doc.key && l.offset == top {
		if h, ok := headingOf(m.sec, l.anchor); ok {
			return h, true
		}
	}
	var best knowledge.Heading
	found, bestLine := false, -1
	for i, h := range m.sec.Headings {
		if i == 0 && hasTitle(m.sec) {
			continue // the title: the section itself
		}
		if line, ok := m.doc.anchors[h.Anchor]; ok && line <= top+1 && line >= bestLine {
			best, bestLine, found = h, line, true
		}
	}
	return best, found
}

// headingOf returns sec's heading with the given anchor.
func headingOf(sec *knowledge.Section, anchor string) (knowledge.Heading, bool) {
	for _, h := range sec.Headings {
		if h.Anchor == anchor {
			return h, true
		}
	}
	return knowledge.Heading{}, false
}

// CodeBlockAtTop returns the code block a reader at the top of the view
// means (see knowledge.Section.CodeBlockAt): the one in view at the top,
// or the next one down, else the last one above. It reports false when
// the section has none.
func (m Model) CodeBlockAtTop() (knowledge.CodeBlock, bool) {
	if m.sec == nil {
		return knowledge.CodeBlock{}, false
	}
	line := m.sec.BodyLine
	if m.doc != nil {
		line = m.sourceLine(m.vp.YOffset())
	}
	return m.sec.CodeBlockAt(line)
}

// mark pairs a render line with the file line it draws.
type mark struct{ render, source int }

// sourceLine is the file line drawn on render line top, as near as the
// marks tell: the last mark at or above it, plus the lines since, but
// never past the next mark's file line.
func (m Model) sourceLine(top int) int {
	marks := m.marks()
	i := sort.Search(len(marks), func(i int) bool { return marks[i].render > top }) - 1
	if i < 0 {
		return m.sec.BodyLine
	}
	line := marks[i].source + top - marks[i].render
	if i+1 < len(marks) {
		line = min(line, marks[i+1].source)
	}
	return line
}

// marks are the render lines whose file lines are known, in order: the
// top, each heading, and the first and last code line of each block.
func (m Model) marks() []mark {
	out := []mark{{0, m.sec.BodyLine}}
	for _, h := range m.sec.Headings {
		if line, ok := m.doc.anchors[h.Anchor]; ok {
			out = append(out, mark{line, h.Line})
		}
	}
	from := 0
	for _, b := range m.sec.CodeBlocks() {
		found, next, ok := m.findCode(b.Code, from)
		if !ok {
			continue
		}
		from = next
		// A fenced block starts at its fence, which glamour does not draw.
		first := b.End - strings.Count(strings.TrimSuffix(b.Code, "\n"), "\n")
		out = append(out, mark{found[0].Line, first}, mark{found[len(found)-1].Line, b.End})
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].render != out[j].render {
			return out[i].render < out[j].render
		}
		return out[i].source < out[j].source
	})
	return out
}

// findCode finds a code block in the render, from byte from of its text:
// the whole code, or its first line should glamour have cut a long line.
func (m Model) findCode(code string, from int) (textfind.Hit, int, bool) {
	if h, next, ok := m.doc.index.Find(code, from, false); ok && len(h) > 0 {
		return h, next, true
	}
	first, _, _ := strings.Cut(strings.TrimLeft(code, "\n"), "\n")
	if h, next, ok := m.doc.index.Find(first, from, false); ok && len(h) > 0 {
		return h, next, true
	}
	return nil, from, false
}
