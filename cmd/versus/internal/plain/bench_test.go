package plain_test

import (
	"strconv"
	"testing"

	"github.com/versus-dev/versus/assets"
	"github.com/versus-dev/versus/cmd/versus/internal/plain"
	"github.com/versus-dev/versus/knowledge"
)

// BenchmarkRenderLongest renders the longest section of the default pack,
// as `versus show` does into a pipe, and as one column of `compare --print`.
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
	for _, width := range []int{80, 39} {
		b.Run("width-"+strconv.Itoa(width), func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(md)))
			for b.Loop() {
				plain.Render(md, width)
			}
		})
	}
}
