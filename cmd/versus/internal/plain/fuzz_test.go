package plain

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"

	"github.com/versus-dev/versus/knowledge/sanitize"
)

// FuzzRender checks what Render promises for any bytes at any width: no
// panic, no escape sequence or other control but the newline, valid
// UTF-8, no trailing blanks, and no line wider than the width but for the
// documented verbatim lines (code, addresses).
func FuzzRender(f *testing.F) {
	for _, seed := range []string{
		"# Title\n\n*summary*\n\n| a | b |\n| --- | --- |\n| one two | three |\n",
		"- one\n  - two\n    - three\n      1. four\n\n> quote\n> > nested `code`\n",
		"```\n\tcode\twith tabs\n```\n\n    indented\n",
		"[link](https://example.com/a-b) <https://x.example/> ![img](i.png) <b>html</b>\n\n<div>\nblock\n</div>\n",
		"Text \x1b[2J &#27;[31m \u202e \r \x00 \x9b 日本語\u200d",
		"- [x] task\n\n---\n\nline\\\nbreak &amp; &copy;",
		"| " + strings.Repeat("verylongword ", 5) + "|\n|-|\n|" + strings.Repeat("x", 100) + "|\n",
	} {
		f.Add(seed, 40)
	}
	f.Fuzz(func(t *testing.T, md string, width int) {
		width = width % 200
		out := Render(md, width)
		if !sanitize.Safe(out) || strings.ContainsRune(out, '\t') {
			t.Fatalf("unsafe output: %q", out)
		}
		if !utf8.ValidString(out) {
			t.Fatalf("invalid UTF-8: %q", out)
		}
		for i, l := range strings.Split(out, "\n") {
			if strings.HasSuffix(l, " ") {
				t.Fatalf("line %d has trailing blanks: %q", i+1, l)
			}
		}
		assertFits(t, md, out, width)
		if noVerbatim(md) {
			// Without code or addresses, no line may pass the width at all.
			for i, l := range strings.Split(out, "\n") {
				if ansi.StringWidth(l) > max(width, MinWidth) {
					t.Fatalf("line %d is wider than %d: %q", i+1, width, l)
				}
			}
		}
	})
}

// noVerbatim reports whether md surely holds neither a code block (no
// fence, no tab, no run of four spaces) nor an address (no colon, no
// character reference that could decode to one), the two things Render
// keeps whole.
func noVerbatim(md string) bool {
	return !strings.ContainsAny(md, "`~\t:&") && !strings.Contains(md, "    ")
}
