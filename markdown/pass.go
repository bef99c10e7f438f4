package markdown

import (
	"bytes"
	"slices"
	"strings"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"
)

// The one pass over a document's syntax tree before glamour draws it. It
// works on the parsed nodes, never on the raw text, so nothing inside code
// (spans, fenced or indented blocks, HTML) is ever touched.
//
// Links between sections point at files of the pack ("speed.md#memory").
// They mean nothing to a terminal: glamour would print the file name after
// the link text and wrap it in a hyperlink to nowhere. The pass points
// them at bare fragments instead, which glamour shows as link text alone;
// readers follow links through knowledge.Section.Links. A destination with
// a scheme (https:, mailto:) or a host (//host) is left as it is.
//
// glamour hands a fenced block's language straight to chroma, and some
// chroma lexers never return on ordinary input: Jungle loops forever on a
// lone '"' (alecthomas/chroma#1377, unfixed in every release). A pack is
// untrusted, so the pass gives every block whose language is not in
// highlightedLanguages the plain-text one.
//
// glamour wraps prose with a hyphen as a break point it cannot turn off
// (x/ansi Wrap: "A hyphen (-) is always considered a breakpoint"), so
// inline code such as `--inspect` was split into "--" and "inspect" on
// two lines. The pass gives code spans a non-breaking hyphen (U+2011) in
// place of each hyphen, and Render turns them back after wrapping.
//
// An image inside a link is a badge ("[![Go Reference](badge.svg)](pkg.go.dev)"),
// and a README has rows of them. A terminal cannot show the picture, and
// glamour prints "Image: Go Reference → https://…/badge.svg" before the
// link's own address, so a row of four badges filled nine lines with
// addresses, one of them wrapped mid-word. The pass puts the image's alt
// text in its place, so that the link reads as any other; the plain-text
// renderer (versus show, piped) does the same. An image on its own is left
// to glamour, which names it and its address. A link left with no text
// (a badge without alt text, or "[](url)") becomes its address alone:
// glamour would print the address after a space that opens the line.
//
// A table too narrow for its words at the render's width is redrawn as
// blocks (tables.go), so the pass runs per (style, width).

// highlightedLanguages lists the languages whose fenced code blocks glamour
// may syntax-highlight; TestHighlightedLexersTerminate checks each.
func highlightedLanguages() []string {
	return []string{
		"bash", "sh", "shell", "zsh", "console", "c", "cpp", "c++", "csharp", "cs",
		"css", "diff", "dockerfile", "go", "golang", "graphql", "haskell", "html",
		"ini", "java", "javascript", "js", "json", "jsx", "kotlin", "lua",
		"makefile", "markdown", "md", "nginx", "perl", "php", "powershell",
		"proto", "protobuf", "python", "py", "python3", "r", "ruby", "rb", "rust",
		"rs", "scala", "sql", "swift", "text", "toml", "ts", "tsx", "typescript",
		"xml", "yaml", "yml", "zig", "elixir", "erlang", "dart", "hcl",
		"terraform",
	}
}

// highlighted reports whether lang is one of highlightedLanguages.
func highlighted(lang string) bool {
	return slices.Contains(highlightedLanguages(), lang)
}

// plainLanguage replaces a language that is not highlighted.
const plainLanguage = "text"

// nbHyphen stands in for a hyphen in code spans while glamour wraps.
const nbHyphen = '\u2011'

// rewrite applies the pass to doc, parsed from src, for a render laid out
// as lay, and returns the source to draw doc with: src itself, or a copy
// with the code spans' new text, plainLanguage and the labels of stacked
// tables appended for the nodes to point at. Appending keeps every
// position the parser recorded valid. It also returns the lines of every
// code block, in the order glamour draws them, for wrapCode.
func rewrite(doc ast.Node, src []byte, lay layout) ([]byte, [][]string) {
	var code [][]string
	var fences []*ast.FencedCodeBlock
	var spans []*ast.Text
	var tables []*east.Table
	var badges []*ast.Image
	var links []*ast.Link
	keepHyphens := bytes.ContainsRune(src, nbHyphen) // turning them back would change the text
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *east.Table:
			tables = append(tables, n)
		case *ast.Link:
			if dest, ok := localDestination(string(n.Destination)); ok {
				n.Destination = []byte(dest)
			}
			links = append(links, n)
		case *ast.Image:
			if inLink(n) {
				badges = append(badges, n)
			}
		case *ast.CodeBlock:
			code = append(code, codeLines(n, src))
			return ast.WalkSkipChildren, nil
		case *ast.FencedCodeBlock:
			code = append(code, codeLines(n, src))
			if n.Info != nil && !highlighted(strings.ToLower(string(n.Language(src)))) {
				fences = append(fences, n)
			}
			return ast.WalkSkipChildren, nil
		case *ast.CodeSpan:
			for c := n.FirstChild(); c != nil && !keepHyphens; c = c.NextSibling() {
				if t, ok := c.(*ast.Text); ok && bytes.IndexByte(t.Segment.Value(src), '-') >= 0 {
					spans = append(spans, t)
				}
			}
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	for _, img := range badges {
		unwrap(img)
	}
	var bare []*ast.Link // links with no text, drawn as their address
	for _, l := range links {
		if l.ChildCount() == 0 && len(l.Destination) > 0 {
			bare = append(bare, l)
		}
	}
	var narrow []*east.Table
	for _, t := range tables {
		if !lay.fits(t, src, keepHyphens) {
			narrow = append(narrow, t)
		}
	}
	if len(fences) == 0 && len(spans) == 0 && len(narrow) == 0 && len(bare) == 0 {
		return src, code
	}
	out := bytes.Clone(src)
	for _, l := range bare {
		start := len(out)
		out = append(out, l.Destination...)
		al := ast.NewAutoLink(ast.AutoLinkURL, ast.NewTextSegment(text.NewSegment(start, len(out))))
		l.Parent().ReplaceChild(l.Parent(), l, al)
	}
	for _, t := range narrow {
		out = stack(t, out)
	}
	for _, t := range spans {
		start := len(out)
		out = append(out, bytes.ReplaceAll(t.Segment.Value(src), []byte("-"), []byte(string(nbHyphen)))...)
		t.Segment = text.NewSegment(start, len(out))
	}
	if len(fences) == 0 {
		return out, code
	}
	start := len(out)
	out = append(out, plainLanguage...)
	info := text.NewSegment(start, len(out))
	for _, n := range fences {
		// Language caches what it read first: a fresh node reads anew.
		fc := ast.NewFencedCodeBlock(ast.NewTextSegment(info))
		fc.SetLines(n.Lines())
		fc.SetBlankPreviousLines(n.HasBlankPreviousLines())
		n.Parent().ReplaceChild(n.Parent(), n, fc)
	}
	return out, code
}

// inLink reports whether n is inside a link.
func inLink(n ast.Node) bool {
	for p := n.Parent(); p != nil; p = p.Parent() {
		if _, ok := p.(*ast.Link); ok {
			return true
		}
	}
	return false
}

// unwrap puts n's children (an image's alt text) in its place.
func unwrap(n ast.Node) {
	parent := n.Parent()
	for c := n.FirstChild(); c != nil; c = n.FirstChild() {
		n.RemoveChild(n, c)
		parent.InsertBefore(parent, n, c)
	}
	parent.RemoveChild(parent, n)
}

// codeLines returns the lines of a code block as glamour reads them.
func codeLines(n ast.Node, src []byte) []string {
	lines := n.Lines()
	out := make([]string, lines.Len())
	for i := range out {
		seg := lines.At(i)
		out[i] = string(seg.Value(src))
	}
	return out
}

// localDestination returns the bare fragment for a link to a markdown
// file of the pack, and false for any other destination.
func localDestination(dest string) (string, bool) {
	if strings.HasPrefix(dest, "//") || strings.HasPrefix(dest, "#") {
		return "", false
	}
	path, anchor, _ := strings.Cut(dest, "#")
	// A folder link ("guide/") leads to the folder's page in a folder of
	// plain markdown.
	local := strings.HasSuffix(path, ".md") || strings.HasSuffix(path, ".markdown") || strings.HasSuffix(path, "/")
	if path == "" || strings.ContainsAny(path, ": <>()") || !local {
		return "", false
	}
	return "#" + fragment(path, anchor), true
}

// fragment names a link's target in a form glamour will not print:
// "aspects/speed.md" and "memory" become "speed-memory".
func fragment(path, anchor string) string {
	path = strings.TrimRight(path, "/")
	if i := strings.LastIndexByte(path, '/'); i >= 0 {
		path = path[i+1:]
	}
	path = strings.TrimSuffix(strings.TrimSuffix(path, ".md"), ".markdown")
	if anchor == "" {
		return path
	}
	return path + "-" + anchor
}
