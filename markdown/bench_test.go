package markdown_test

import (
	"testing"

	"github.com/versus-dev/versus/assets"
	"github.com/versus-dev/versus/knowledge"
	"github.com/versus-dev/versus/markdown"
)

// BenchmarkRenderLongest renders the longest section of the default pack
// without the cache, as the first open of that section does, in the
// styles the TUI and the CLI use.
func BenchmarkRenderLongest(b *testing.B) {
	p, err := knowledge.Load(assets.Pack())
	if err != nil {
		b.Fatal(err)
	}
	longest := p.Sections[0]
	for _, s := range p.Sections {
		if len(s.Document()) > len(longest.Document()) {
			longest = s
		}
	}
	md := longest.Document()
	b.Logf("longest section: %s, %d bytes", longest.ID, len(md))
	for _, style := range []string{"dark", "notty"} {
		b.Run(style, func(b *testing.B) {
			r := markdown.New(1)
			width := 80
			for b.Loop() {
				// A new width each time misses the cache but reuses
				// glamour renderers after the first round, as resizes do.
				width = 80 + (width-79)%40
				if _, err := r.Render(md, width, style); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
