package plain

import (
	"strconv"
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"

	"github.com/versus-dev/versus/markdown"
)

// MinWidth is the narrowest width Render wraps at; narrower requests are
// served at MinWidth, since a wide character or a list marker needs room.
const MinWidth = 8

// Indentation added by nested blocks.
const (
	quotePrefix = "| "
	codeIndent  = "    "
)

// minInner is the narrowest text a nested block keeps beside its marker
// or prefix; deeper nesting stops indenting rather than leave less.
const minInner = 8

// Render returns md as plain text wrapped at width columns, without a
// trailing newline.
func Render(md string, width int) string {
	return strings.Join(Parts(md, width), "\n\n")
}

// Parts returns what Render returns, cut before each heading of level 1
// or 2 and before the list of links, so that two documents printed side
// by side can line up their parts. No part starts or ends with a blank
// line.
func Parts(md string, width int) []string {
	width = max(width, MinWidth)
	src := []byte(md)
	doc := goldmark.New(goldmark.WithExtensions(extension.GFM)).Parser().Parse(text.NewReader(src))
	r := &renderer{src: src, notes: map[string]int{}}
	var parts []string
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			parts = append(parts, strings.Join(cur, "\n"))
		}
		cur = nil
	}
	for n := doc.FirstChild(); n != nil; n = n.NextSibling() {
		if h, ok := n.(*ast.Heading); ok && h.Level <= 2 {
			flush()
		}
		lines := r.block(n, width)
		if len(lines) == 0 {
			continue
		}
		if len(cur) > 0 {
			cur = append(cur, "")
		}
		cur = append(cur, lines...)
	}
	flush()
	if len(r.urls) > 0 {
		parts = append(parts, strings.Join(r.linkList(), "\n"))
	}
	return parts
}

// renderer holds what one render collects across blocks: the addresses
// of links, numbered in order of first use.
type renderer struct {
	src   []byte
	urls  []string
	notes map[string]int // address → its number
}

// block renders one block node at width w as lines without trailing
// blanks. It returns nothing for blocks that show nothing.
func (r *renderer) block(n ast.Node, w int) []string {
	switch n := n.(type) {
	case *ast.Paragraph, *ast.TextBlock:
		return wrap(r.inline(n), w)
	case *ast.Heading:
		return r.heading(n, w)
	case *ast.ThematicBreak:
		return []string{center("*  *  *", w)}
	case *ast.CodeBlock, *ast.FencedCodeBlock:
		return r.code(n, w)
	case *ast.Blockquote:
		return prefixed(quotePrefix, quotePrefix, w, func(inner int) []string { return r.blocks(n, inner, true) })
	case *ast.List:
		return r.list(n, w)
	case *east.Table:
		return r.table(n, w)
	case *ast.HTMLBlock:
		return nil // markup, not text; glamour drops it too
	default:
		// Blocks of extensions not enabled here: keep their text.
		return r.blocks(n, w, true)
	}
}

// blocks renders the children of n, with a blank line between them when
// loose is set.
func (r *renderer) blocks(n ast.Node, w int, loose bool) []string {
	var out []string
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		lines := r.block(c, w)
		if len(lines) == 0 {
			continue
		}
		if loose && len(out) > 0 {
			out = append(out, "")
		}
		out = append(out, lines...)
	}
	return out
}

func (r *renderer) heading(n *ast.Heading, w int) []string {
	lines := wrap(r.inline(n), w)
	if len(lines) == 0 {
		return nil
	}
	rule := ""
	switch n.Level {
	case 1:
		rule = "="
	case 2:
		rule = "-"
	default:
		return lines
	}
	widest := 0
	for _, l := range lines {
		widest = max(widest, ansi.StringWidth(l))
	}
	return append(lines, strings.Repeat(rule, widest))
}

// code returns a code block's lines verbatim, indented, tabs expanded.
func (r *renderer) code(n ast.Node, w int) []string {
	indent := codeIndent
	if w-len(indent) < minInner {
		indent = ""
	}
	segs := n.Lines()
	out := make([]string, 0, segs.Len())
	for i := range segs.Len() {
		seg := segs.At(i)
		line := strings.TrimRight(string(seg.Value(r.src)), "\r\n")
		line = strings.TrimRight(clean(markdown.ExpandTabs(line)), " ")
		if line == "" {
			out = append(out, "")
			continue
		}
		out = append(out, indent+line)
	}
	// A fence may open on blank lines; they carry nothing.
	for len(out) > 0 && out[len(out)-1] == "" {
		out = out[:len(out)-1]
	}
	return out
}

func (r *renderer) list(n *ast.List, w int) []string {
	ordered := n.IsOrdered()
	count := 0
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		count++
	}
	// Numbers are right-aligned so that every item's text starts in the
	// same column.
	numWidth := len(strconv.Itoa(n.Start + count - 1))
	var out []string
	i := 0
	for item := n.FirstChild(); item != nil; item = item.NextSibling() {
		marker := "- "
		if ordered {
			num := strconv.Itoa(n.Start + i)
			marker = strings.Repeat(" ", max(0, numWidth-len(num))) + num + string(n.Marker) + " "
		}
		i++
		lines := prefixed(marker, strings.Repeat(" ", len(marker)), w, func(inner int) []string {
			return r.blocks(item, inner, !n.IsTight)
		})
		if len(lines) == 0 {
			lines = []string{strings.TrimRight(marker, " ")}
		}
		if !n.IsTight && len(out) > 0 {
			out = append(out, "")
		}
		out = append(out, lines...)
	}
	return out
}

// prefixed renders content at the width left beside first (on the first
// line) and rest (on the others). When that would leave less than
// minInner columns, the content keeps the whole width and first stands on
// a line of its own, so deep nesting never pushes text past w.
func prefixed(first, rest string, w int, content func(inner int) []string) []string {
	pw := ansi.StringWidth(first)
	if w-pw < minInner {
		lines := content(w)
		return append([]string{strings.TrimRight(first, " ")}, lines...)
	}
	lines := content(w - pw)
	for i, l := range lines {
		p := rest
		if i == 0 {
			p = first
		}
		lines[i] = strings.TrimRight(p+l, " ")
	}
	return lines
}

// linkList lists the addresses of the links, numbered as in the text.
// Addresses are never wrapped, so that they can be copied whole.
func (r *renderer) linkList() []string {
	out := []string{"Links", strings.Repeat("-", len("Links")), ""}
	numWidth := len(strconv.Itoa(len(r.urls)))
	for i, u := range r.urls {
		num := strconv.Itoa(i + 1)
		out = append(out, strings.Repeat(" ", numWidth-len(num))+"["+num+"] "+u)
	}
	return out
}

// center centres s in w columns.
func center(s string, w int) string {
	gap := (w - ansi.StringWidth(s)) / 2
	return strings.Repeat(" ", max(0, gap)) + s
}
