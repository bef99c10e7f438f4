package markdown

import (
	"bytes"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/text"
)

// highlighted lists the languages whose fenced code blocks glamour may
// syntax-highlight. glamour hands a block's language straight to chroma,
// and some chroma lexers never return on ordinary input: Jungle loops
// forever on a lone '"' (alecthomas/chroma#1377, unfixed in every
// release). A pack is untrusted, so a render must not depend on the
// lexer a pack names; the languages here are checked by
// TestHighlightedLexersTerminate. Any other language is rendered as
// plain text.
var highlighted = map[string]bool{
	"bash": true, "sh": true, "shell": true, "zsh": true, "console": true,
	"c": true, "cpp": true, "c++": true, "csharp": true, "cs": true,
	"css": true, "diff": true, "dockerfile": true, "go": true, "golang": true,
	"graphql": true, "haskell": true, "html": true, "ini": true, "java": true,
	"javascript": true, "js": true, "json": true, "jsx": true, "kotlin": true,
	"lua": true, "makefile": true, "markdown": true, "md": true, "nginx": true,
	"perl": true, "php": true, "powershell": true, "proto": true, "protobuf": true,
	"python": true, "py": true, "python3": true, "r": true, "ruby": true, "rb": true,
	"rust": true, "rs": true, "scala": true, "sql": true, "swift": true,
	"text": true, "toml": true, "ts": true, "tsx": true, "typescript": true,
	"xml": true, "yaml": true, "yml": true, "zig": true, "elixir": true,
	"erlang": true, "dart": true, "hcl": true, "terraform": true,
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
			if !highlighted[lang] {
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
