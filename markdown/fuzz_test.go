package markdown

import (
	"strings"
	"testing"

	"github.com/versus-dev/versus/knowledge"
	"github.com/versus-dev/versus/knowledge/packtest"
	"github.com/versus-dev/versus/knowledge/sanitize"
)

// maxFuzzInput bounds a fuzz input: the loader refuses files over 1 MiB,
// and a few KiB reach every markdown construct while keeping each run fast
// enough for the fuzzer to explore.
const maxFuzzInput = 8 << 10

// FuzzRender feeds arbitrary markdown through the path a section body
// takes to the screen: knowledge.Load (sanitize.Block and the loader's
// limits; a refused body is fine), then glamour. A render must never panic
// nor run away, and its output must hold nothing sanitize.Terminal would
// neutralise: glamour may add styling, but never turn neutralised text
// back into a control character or an escape sequence. The widths reach
// tables kept, stacked (the pass) and measured by lipgloss's allotment.
func FuzzRender(f *testing.F) {
	for _, s := range []string{
		"# Title\n\nSome *text* with `code` and a [link](https://example.com).\n",
		"| a | b |\n| --- | --- |\n| \x1b[2J | \x1b]52;c;ZXZpbA==\a |\n",
		"> quote\n> > nested\n\n- a\n  - b\n    - c\n",
		"```go\nfmt.Println(\"\x1b]0;pwned\a\")\n```\n",
		"&#27;[31m &#x9b;6n &#8238;txt &rlm; &zwj;\n",
		"<span title=\"\x1b[6n\">x</span>\n\n<div>\x1bP$qm\x1b\\</div>\n",
		"[\x1b]8;;https://evil.example\x1b\\click\x1b]8;;\x1b\\](https://a.example/\x1b[6n)\n",
		"\u202eevil\u2066x\u2069 \u009b6n a\u0085b safe\rEVIL\b\b\x00\x7f\n",
		"![img](https://example.com/x.png \"t\x07\")\n",
		"1. a\n2. b\n\n* [ ] task\n* [x] done\n\n~~strike~~ https://bare.example\n",
		// Tables too narrow for their words, stacked by the pass.
		"| Criterion | Node.js | Python |\n| --- | :-: | --: |\n| Lockfile | `package-lock.json` | [uv](https://docs.astral.sh/uv/) *or* `poetry.lock` |\n| | | |\n",
		"> | a | b |\n> | - | - |\n> | `x-y` | ![i](https://e.example/i.png) <b>h</b> https://bare.example |\n\n- item\n\n  | only |\n  | --- |\n",
		"| `package-lock.json` \x1b[2J | \u202e |\n| --- | --- |\n",
		// Code lines longer than the width, soft-wrapped (codewrap.go).
		"```python\ndef f():\n        return some_function(argument_one, argument_two, argument_three)\n```\n",
		"```go\n\tif x {\treturn \"" + strings.Repeat("漢字", 30) + "\" }\n```\n\n    indented " + strings.Repeat("x", 90) + "\n",
		"- item\n\n  ```sh\n  curl -fsSL https://example.com/" + strings.Repeat("a/", 40) + " | sh\n  ```\n\n> ```\n>                                         deep " + strings.Repeat("y ", 40) + "\n> ```\n",
		"[![Go Reference](https://pkg.go.dev/badge.svg)](https://pkg.go.dev/x) [![](e.svg)](https://e.example) [![a ![b](c.png) *d*](x.svg)](y.md#z)\n\n| [![t](t.svg)](u) | v |\n|---|---|\n",
	} {
		f.Add(s)
	}
	r := New(64)
	f.Fuzz(func(t *testing.T, md string) {
		if len(md) > maxFuzzInput {
			t.Skip("larger than the fuzz bound")
		}
		p, err := knowledge.Load(packtest.PathologicalPack(md))
		if err != nil {
			return // refused with a problem: never rendered
		}
		src := p.Sections[0].Body
		for _, width := range []int{1, 28, 40, 80} {
			for _, style := range []string{"dark", "notty"} {
				out, err := r.Render(src, width, style)
				if err != nil {
					t.Fatalf("Render(width %d, %s): %v", width, style, err)
				}
				if got := sanitize.Terminal(out); got != out {
					t.Fatalf("render at width %d, style %s holds bytes Terminal neutralises:\ninput  %q\noutput %q\nafter  %q",
						width, style, md, out, got)
				}
			}
		}
	})
}
