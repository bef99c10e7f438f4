package search_test

import (
	"testing"
	"testing/fstest"

	"github.com/versus-dev/versus/knowledge"
	"github.com/versus-dev/versus/knowledge/search"
)

// TestLoadedPackAnchors searches a pack read by knowledge.Load, whose
// headings carry the loader's anchors: a repeated heading gets a suffix,
// and hits under it must carry that suffix too.
func TestLoadedPackAnchors(t *testing.T) {
	fsys := fstest.MapFS{
		"pack.yaml": {Data: []byte("title: A vs B\nsummary: Two things.\nsubjects: [A, B]\nas_of: 2025-01-01\nsections:\n  - guide.md\n")},
		"guide.md": {Data: []byte("---\nid: guide\ntitle: Guide\nkind: guide\n---\n\n" +
			"## Usage\n\nThe first usage note mentions apples.\n\n" +
			"## Usage\n\nThe second usage note mentions bananas.\n\n" +
			"| Criterion | A | B |\n| --- | --- | --- |\n| Fruit | cherries | dates |\n")},
	}
	p, err := knowledge.Load(fsys)
	if err != nil {
		t.Fatalf("load: %v", err)
	}
	ix := search.New(p)
	for query, want := range map[string]string{"apples": "usage", "bananas": "usage-1", "cherries": "usage-1"} {
		hits := ix.Search(query, 1)
		if len(hits) != 1 || hits[0].Anchor != want {
			t.Errorf("Search(%q) = %s, want anchor %q", query, describe(hits), want)
		}
	}
}
