package markdown

import (
	"fmt"
	"strings"
	"testing"

	"github.com/versus-dev/versus/assets"
	"github.com/versus-dev/versus/knowledge"
	"github.com/yuin/goldmark/text"
)

// BenchmarkPassTables runs the pass alone over the default pack's
// overview (the most table rows) at a width its table fits and at one it
// is stacked, next to parsing alone: the pass's cost is the difference.
func BenchmarkPassTables(b *testing.B) {
	p, err := knowledge.Load(assets.Pack())
	if err != nil {
		b.Fatal(err)
	}
	src := []byte(p.Section("overview").Document())
	cfg, _ := builtinStyle("dark")
	for _, bc := range []struct {
		name  string
		width int
		pass  bool
	}{{"parse", 120, false}, {"parse+pass-fits", 160, true}, {"parse+pass-measured", 120, true}, {"parse+pass-stacked", 60, true}} {
		b.Run(bc.name, func(b *testing.B) {
			gm := newGoldmark(cfg, bc.width)
			lay := newLayout(cfg, bc.width)
			for b.Loop() {
				doc := gm.Parser().Parse(text.NewReader(src))
				if bc.pass {
					rewrite(doc, src, lay)
				}
			}
		})
	}
}

// BenchmarkWrapCode measures the soft wrap of code alone (wrapCode) on
// glamour's render of one long code line, at sizes four times apart: the
// time per byte must stay flat.
func BenchmarkWrapCode(b *testing.B) {
	for _, size := range []int{12_500, 50_000, 200_000} {
		md := []byte("```go\n" + strings.Repeat("x := f(a, b) + ", size/15) + "\n```\n")
		p, err := New(1).renderer("dark", 80)
		if err != nil {
			b.Fatal(err)
		}
		raw, code, err := p.render(md)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprintf("%dB", size), func(b *testing.B) {
			b.SetBytes(int64(size))
			for b.Loop() {
				wrapCode(raw, code, p.code)
			}
		})
	}
}
