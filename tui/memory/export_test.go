package memory

import "slices"

// HasBookmark reports whether the heading (or, with anchor "", the
// section) is bookmarked.
func (s *State) HasBookmark(section, anchor string) bool {
	return s.bookmark(section, anchor) >= 0
}

// RemoveBookmark removes the bookmark on the heading (or the section), if
// there is one, and reports whether there was.
func (s *State) RemoveBookmark(section, anchor string) bool {
	i := s.bookmark(section, anchor)
	if i < 0 {
		return false
	}
	s.Bookmarks = slices.Concat(s.Bookmarks[:i], s.Bookmarks[i+1:])
	return true
}
