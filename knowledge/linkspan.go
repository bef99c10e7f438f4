package knowledge

import (
	"bytes"

	"github.com/yuin/goldmark/ast"
)

// span is a byte range [start, end) of a section body.
type span struct{ start, end int }

// markup is what may stand between a link's brackets and its text:
// emphasis, strikethrough and code span delimiters.
const markup = "*_~`"

// linkSpan finds where an inline link "[text](dest)" is written in the
// body, so that a broken one can be shown as text. goldmark keeps no
// position for links, so the span is worked out from the positions of the
// link's text and checked against the source: a link it cannot place (a
// reference link, empty text, an image as text) gets the zero span and is
// shown as written.
func (p *bodyParser) linkSpan(n *ast.Link, dest string) span {
	first, last := -1, -1
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if t, ok := c.(*ast.Text); ok && entering {
			if first < 0 {
				first = t.Segment.Start
			}
			last = t.Segment.Stop
		}
		return ast.WalkContinue, nil
	})
	if first < 0 || last < first || last > len(p.src) {
		return span{}
	}
	open := bytes.LastIndexByte(p.src[:first], '[')
	if open < 0 || len(bytes.Trim(p.src[open+1:first], markup)) > 0 {
		return span{}
	}
	rest := bytes.TrimLeft(p.src[last:], markup)
	if !bytes.HasPrefix(rest, []byte("](")) {
		return span{}
	}
	at := len(p.src) - len(rest) + 2
	tail := bytes.TrimLeft(p.src[at:], " \t\n<")
	if !bytes.HasPrefix(tail, []byte(dest)) {
		return span{}
	}
	at = len(p.src) - len(tail) + len(dest)
	end := bytes.IndexByte(p.src[at:], ')')
	if end < 0 {
		return span{}
	}
	return span{open, at + end + 1}
}
