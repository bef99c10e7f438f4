package memory

import (
	"slices"
	"time"
)

// Bounds on what a state keeps; a file holding more was not written by
// versus and is treated as damaged.
const (
	MaxBookmarks = 500
	MaxHistory   = 200 // places on each of the back and forward stacks
	MaxRecent    = 20
)

// Place is a position in a pack: a section, the heading the reader was
// under, and the first line shown.
type Place struct {
	Section string `json:"section"`          // section id
	Anchor  string `json:"anchor,omitempty"` // heading at or above the top of the view; may be empty
	Line    int    `json:"line,omitempty"`   // first rendered line shown, 0-based
	// Total is the line count of the render Line belongs to, so that a
	// reader at another width can scale Line to the same spot.
	Total int `json:"total,omitempty"`
}

// Bookmark marks a section, or one heading of it.
type Bookmark struct {
	Section string    `json:"section"`
	Anchor  string    `json:"anchor,omitempty"` // empty for the section as a whole
	Added   time.Time `json:"added,omitzero"`
}

// State is what is remembered of one pack. The zero State remembers
// nothing.
type State struct {
	Resume    *Place     // where the reader was last; nil for nowhere
	Bookmarks []Bookmark // oldest first
	Back      []Place    // the back stack; its last place is the next one back
	Forward   []Place    // the forward stack, the same way round
	Recent    []Place    // sections read, most recent first, one place per section
}

func (s *State) bookmark(section, anchor string) int {
	return slices.IndexFunc(s.Bookmarks, func(b Bookmark) bool {
		return b.Section == section && b.Anchor == anchor
	})
}

// ToggleBookmark adds a bookmark on the heading (or the section) at time
// now, or removes the one already there. It reports whether the bookmark
// is now set. Past MaxBookmarks the oldest bookmark goes.
func (s *State) ToggleBookmark(section, anchor string, now time.Time) bool {
	if i := s.bookmark(section, anchor); i >= 0 {
		s.Bookmarks = slices.Concat(s.Bookmarks[:i], s.Bookmarks[i+1:])
		return false
	}
	s.Bookmarks = append(slices.Clip(s.Bookmarks), Bookmark{Section: section, Anchor: anchor, Added: now})
	if len(s.Bookmarks) > MaxBookmarks {
		s.Bookmarks = s.Bookmarks[len(s.Bookmarks)-MaxBookmarks:]
	}
	return true
}

// Visit records p as the place being read: it becomes the resume place
// and goes to the front of the recent list, replacing the section's
// earlier entry.
func (s *State) Visit(p Place) {
	if p.Section == "" {
		return
	}
	s.Resume = &p
	recent := make([]Place, 0, min(len(s.Recent)+1, MaxRecent))
	recent = append(recent, p)
	for _, r := range s.Recent {
		if r.Section != p.Section && len(recent) < MaxRecent {
			recent = append(recent, r)
		}
	}
	s.Recent = recent
}

// SetHistory records the reader's back and forward stacks, keeping the
// MaxHistory places nearest the present on each.
func (s *State) SetHistory(back, forward []Place) {
	s.Back = lastN(back, MaxHistory)
	s.Forward = lastN(forward, MaxHistory)
}

// lastN returns a copy of the last n elements of ps.
func lastN(ps []Place, n int) []Place {
	if len(ps) > n {
		ps = ps[len(ps)-n:]
	}
	if len(ps) == 0 {
		return nil
	}
	return slices.Clone(ps)
}
