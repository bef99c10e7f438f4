package reader

import "slices"

// place is a position in the reader worth coming back to.
type place struct {
	id     string // section id
	offset int    // first line shown
	total  int    // line count of the render the offset belongs to
	query  string // the in-section query then
	match  int    // the current match then; -1 for none
}

// history is the reader's back and forward stacks, like a browser's. The
// stacks are clipped before each append so that copies of a Model never
// share a backing array.
type history struct {
	back, forward []place
}

// maxHistory bounds each stack; the oldest places go first.
const maxHistory = 200

// push records p as the place to go back to and forgets the forward stack,
// since a new visit starts a new branch.
func (h *history) push(p place) {
	h.back = append(slices.Clip(h.back), p)
	if len(h.back) > maxHistory {
		h.back = h.back[len(h.back)-maxHistory:]
	}
	h.forward = nil
}

// goBack returns the place to go back to, recording cur for forward.
func (h *history) goBack(cur place) (place, bool) {
	if len(h.back) == 0 {
		return place{}, false
	}
	p := h.back[len(h.back)-1]
	h.back = h.back[:len(h.back)-1]
	h.forward = append(slices.Clip(h.forward), cur)
	return p, true
}

// goForward is goBack's mirror.
func (h *history) goForward(cur place) (place, bool) {
	if len(h.forward) == 0 {
		return place{}, false
	}
	p := h.forward[len(h.forward)-1]
	h.forward = h.forward[:len(h.forward)-1]
	h.back = append(slices.Clip(h.back), cur)
	return p, true
}
