package memory

import (
	"slices"

	"github.com/versus-dev/versus/knowledge"
)

// Prune forgets what pack no longer holds, quietly: places and bookmarks
// whose section is gone are dropped; an anchor whose heading is gone is
// cleared, so that the place or bookmark falls back to its section. It
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

	var marks []Bookmark
	for _, b := range s.Bookmarks {
		p, ok := place(Place{Section: b.Section, Anchor: b.Anchor})
		if !ok {
			continue
		}
		b.Anchor = p.Anchor
		// A heading bookmark that fell back to its section may now repeat
		// a section bookmark.
		if slices.ContainsFunc(marks, func(m Bookmark) bool { return m.Section == b.Section && m.Anchor == b.Anchor }) {
			changed = true
			continue
		}
		marks = append(marks, b)
	}
	s.Bookmarks = marks
	return changed
}

func hasAnchor(sec *knowledge.Section, anchor string) bool {
	return slices.ContainsFunc(sec.Headings, func(h knowledge.Heading) bool { return h.Anchor == anchor })
}
