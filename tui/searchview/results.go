package searchview

import "github.com/versus-dev/versus/knowledge/search"

// group is one section of the results: its hits, best first, and how
// many of its fields matched. The overlay lists sections, not hits, so
// that one section never fills the box.
type group struct {
	hits  []search.Hit // at least one
	count int          // fields of the section that matched, at least len(hits)
}

// best returns the group's best hit, the one Enter opens.
func (g group) best() search.Hit { return g.hits[0] }

// groupHits gathers hits by section, in the order of their first hit
// (the engine returns each section's hits together, best section first).
func groupHits(hits []search.Hit) []group {
	var out []group
	where := map[string]int{}
	for _, h := range hits {
		i, ok := where[h.SectionID]
		if !ok {
			i = len(out)
			where[h.SectionID] = i
			out = append(out, group{})
		}
		g := &out[i]
		g.hits = append(g.hits, h)
		g.count = max(g.count, h.SectionHits, len(g.hits))
	}
	return out
}
