package knowledge

import (
	"bytes"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/util"
)

// span is a byte range [start, end) of a section body.
type span struct{ start, end int }

// markup is what may stand between a link's brackets and its text:
// emphasis, strikethrough and code span delimiters.
const markup = "*_~`"

// linkSpan finds where a link is written in the body, so that a broken
// one can be shown as text: an inline link "[text](dest)" or a reference
// link "[text][label]", "[text][]" or "[text]". goldmark keeps no
// position for links, so the span is worked out from the positions of
// the link's text and checked against the source: a link it cannot place
// (empty text, an image as text, a label with brackets or escapes) gets
// the zero span and is shown as written.
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
		return p.refSpan(n, open, len(p.src)-len(rest))
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

// refSpan places a reference link whose text runs from the '[' at open to
// the ']' at close: "[text][label]", "[text][]" or "[text]". The label
// must name a definition that leads where the link does, so that a
// bracket that merely follows a link is never taken for its label.
func (p *bodyParser) refSpan(n *ast.Link, open, close int) span {
	if close >= len(p.src) || p.src[close] != ']' || p.ctx == nil {
		return span{}
	}
	label, end := p.src[open+1:close], close+1
	if bytes.HasPrefix(p.src[end:], []byte("[")) {
		j := bytes.IndexByte(p.src[end+1:], ']')
		if j < 0 {
			return span{}
		}
		if j > 0 {
			label = p.src[end+1 : end+1+j]
		}
		end += j + 2
	}
	if bytes.ContainsAny(label, `[]\`) {
		return span{}
	}
	ref, ok := p.ctx.Reference(util.ToLinkReference(label))
	if !ok || !bytes.Equal(ref.Destination(), n.Destination) {
		return span{}
	}
	return span{open, end}
}
