package knowledge

import (
	"bytes"
	"strings"
	"sync/atomic"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"

	"github.com/versus-dev/versus/knowledge/sanitize"
)

// parsedBody is what a section body holds, before links are resolved.
type parsedBody struct {
	headings []Heading
	tables   []parsedTable
	links    []rawLink
	faq      []FAQEntry    // filled for faq sections only
	top      []headingMark // top-level headings; not kept in the cache
	shape    []shapeProblem
	anchors  map[string]bool // every heading anchor, for links into this file
	refs     refDefs         // the link reference definitions; not kept in the cache
}

// parsedTable is a table and the lines of its rows with more cells than
// its header (goldmark drops the extra cells).
type parsedTable struct {
	Table
	longRows []int
}

// rawLink is a link as written, resolved later against the whole pack.
type rawLink struct {
	text, dest string
	line       int
	external   bool // an autolink (<https://...>, bare URL, e-mail address)
	span       span // where the link is written in the body; zero when unknown
}

// bodyParser walks the goldmark tree of one section body.
type bodyParser struct {
	src     []byte
	lines   lineIndex
	out     parsedBody
	anchors uniqueNames    // anchors given so far
	buf     bytes.Buffer   // reused by text
	ctx     parser.Context // the parse's link reference definitions
	dests   int            // bytes of link destinations so far
}

// parseBody parses a sanitized markdown body that starts on file line
// bodyLine. A faqLevel above 0 asks for FAQ entries: each top-level
// heading of that level is a question, and its answer is lent, out of
// lent, the file's definitions it uses. Setting stop makes it panic with
// errParseCanceled at its next check.
func parseBody(mp parser.Parser, body []byte, bodyLine int, faqLevel int, lent *lendBudget, stop *atomic.Bool) parsedBody {
	p := &bodyParser{src: body, lines: newLineIndex(body, bodyLine), anchors: newUniqueNames(1)}
	p.ctx = newCancelContext(stop)
	doc := mp.Parse(text.NewReader(body), parser.WithContext(p.ctx))
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		checkStop(stop)
		switch n := n.(type) {
		case *ast.Heading:
			p.heading(n)
		case *east.Table:
			p.table(n)
		case *ast.Image:
			// An image's alt text renders as plain text: links inside it
			// are not links, and are neither listed nor checked.
			return ast.WalkSkipChildren, nil
		case *ast.Link:
			if p.overLinkBytes(n) {
				return ast.WalkContinue, nil
			}
			dest := string(n.Destination)
			p.out.links = append(p.out.links, rawLink{text: p.text(n), dest: dest, line: p.lineOf(n), span: p.linkSpan(n, dest)})
		case *ast.AutoLink:
			dest := string(n.URL(p.src))
			p.out.links = append(p.out.links, rawLink{text: sanitize.Line(string(n.Label(p.src))), dest: sanitize.Line(dest), line: p.lineOf(n), external: true})
		}
		return ast.WalkContinue, nil
	})
	p.checkShape(doc)
	p.out.top = p.topHeadings(doc)
	p.out.anchors = p.anchors.taken
	p.out.refs = newRefDefs(p.ctx)
	if faqLevel > 0 {
		p.faq(faqLevel, lent)
	}
	return p.out
}

func (p *bodyParser) heading(n *ast.Heading) {
	t := p.headingText(n)
	p.out.headings = append(p.out.headings, Heading{
		Level:  n.Level,
		Text:   t,
		Anchor: p.uniqueAnchor(Anchor(t)),
		Line:   p.lineOf(n),
	})
}

// uniqueAnchor de-duplicates anchors the way forges do: the second "Usage"
// heading is "usage-1", the third "usage-2".
func (p *bodyParser) uniqueAnchor(base string) string { return p.anchors.give(base) }

func (p *bodyParser) table(n *east.Table) {
	t := parsedTable{}
	t.Line = p.lineOf(n)
	row := 0
	for r := n.FirstChild(); r != nil; r = r.NextSibling() {
		var cells []string
		for c := r.FirstChild(); c != nil; c = c.NextSibling() {
			cells = append(cells, p.text(c))
		}
		if _, isHeader := r.(*east.TableHeader); isHeader {
			t.Header = cells
			continue
		}
		t.Rows = append(t.Rows, cells)
		row++
		if p.rowTooLong(r, len(n.Alignments)) {
			line := t.Line + 1 + row // rows follow the header and delimiter lines
			if l := p.firstPos(r); l > 0 {
				line = l
			}
			t.longRows = append(t.longRows, line)
		}
	}
	p.out.tables = append(p.out.tables, t)
}

// rowTooLong reports whether a table row had more cells than the header.
// goldmark stops reading a row once it has a cell per column and drops the
// rest, so look past the last cell it kept: anything beyond that cell's
// closing pipe (and the row's optional trailing pipe) is an extra cell.
func (p *bodyParser) rowTooLong(r ast.Node, columns int) bool {
	if r.ChildCount() != columns || columns == 0 {
		return false
	}
	last := r.LastChild()
	if last.Lines().Len() == 0 {
		return false // goldmark padded a short row
	}
	stop := last.Lines().At(0).Stop
	end := bytes.IndexByte(p.src[stop:], '\n')
	if end < 0 {
		end = len(p.src) - stop
	}
	rest := bytes.TrimSpace(p.src[stop : stop+end])
	if len(rest) == 0 || rest[0] != '|' {
		return false
	}
	return len(rest) > 1
}

// headingMark is a top-level heading of a body: not inside a quote or a
// list, so that it can divide the body.
type headingMark struct {
	level     int
	line, end int // first and last line of the heading
}

// topHeadings lists the top-level headings of a body.
func (p *bodyParser) topHeadings(doc ast.Node) []headingMark {
	var marks []headingMark
	for n := doc.FirstChild(); n != nil; n = n.NextSibling() {
		h, ok := n.(*ast.Heading)
		if !ok {
			continue
		}
		line := p.lineOf(h)
		end := line
		if _, atx := h.AttributeString(offsetAttr); !atx && h.Lines().Len() > 0 {
			// A setext heading: its text lines, then the underline.
			end = p.lines.line(h.Lines().At(h.Lines().Len()-1).Start) + 1
		}
		marks = append(marks, headingMark{h.Level, line, end})
	}
	return marks
}

// faq turns each top-level heading of the given level into a question
// whose answer is the markdown up to the next heading of that level or
// above.
func (p *bodyParser) faq(level int, lent *lendBudget) {
	var marks []headingMark
	for _, m := range p.out.top {
		if m.level <= level {
			marks = append(marks, m)
		}
	}
	// An answer is cut from the file: it borrows the file's definitions.
	refs := p.out.refs
	// Headings were numbered in document order by the walk; find each
	// question's heading record by its line.
	byLine := map[int]Heading{}
	for _, h := range p.out.headings {
		if _, dup := byLine[h.Line]; !dup {
			byLine[h.Line] = h
		}
	}
	for i, m := range marks {
		if m.level != level {
			continue
		}
		from := p.lines.start(m.end+1, len(p.src))
		to := len(p.src)
		if i+1 < len(marks) {
			to = p.lines.start(marks[i+1].line, len(p.src))
		}
		if to < from {
			to = from
		}
		h := byLine[m.line]
		p.out.faq = append(p.out.faq, FAQEntry{
			Question: h.Text,
			Answer:   strings.TrimSpace(string(refs.lend(p.src[from:to], lent))),
			Anchor:   h.Anchor,
			Line:     m.line,
		})
	}
}

// text returns the plain text of a node's inline content, sanitized for
// one line: markup dropped, escapes and entities resolved.
func (p *bodyParser) text(n ast.Node) string {
	p.buf.Reset()
	p.writeText(&p.buf, n, true)
	return strings.TrimSpace(sanitize.Line(p.buf.String()))
}

// headingText is the text of heading n without its images: a README's
// top heading often carries its badges ("# bluemonday [![GoDoc](…)](…)"),
// whose alt texts are labels, not part of the title or its anchor. A
// heading of images alone keeps their alt text.
func (p *bodyParser) headingText(n ast.Node) string {
	p.buf.Reset()
	if !p.writeText(&p.buf, n, false) {
		return strings.TrimSpace(sanitize.Line(p.buf.String()))
	}
	if t := strings.Join(strings.Fields(sanitize.Line(p.buf.String())), " "); t != "" {
		return t // the blanks around a badge collapsed
	}
	return p.text(n)
}

// writeText writes the plain text of n's children to b; images add their
// alt text when withImages is set, and nothing otherwise. It reports
// whether it left out an image's alt text.
func (p *bodyParser) writeText(b *bytes.Buffer, n ast.Node, withImages bool) (skipped bool) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Image:
			if !withImages {
				skipped = skipped || c.ChildCount() > 0
				continue
			}
			p.writeText(b, c, withImages)
		case *ast.Text:
			v := c.Segment.Value(p.src)
			if !c.IsRaw() && bytes.ContainsAny(v, `\&`) {
				v = util.ResolveEntityNames(util.ResolveNumericReferences(util.UnescapePunctuations(v)))
			}
			b.Write(v)
			if c.SoftLineBreak() || c.HardLineBreak() {
				b.WriteByte(' ')
			}
		case *ast.String:
			b.Write(c.Value)
		case *ast.AutoLink:
			b.Write(c.Label(p.src))
		case *ast.RawHTML:
			// Inline tags (<br>, <kbd>) are markup, not text.
		default:
			skipped = p.writeText(b, c, withImages) || skipped
		}
	}
	return skipped
}

// lineOf returns the file line on which node n starts: from its own
// position when goldmark kept one, else from its first descendant that has
// one, else from its nearest ancestor that has one.
func (p *bodyParser) lineOf(n ast.Node) int {
	if l := p.firstPos(n); l > 0 {
		return l
	}
	for a := n.Parent(); a != nil; a = a.Parent() {
		if l := p.ownPos(a); l > 0 {
			return l
		}
	}
	return p.lines.first
}

// firstPos returns the line of n or of its first descendant with a
// position, or 0.
func (p *bodyParser) firstPos(n ast.Node) int {
	if l := p.ownPos(n); l > 0 {
		return l
	}
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		if l := p.firstPos(c); l > 0 {
			return l
		}
	}
	return 0
}

// ownPos returns the line goldmark recorded for n itself, or 0.
func (p *bodyParser) ownPos(n ast.Node) int {
	if v, ok := n.AttributeString(offsetAttr); ok {
		if off, ok := v.(int); ok {
			return p.lines.line(off)
		}
	}
	switch n := n.(type) {
	case *ast.Text:
		return p.lines.line(n.Segment.Start)
	case *ast.Document:
		return 0
	}
	if n.Type() == ast.TypeBlock && n.Lines().Len() > 0 {
		return p.lines.line(n.Lines().At(0).Start)
	}
	return 0
}
