package textfind

// Keeping a hit in a scrolled view of lines: y is the first line shown,
// height how many are.

// Reveal returns the first line to show so that h is in view, moving as
// little as needed and keeping a line of context above it when it moves.
func Reveal(h Hit, y, height int) int {
	if len(h) == 0 {
		return y
	}
	top, bottom := h[0].Line, h[len(h)-1].Line
	switch {
	case top < y:
		return max(0, top-1)
	case bottom >= y+height:
		return max(top-1, bottom-height+1)
	}
	return y
}

// Visible reports whether all of h is in view.
func Visible(h Hit, y, height int) bool {
	return len(h) > 0 && h[0].Line >= y && h[len(h)-1].Line < y+height
}
