package sanitize

import (
	"strings"
	"testing"

	"charm.land/glamour/v2"
)

// cleanSection is a typical section file: front matter, prose, a table, a
// list, links and code, with non-ASCII text and harmless references.
func cleanSection() string {
	para := "Node.js runs JavaScript on V8 with an event loop; Python runs on CPython with a global interpreter lock, which 3.13 makes optional. Both are fast enough for most web back ends — the difference shows under CPU-bound load. See [the speed aspect](speed.md#memory-use) and &copy; notes.\n\n"
	return "---\nid: performance\ntitle: Performance\nkind: aspect\nnumber: 6\naliases: [speed, throughput]\ntags: [benchmarks, jit]\nsummary: How fast each runs.\n---\n\n# Performance\n\n" +
		strings.Repeat(para, 6) +
		"| Criterion | Node.js | Python |\n| --- | --- | --- |\n| Startup | ~40 ms | ~20 ms |\n| JIT | V8 TurboFan | none by default |\n\n" +
		"- one\n- two\n  - nested `code`\n\n```js\nconst x = await fetch(url)\n```\n"
}

func BenchmarkLine(b *testing.B) {
	for _, c := range []struct{ name, in string }{
		{"clean", "Performance and memory use"},
		{"clean-unicode", "Café — naïve 日本語 performance"},
		{"hostile", "Title \x1b]0;pwned\x07 \u202eevil\u202c safe\rEVIL \x1b[2J"},
	} {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(c.in)))
			for b.Loop() {
				Line(c.in)
			}
		})
	}
}

func BenchmarkBlock(b *testing.B) {
	for _, c := range []struct{ name, in string }{
		{"clean", cleanSection()},
		{"hostile", hostileFixture()["raw.md"]},
		{"hostile-references", hostileFixture()["entities.md"]},
	} {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(c.in)))
			for b.Loop() {
				Block(c.in)
			}
		})
	}
}

func BenchmarkTerminal(b *testing.B) {
	r, err := glamour.NewTermRenderer(glamour.WithStandardStyle("dark"), glamour.WithWordWrap(80))
	if err != nil {
		b.Fatal(err)
	}
	rendered, err := r.Render(cleanSection() + "\n[external](https://example.com/docs) link\n")
	if err != nil {
		b.Fatal(err)
	}
	for _, c := range []struct{ name, in string }{
		{"glamour-render", rendered},
		{"glamour-render-hostile", rendered + "\x1b]52;c;ZXZpbA==\x07 \x1b[2J \u202e"},
	} {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(c.in)))
			for b.Loop() {
				Terminal(c.in)
			}
		})
	}
}

// TestCleanTextIsNotCopied checks the promise behind the benchmarks: clean
// text comes back as the same string, with no allocation.
func TestCleanTextIsNotCopied(t *testing.T) {
	section := cleanSection()
	for name, f := range map[string]func(string) string{"Line": Line, "Block": Block, "Terminal": Terminal} {
		in := section
		if name == "Line" {
			in = "Performance and memory use, naïve 日本語"
		}
		if allocs := testing.AllocsPerRun(20, func() { f(in) }); allocs != 0 {
			t.Errorf("%s allocates %v times on clean text", name, allocs)
		}
	}
}
