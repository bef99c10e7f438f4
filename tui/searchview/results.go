package searchview

import (
	"strings"

	"github.com/versus-dev/versus/knowledge/search"
)

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

// readerQuery is what the reader looks for in the section a hit opens:
// the query as typed when the hit's snippet holds it, else the first text
// the hit matched, since a mistyped query ("pythn") or words run together
// ("eventloop") are not in the text as typed.
func readerQuery(h search.Hit, query string) string {
	if strings.Contains(strings.ToLower(h.Snippet), strings.ToLower(strings.TrimSpace(query))) || len(h.Matches) == 0 {
		return query
	}
	m := h.Matches[0]
	if m[0] < 0 || m[1] > len(h.Snippet) || m[0] >= m[1] {
		return query
	}
	return h.Snippet[m[0]:m[1]]
}
