package knowledge

import (
	"bytes"
	"fmt"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
)

// shapeProblem is a body construct over a rendering limit, found while
// parsing, before the file name is known.
type shapeProblem struct {
	line int
	msg  string
}

// checkShape records the constructs of a body that glamour cannot render
// in bounded time or width: lists and block quotes nested deeper than
// MaxNesting (each level costs glamour indentation and time that grow
// faster than the depth), and tables over MaxTableColumns or
// MaxTableRows. A construct too deep is reported once, at its line, and
// not looked into further.
func (p *bodyParser) checkShape(doc ast.Node) {
	var walk func(n ast.Node, depth int)
	walk = func(n ast.Node, depth int) {
		switch n := n.(type) {
		case *ast.List, *ast.Blockquote:
			depth++
			if depth > MaxNesting {
				p.out.shape = append(p.out.shape, shapeProblem{p.lineOf(n),
					fmt.Sprintf("lists and quotes nested more than %d deep: versus cannot show them; flatten this", MaxNesting)})
				return
			}
		case *east.Table:
			if c := len(n.Alignments); c > MaxTableColumns {
				p.out.shape = append(p.out.shape, shapeProblem{p.lineOf(n),
					fmt.Sprintf("table has %d columns, more than the %d versus can show", c, MaxTableColumns)})
			}
			if r := n.ChildCount() - 1; r > MaxTableRows {
				p.out.shape = append(p.out.shape, shapeProblem{p.lineOf(n),
					fmt.Sprintf("table has %d rows, more than the %d versus can show; split it", r, MaxTableRows)})
			}
			return
		}
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			walk(c, depth)
		}
	}
	walk(doc, 0)
}

// overLinkBytes counts the destination of link n, and reports whether
// the body's links lead to more than MaxLinkBytes in all, once at the
// link that passes it; the links after it are not read.
func (p *bodyParser) overLinkBytes(n *ast.Link) bool {
	if p.dests > MaxLinkBytes {
		return true
	}
	p.dests += len(n.Destination)
	if p.dests <= MaxLinkBytes {
		return false
	}
	p.out.shape = append(p.out.shape, shapeProblem{p.lineOf(n),
		fmt.Sprintf("links lead to more than %d MiB of destinations in all: versus cannot show them (a long link definition used many times?)", MaxLinkBytes>>20)})
	return true
}

// shapeProblems turns the shape problems of a section file into Problems.
func shapeProblems(file string, b parsedBody) []Problem {
	var ps []Problem
	for _, s := range b.shape {
		ps = append(ps, problemf(file, s.line, "%s", s.msg))
	}
	return ps
}

// tooManyLinkOpenings reports whether body holds more than
// MaxLinkOpenings "](" pairs, and the 1-based line of the first one over
// the limit. It looks at bytes, before any parse, because the parse is
// what costs: goldmark matches link openings against their closers in
// time that grows with the square of their number (20,000 "[a](" take
// over 4 s to render), and a body never needs thousands of links.
func tooManyLinkOpenings(body []byte) (line int, over bool) {
	if bytes.Count(body, []byte("](")) <= MaxLinkOpenings {
		return 0, false
	}
	at, n := 0, 0
	for n <= MaxLinkOpenings {
		i := bytes.Index(body[at:], []byte("]("))
		at += i + 2
		n++
	}
	return bytes.Count(body[:at], []byte("\n")) + 1, true
}
