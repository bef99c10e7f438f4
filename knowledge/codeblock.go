package knowledge

import (
	"bytes"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
)

// CodeBlock is a code block of a section body: fenced or indented.
type CodeBlock struct {
	Lang string // the fence's language; empty when it names none
	Code string // the code, without the fences, ending in a newline
	Line int    // 1-based line in the section file where the block starts: its opening fence, if any
	End  int    // 1-based line of its last line of code
}

// CodeBlocks returns the code blocks of the section's body in order,
// leaving out blank ones. It
// parses the body again, so it is for an action on one section (copying
// a block), not for every section at load.
func (s *Section) CodeBlocks() []CodeBlock {
	src := []byte(s.Body)
	doc := goldmark.DefaultParser().Parse(text.NewReader(src))
	lineAt := func(off int) int { return s.BodyLine + bytes.Count(src[:off], []byte{'\n'}) }
	var out []CodeBlock
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		var lang string
		switch n := n.(type) {
		case *ast.FencedCodeBlock:
			lang = string(n.Language(src))
		case *ast.CodeBlock:
		default:
			return ast.WalkContinue, nil
		}
		lines := n.Lines()
		var code bytes.Buffer
		for i := range lines.Len() {
			seg := lines.At(i)
			code.Write(seg.Value(src))
		}
		if len(bytes.TrimSpace(code.Bytes())) == 0 {
			return ast.WalkSkipChildren, nil // nothing to copy
		}
		b := CodeBlock{Lang: lang, Code: code.String(), Line: lineAt(lines.At(0).Start), End: lineAt(lines.At(lines.Len() - 1).Start)}
		if _, fenced := n.(*ast.FencedCodeBlock); fenced {
			b.Line-- // content starts on the line after the opening fence
		}
		out = append(out, b)
		return ast.WalkSkipChildren, nil
	})
	return out
}

// CodeBlockAt returns the block a reader at line of the section file
// means: the first that ends at or after line (the one on screen, or the
// next one down), else the last one above.
func (s *Section) CodeBlockAt(line int) (CodeBlock, bool) {
	blocks := s.CodeBlocks()
	if len(blocks) == 0 {
		return CodeBlock{}, false
	}
	for _, b := range blocks {
		if b.End >= line {
			return b, true
		}
	}
	return blocks[len(blocks)-1], true
}
