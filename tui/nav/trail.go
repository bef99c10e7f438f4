// Package nav holds how the user moves between views other than inside a
// pane: the trail of views left for another, so that esc, ⌫ and [ come
// back to exactly where they were and ] goes forward again, like a
// browser's history of views; and the aspect number being typed, so that
// "1" then "2" soon after is aspect 12. The root decides what a stop on
// the trail is and how to show one; the reader keeps its own history of
// sections inside browse mode.
package nav

import "slices"

// MaxTrail bounds each side of the trail; the oldest stops go first.
const MaxTrail = 32

// Trail is the stops to go back to and the stops to go forward to. A
// copy of a Trail never shares its backing arrays with the original, so
// that copies of the root model keep their own.
type Trail[S any] struct {
	back, ahead []S
}

// Leave records here, the view on screen, before another replaces it, and
// forgets the stops ahead: a new step starts a new branch.
func (t *Trail[S]) Leave(here S) {
	t.back = push(t.back, here)
	t.ahead = nil
}

// Back returns the stop left last, recording here to go forward to;
// false when there is none.
func (t *Trail[S]) Back(here S) (S, bool) {
	return move(&t.back, &t.ahead, here)
}

// Forward is Back's mirror: the stop Back left.
func (t *Trail[S]) Forward(here S) (S, bool) {
	return move(&t.ahead, &t.back, here)
}

// Last is the stop Back would return; false when there is none.
func (t Trail[S]) Last() (S, bool) {
	if n := len(t.back); n > 0 {
		return t.back[n-1], true
	}
	var zero S
	return zero, false
}

// move pops the last stop of from, pushing here onto to.
func move[S any](from, to *[]S, here S) (S, bool) {
	n := len(*from)
	if n == 0 {
		var zero S
		return zero, false
	}
	s := (*from)[n-1]
	*from = slices.Clip((*from)[:n-1])
	*to = push(*to, here)
	return s, true
}

// push appends s to stops, dropping the oldest beyond MaxTrail. The result
// never shares its backing array with stops.
func push[S any](stops []S, s S) []S {
	stops = append(slices.Clip(stops), s)
	if len(stops) > MaxTrail {
		stops = slices.Clone(stops[len(stops)-MaxTrail:])
	}
	return stops
}
