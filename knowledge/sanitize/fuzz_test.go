package sanitize

import (
	"testing"

	"charm.land/glamour/v2"
)

// addSeeds gives a fuzz target every hostile case and reference as a start.
func addSeeds(f *testing.F) {
	for _, c := range hostileCases() {
		f.Add(c.in)
	}
	for _, r := range hostileReferences() {
		f.Add(r)
	}
	f.Add("\x1b]8;id=1;https://example.com\x07link\x1b]8;;\x07 \x1b[38;2;1;2;3mrgb\x1b[0m")
	f.Add(markdownConstructs("\x1b[2J&#27;\u202e"))
}

func FuzzLine(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, s string) { checkLine(t, s) })
}

func FuzzBlock(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, s string) { checkBlock(t, s) })
}

func FuzzTerminal(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, s string) { checkTerminal(t, s) })
}

// FuzzBlockGlamour checks the promise versus relies on: glamour's rendering
// of Block's output carries no sequence but glamour's own SGR and OSC 8.
func FuzzBlockGlamour(f *testing.F) {
	addSeeds(f)
	r, err := glamour.NewTermRenderer(glamour.WithStandardStyle("dark"), glamour.WithWordWrap(80))
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 4096 {
			return // glamour's cost grows with size; small documents find the same bugs
		}
		out, err := r.Render(Block(s))
		if err != nil {
			return
		}
		if !SafeStyled(out) {
			t.Fatalf("glamour output of Block(%q) carries a forbidden sequence:\n%q", s, out)
		}
	})
}
