package knowledge_test

import (
	"errors"
	"testing"

	"github.com/versus-dev/versus/assets"
	"github.com/versus-dev/versus/knowledge"
	"github.com/versus-dev/versus/knowledge/packtest"
)

// TestDefaultPackLoads checks that the pack built into the binary loads
// clean, with every section reachable through Resolve by its id and, for
// aspects, by its number.
func TestDefaultPackLoads(t *testing.T) {
	p, err := knowledge.Load(assets.Pack())
	if err != nil {
		var ps knowledge.Problems
		if errors.As(err, &ps) {
			for _, pr := range ps {
				t.Errorf("%s", pr)
			}
		}
		t.Fatalf("the default pack has problems: %v", err)
	}
	if len(p.Sections) == 0 || len(p.Subjects) < 2 {
		t.Fatalf("default pack: %d sections, subjects %q", len(p.Sections), p.Subjects)
	}
	for _, s := range p.Sections {
		if got, _, err := p.Resolve(s.ID); err != nil || got != s {
			t.Errorf("Resolve(%q) = %v, %v", s.ID, got, err)
		}
	}
	if s, _, err := p.Resolve("perf"); err != nil || s.ID != "performance" {
		t.Errorf(`Resolve("perf") = %v, %v; want the performance aspect`, s, err)
	}
}

// TestGeneratedPacksLoad checks that packtest generates valid packs of any
// size, with what its documentation promises.
func TestGeneratedPacksLoad(t *testing.T) {
	for _, n := range []int{0, 2, 3, 50} {
		p, err := knowledge.Load(packtest.Generate(n))
		if err != nil {
			t.Fatalf("Generate(%d): %v", n, err)
		}
		want := max(n, 2)
		if len(p.Sections) != want || len(p.Aspects()) != want-2 || len(p.FAQ()) != 3 {
			t.Errorf("Generate(%d): %d sections, %d aspects, %d FAQ entries", n, len(p.Sections), len(p.Aspects()), len(p.FAQ()))
		}
		for _, a := range p.Aspects() {
			if len(a.ComparisonTables()) != 1 || len(a.Links) < 3 {
				t.Errorf("Generate(%d): aspect %s has %d comparison tables, %d links", n, a.ID, len(a.ComparisonTables()), len(a.Links))
			}
		}
	}
}
