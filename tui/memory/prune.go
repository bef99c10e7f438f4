package memory

import (
	"slices"

	"github.com/versus-dev/versus/knowledge"
)

// Prune forgets the places pack no longer holds, quietly: a place whose
// section is gone is dropped; an anchor whose heading is gone is cleared,
// so that the place falls back to its section. Bookmarks are kept as they
// are: the user set them, and a file renamed or a heading retitled for a
// while must not lose them for good; the views say which are missing. It
// reports whether anything changed.
func (s *State) Prune(pack *knowledge.Pack) bool {
	changed := false
	place := func(p Place) (Place, bool) {
		sec := pack.Section(p.Section)
		if sec == nil {
			changed = true
			return p, false
		}
		if p.Anchor != "" && !hasAnchor(sec, p.Anchor) {
			changed = true
			p.Anchor = ""
		}
		return p, true
	}
	places := func(ps []Place) []Place {
		var out []Place
		for _, p := range ps {
			if q, ok := place(p); ok {
				out = append(out, q)
			}
		}
		return out
	}

	if s.Resume != nil {
		if p, ok := place(*s.Resume); ok {
			s.Resume = &p
		} else {
			s.Resume = nil
		}
	}
	s.Back = places(s.Back)
	s.Forward = places(s.Forward)
	s.Recent = places(s.Recent)
	return changed
}

func hasAnchor(sec *knowledge.Section, anchor string) bool {
	return slices.ContainsFunc(sec.Headings, func(h knowledge.Heading) bool { return h.Anchor == anchor })
}
