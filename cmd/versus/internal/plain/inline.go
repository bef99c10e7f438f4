package plain

import (
	"bytes"
	"net/url"
	"strconv"
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/util"

	"github.com/versus-dev/versus/knowledge/sanitize"
)

// inline returns the text of n's inline content: markup dropped, escapes
// and references decoded, every piece sanitized. A hard line break is the
// only newline it holds.
func (r *renderer) inline(n ast.Node) string {
	var b strings.Builder
	r.writeInline(&b, n)
	return b.String()
}

func (r *renderer) writeInline(b *strings.Builder, n ast.Node) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Text:
			v := c.Segment.Value(r.src)
			if !c.IsRaw() && bytes.ContainsAny(v, `\&`) {
				v = util.ResolveEntityNames(util.ResolveNumericReferences(util.UnescapePunctuations(v)))
			}
			b.WriteString(clean(string(v)))
			switch {
			case c.HardLineBreak():
				b.WriteByte('\n')
			case c.SoftLineBreak():
				b.WriteByte(' ')
			}
		case *ast.String:
			b.WriteString(clean(string(c.Value)))
		case *ast.AutoLink:
			b.WriteString(clean(string(c.Label(r.src))))
		case *ast.Link:
			start := b.Len()
			r.writeInline(b, c)
			r.note(b, string(c.Destination), b.String()[start:])
		case *ast.Image:
			// The alt text stands for the image; its address is of no use
			// on paper.
			r.writeInline(b, c)
		case *ast.RawHTML:
			// Inline tags (<br>, <kbd>) are markup, not text.
		case *east.TaskCheckBox:
			if c.IsChecked {
				b.WriteString("[x] ")
			} else {
				b.WriteString("[ ] ")
			}
		default:
			r.writeInline(b, c)
		}
	}
}

// note follows a link's text with the number of its address, unless the
// link points inside the pack (no scheme: another section or a heading),
// or its text already is the address.
func (r *renderer) note(b *strings.Builder, dest, shown string) {
	u, err := url.Parse(dest)
	if err != nil || u.Scheme == "" {
		return
	}
	dest = clean(dest)
	if strings.TrimSpace(shown) == dest {
		return
	}
	if strings.TrimSpace(shown) == "" {
		b.WriteString(dest)
		return
	}
	num, ok := r.notes[dest]
	if !ok {
		r.urls = append(r.urls, dest)
		num = len(r.urls)
		r.notes[dest] = num
	}
	b.WriteString("[" + strconv.Itoa(num) + "]")
}

// clean makes decoded text safe to print: tabs and stray newlines become
// spaces, other controls their caret notation.
func clean(s string) string { return sanitize.Line(s) }

// wrap wraps s at w columns, breaking lines at spaces only: ansi's
// wrappers also break after every hyphen, which splits addresses and
// command-line flags. A word wider than w is broken where the width ends,
// since keeping lines inside the width matters more than keeping such a
// word whole. A newline in s (a hard line break) starts a new line.
func wrap(s string, w int) []string {
	w = max(w, 1)
	var out []string
	for _, para := range strings.Split(s, "\n") {
		line, lw := "", 0
		for _, word := range strings.FieldsFunc(para, func(r rune) bool { return r == ' ' }) {
			ww := ansi.StringWidth(word)
			switch {
			case ww > w:
				if line != "" {
					out = append(out, line)
				}
				pieces := strings.Split(ansi.Hardwrap(word, w, false), "\n")
				out = append(out, pieces[:len(pieces)-1]...)
				line = pieces[len(pieces)-1]
				lw = ansi.StringWidth(line)
			case line == "":
				line, lw = word, ww
			case lw+1+ww <= w:
				line += " " + word
				lw += 1 + ww
			default:
				out = append(out, line)
				line, lw = word, ww
			}
		}
		out = append(out, line)
	}
	for len(out) > 0 && out[0] == "" {
		out = out[1:]
	}
	for len(out) > 0 && out[len(out)-1] == "" {
		out = out[:len(out)-1]
	}
	return out
}
