package markdown

import (
	"bytes"
	"slices"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/text"
)

// highlightedLanguages lists the languages whose fenced code blocks glamour may
// syntax-highlight. glamour hands a block's language straight to chroma,
// and some chroma lexers never return on ordinary input: Jungle loops
// forever on a lone '"' (alecthomas/chroma#1377, unfixed in every
// release). A pack is untrusted, so a render must not depend on the
// lexer a pack names; the languages here are checked by
// TestHighlightedLexersTerminate. Any other language is rendered as
// plain text.
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

// safeFences returns md with the info string of every fenced code block
// whose language is not in highlighted replaced by "text", so glamour
// never asks chroma for another lexer. md is returned as is when no fence
// needs a change.
func safeFences(md string) string {
	if !strings.Contains(md, "```") && !strings.Contains(md, "~~~") {
		return md
	}
	src := []byte(md)
	doc := goldmark.New(goldmark.WithExtensions(extension.GFM)).Parser().Parse(text.NewReader(src))
	var infos []text.Segment
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if fc, ok := n.(*ast.FencedCodeBlock); ok && entering && fc.Info != nil {
			lang := strings.ToLower(string(fc.Language(src)))
			if !highlighted(lang) {
				infos = append(infos, fc.Info.Segment)
			}
		}
		return ast.WalkContinue, nil
	})
	if len(infos) == 0 {
		return md
	}
	var b bytes.Buffer
	b.Grow(len(src))
	last := 0
	for _, s := range infos {
		if s.Start < last { // never overlap; keep the source as written
			continue
		}
		b.Write(src[last:s.Start])
		b.WriteString(plainLanguage)
		last = s.Stop
	}
	b.Write(src[last:])
	return b.String()
}
