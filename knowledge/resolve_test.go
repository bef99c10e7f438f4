package knowledge

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"testing/fstest"
)

// resolvePack builds a pack whose titles and aliases overlap the way real
// ones do.
func resolvePack(t *testing.T) *Pack {
	t.Helper()
	sections := []struct{ id, title, kind, extra string }{
		{"overview", "At a glance", "overview", "aliases: [overview, cheat sheet]"},
		{"performance", "Performance and execution speed", "aspect", "number: 4\naliases: [speed, benchmarks]"},
		{"memory", "Memory and resource use", "aspect", "number: 5\naliases: [RAM]"},
		{"python-use-cases", "When Python fits best", "guide", "aliases: [Python use cases]"},
		{"node-use-cases", "When Node.js fits best", "guide", "aliases: [Node.js use cases]"},
		{"conclusion", "Conclusion", "guide", "aliases: [verdict]"},
		{"takeaways", "The article's takeaways", "guide", "aliases: [verdict, lessons]"},
	}
	m := fstest.MapFS{}
	var list strings.Builder
	for _, s := range sections {
		fmt.Fprintf(&list, "  - %s.md\n", s.id)
		m[s.id+".md"] = file(fmt.Sprintf("---\nid: %s\ntitle: %q\nkind: %s\n%s\n---\n", s.id, s.title, s.kind, s.extra))
	}
	m["pack.yaml"] = file("title: Node.js vs Python\nsummary: S\nsubjects: [Node.js, Python]\nas_of: 2025-06-01\nsections:\n" + list.String())
	return mustLoad(t, m)
}

func TestResolve(t *testing.T) {
	p := resolvePack(t)
	tests := []struct {
		ref        string
		want       string   // id of the section found
		candidates []string // ids, when ambiguous
		err        error
	}{
		{ref: "performance", want: "performance"},          // id
		{ref: " Memory ", want: "memory"},                  // id, trimmed, any case
		{ref: "4", want: "performance"},                    // aspect number
		{ref: "memory and RESOURCE use", want: "memory"},   // title
		{ref: "mémory and resource use", want: "memory"},   // accents ignored
		{ref: "perf", want: "performance"},                 // title prefix
		{ref: "PERF", want: "performance"},                 // any case
		{ref: "performance and exec", want: "performance"}, // words of the title, the last cut short
		{ref: "speed", want: "performance"},                // alias
		{ref: "ram", want: "memory"},                       // alias, any case
		{ref: "lessons", want: "takeaways"},                // alias of one section
		{ref: "conc", want: "conclusion"},                  // prefix of one title
		{ref: "node-use", want: "node-use-cases"},          // prefix of an id
		{ref: "verdict", candidates: []string{"conclusion", "takeaways"}, err: ErrAmbiguous},
		{ref: "when", candidates: []string{"python-use-cases", "node-use-cases"}, err: ErrAmbiguous},
		// Anything else resolves nothing and suggests the nearest names.
		{ref: "glance", candidates: []string{"overview"}, err: ErrNotFound}, // a word inside the title
		{ref: "fits", candidates: []string{"python-use-cases", "node-use-cases"}, err: ErrNotFound},
		{ref: "perfromance", candidates: []string{"performance"}, err: ErrNotFound}, // a typo
		{ref: "memroy", candidates: []string{"memory"}, err: ErrNotFound},
		{ref: "prfrmnc", err: ErrNotFound},           // letters in order are not a name
		{ref: "performance speed", err: ErrNotFound}, // words from two names
		{ref: "0", err: ErrNotFound},                 // numbers that are no aspect
		{ref: "9", err: ErrNotFound},
		{ref: "007", err: ErrNotFound},
		{ref: "zzz", err: ErrNotFound},
		{ref: "  ", err: ErrNotFound},
	}
	for _, tt := range tests {
		t.Run(tt.ref, func(t *testing.T) {
			s, cands, err := p.Resolve(tt.ref)
			if !errors.Is(err, tt.err) {
				t.Fatalf("err = %v, want %v", err, tt.err)
			}
			if err != nil && !strings.Contains(err.Error(), fmt.Sprintf("%q", tt.ref)) {
				t.Errorf("error %q does not name the reference", err)
			}
			if tt.want != "" {
				if s == nil || s.ID != tt.want {
					t.Fatalf("Resolve(%q) = %v, want %s", tt.ref, s, tt.want)
				}
				return
			}
			if s != nil {
				t.Fatalf("Resolve(%q) = %s, want no section", tt.ref, s.ID)
			}
			var ids []string
			for _, c := range cands {
				ids = append(ids, c.ID)
			}
			if strings.Join(ids, " ") != strings.Join(tt.candidates, " ") {
				t.Errorf("candidates = %q, want %q", ids, tt.candidates)
			}
		})
	}
}

func TestResolveCandidatesAtMostFive(t *testing.T) {
	m := fstest.MapFS{}
	var list strings.Builder
	for i := 1; i <= 12; i++ {
		id := fmt.Sprintf("topic-%d", i)
		fmt.Fprintf(&list, "  - %s.md\n", id)
		m[id+".md"] = file(fmt.Sprintf("---\nid: %s\ntitle: Topic %d\nkind: guide\n---\n", id, i))
	}
	m["tropical.md"] = file("---\nid: tropical\ntitle: Tropical\nkind: guide\n---\n")
	m["pack.yaml"] = file("title: T\nsummary: S\nsubjects: [A, B]\nas_of: 2025-06-01\nsections:\n  - tropical.md\n" + list.String())
	p := mustLoad(t, m)

	_, cands, err := p.Resolve("topic")
	if !errors.Is(err, ErrAmbiguous) || len(cands) != 5 || cands[0].ID != "topic-1" || cands[4].ID != "topic-5" {
		t.Errorf("Resolve(topic) = %d candidates from %v, %v", len(cands), cands, err)
	}
	// "tpoic" is a typo: the nearest come first, the pack order breaks ties.
	_, cands, err = p.Resolve("tpoic")
	if !errors.Is(err, ErrNotFound) || len(cands) != 5 || cands[0].ID != "topic-1" {
		t.Errorf("Resolve(tpoic) = %v, %v", cands, err)
	}
}
