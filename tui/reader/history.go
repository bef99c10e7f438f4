package reader

import (
	"slices"

	"github.com/versus-dev/versus/tui/memory"
)

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

// History returns the back and forward stacks as places a later run can
// come back to (see memory.State.SetHistory). The in-section query and
// its match are not part of them.
func (m Model) History() (back, forward []memory.Place) {
	return toPlaces(m.hist.back), toPlaces(m.hist.forward)
}

// SetHistory replaces the back and forward stacks with places remembered
// from an earlier run, keeping the maxHistory nearest the present on each.
// The places are taken as they are: dropping those whose section is gone
// is memory.State.Prune's job.
func (m *Model) SetHistory(back, forward []memory.Place) {
	m.hist = history{back: fromPlaces(back), forward: fromPlaces(forward)}
}

func toPlaces(ps []place) []memory.Place {
	var out []memory.Place
	for _, p := range ps {
		out = append(out, memory.Place{Section: p.id, Line: p.offset, Total: p.total})
	}
	return out
}

func fromPlaces(ps []memory.Place) []place {
	ps = ps[max(0, len(ps)-maxHistory):]
	var out []place
	for _, p := range ps {
		out = append(out, place{id: p.Section, offset: p.Line, total: p.Total, match: -1})
	}
	return out
}
