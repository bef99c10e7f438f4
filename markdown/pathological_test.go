package markdown

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/text"

	"github.com/versus-dev/versus/knowledge"
	"github.com/versus-dev/versus/knowledge/packtest"
)

// renderWithin renders md in a goroutine and fails the test when it does
// not finish within packtest.Patience: a hang detector, not a timing
// assertion (BenchmarkPathologicalRender measures the times).
func renderWithin(t *testing.T, r *Renderer, name, md string, width int, style string) string {
	t.Helper()
	type result struct {
		out string
		err error
	}
	done := make(chan result, 1)
	go func() {
		out, err := r.Render(md, width, style)
		done <- result{out, err}
	}()
	select {
	case res := <-done:
		if res.err != nil {
			t.Fatalf("%s: %v", name, res.err)
		}
		return res.out
	case <-time.After(packtest.Patience(t)):
		t.Fatalf("%s: render at width %d (%s) never finished", name, width, style)
		return ""
	}
}

// codeCases are pathological bodies for the soft wrap of code
// (codewrap.go): one code line of 50 KB, highlighted and of plain text.
func codeCases() []packtest.Case {
	return []packtest.Case{
		{Name: "code-line-50KB", Body: "```go\n" + strings.Repeat("x := f(a, b) + ", 3400) + "\n```\n"},
		{Name: "code-line-50KB-no-spaces", Body: "```\n" + strings.Repeat("x", 50_000) + "\n```\n"},
	}
}

// TestPathologicalRender renders every pathological body that the loader
// accepts, the way the reader does (the section's sanitized body), and
// checks it finishes. Bodies the loader refuses never reach glamour.
func TestPathologicalRender(t *testing.T) {
	if testing.Short() {
		t.Skip("renders megabytes of markdown")
	}
	r := New(1)
	for _, c := range append(packtest.Pathological(), codeCases()...) {
		p, err := knowledge.Load(packtest.PathologicalPack(c.Body))
		var ps knowledge.Problems
		if errors.As(err, &ps) {
			continue // refused with a problem: knowledge/pathological_test.go checks which
		}
		if err != nil {
			t.Fatalf("%s: %v", c.Name, err)
		}
		for _, width := range []int{MinWidth, 80} {
			renderWithin(t, r, c.Name, p.Sections[0].Body, width, "dark")
		}
	}
}

// TestHostileFenceLanguage renders fenced code blocks in the languages
// whose chroma lexer never returns (Jungle, alecthomas/chroma#1377), in
// every place a fence can sit, and by file-name style names that chroma
// also resolves.
func TestHostileFenceLanguage(t *testing.T) {
	r := New(8)
	for _, md := range []string{
		"```jungle\n\"\n```\n",
		"```Jungle\nfmt.Println(\"x\n```\n",
		"~~~jungle {.x}\n'\n~~~\n",
		"> ```jungle\n> \"\n> ```\n",
		"- item\n\n  ```jungle\n  \"\n  ```\n",
		"```x.jungle\n\"\n```\n",
		"````jungle\n```\n\"\n````\n",
		"```jungle\n\"", // unclosed fence
	} {
		out := renderWithin(t, r, md, md, 80, "dark")
		if !strings.Contains(out, `"`) && !strings.Contains(out, "'") {
			t.Errorf("%q: the code vanished:\n%s", md, out)
		}
	}
}

// TestHighlightedLexersTerminate renders, in every language that keeps
// its highlighting, inputs that trip lexers: unclosed strings, comments
// and brackets.
func TestHighlightedLexersTerminate(t *testing.T) {
	if testing.Short() {
		t.Skip("renders hundreds of code blocks")
	}
	r := New(1)
	bodies := []string{"\"", "'", "/*", "`", "<", "#", "(", "{", "[", "$(", "@", "%", "!", ":", "*", "x = \"a", "<?php", "a\\"}
	for _, lang := range highlightedLanguages() {
		var b strings.Builder
		for _, body := range bodies {
			b.WriteString("```" + lang + "\n" + body + "\n```\n\n")
		}
		renderWithin(t, r, lang, b.String(), 80, "dark")
	}
}

// TestPassFenceLanguages checks which languages the pass keeps: the
// language each fenced block is drawn with afterwards.
func TestPassFenceLanguages(t *testing.T) {
	md := goldmark.New(goldmark.WithExtensions(extension.GFM))
	for in, want := range map[string]string{
		"```go\nx\n```\n":              "go",
		"```Python title\nx\n```\n":    "Python",
		"```jungle\nx\n```\n":          "text",
		"```jungle extra\nx\n```\n":    "text",
		"> ~~~ x.jungle\n> x\n> ~~~\n": "text",
		"```\nx\n```\n":                "",
		"- a\n\n  ```jungle\n  x\n  ```\n\n  ```go\n  y\n  ```\n": "text go",
	} {
		src := []byte(in)
		doc := md.Parser().Parse(text.NewReader(src))
		out, _ := rewrite(doc, src, layout{width: 80})
		if !bytes.HasPrefix(out, src) {
			t.Errorf("%q: the pass changed the source", in)
		}
		var langs []string
		_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
			if fc, ok := n.(*ast.FencedCodeBlock); ok && entering {
				langs = append(langs, string(fc.Language(out)))
			}
			return ast.WalkContinue, nil
		})
		if got := strings.Join(langs, " "); got != want {
			t.Errorf("%q: languages %q, want %q", in, got, want)
		}
	}
}

// BenchmarkPathologicalRender measures the worst bodies the loader
// accepts, at the reader's usual width.
func BenchmarkPathologicalRender(b *testing.B) {
	for _, c := range append(packtest.Pathological(), codeCases()...) {
		p, err := knowledge.Load(packtest.PathologicalPack(c.Body))
		if err != nil {
			continue
		}
		md := p.Sections[0].Body
		b.Run(c.Name, func(b *testing.B) {
			b.SetBytes(int64(len(md)))
			for b.Loop() {
				// A new Renderer each time: the cache would answer otherwise.
				if _, err := New(1).Render(md, 80, "dark"); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
