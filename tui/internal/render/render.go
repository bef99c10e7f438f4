// Package render is the one way the TUI's panes render markdown: off the
// Bubble Tea Update loop, in a tea.Cmd, with finished renders kept and
// results that arrive after the pane moved on dropped.
//
// A pane holds a Tracker per thing it shows (the reader one, the FAQ one,
// compare one per side). Whenever what it wants to show may have changed
// (another section, width or style) it calls Ensure, which either answers
// at once from a cache or returns the command that renders; when that
// command's Result comes back through Update, Accept says whether it is
// the one the pane is waiting for. A glamour render costs up to 50 ms, so
// it never runs on the loop, and a render of a size or section the user
// has already left must not replace what is on screen.
package render

import (
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/versus-dev/versus/markdown"
)

// Key names one render: the content's id within the pane (a section id,
// an FAQ entry) at a width in a glamour style. Within one generation of a
// Tracker an id always stands for the same markdown.
type Key struct {
	ID    string
	Width int
	Style string
}

// Result is a finished render on its way back to the pane that asked for
// it. Value is what the pane's build function made of the render; it is
// the zero value when Err is set.
type Result[T any] struct {
	Key   Key
	Value T
	Err   error

	gen *store[T] // the generation that asked; see Tracker.Reset
}

// Tracker issues a pane's renders and keeps their results. A Tracker is a
// value inside the pane's model; copies share its cache.
type Tracker[T any] struct {
	wrap    func(Result[T]) tea.Msg
	gen     *store[T]
	want    Key  // what the pane asked for last
	waiting bool // a render of want is in flight
}

// New returns a Tracker keeping up to size results, whose commands
// deliver their Result wrapped by wrap in the pane's own message type, so
// that a pane's Update can tell its renders from another pane's.
func New[T any](size int, wrap func(Result[T]) tea.Msg) Tracker[T] {
	return Tracker[T]{wrap: wrap, gen: newStore[T](size)}
}

// Ensure asks for md rendered for k, and build to make of the render what
// the pane shows. It returns that at once (ok) when the Tracker or the
// renderer has it cached, or when there is no renderer (the markdown is
// then wrapped as plain text); otherwise it returns the command rendering
// it, nil when that render is in flight already. A key with no width
// wants nothing. A render in flight for any other key is stale from now
// on. build runs on the command's goroutine: it must not touch the pane.
func (t *Tracker[T]) Ensure(r *markdown.Renderer, k Key, md string, build func(string) T) (v T, ok bool, cmd tea.Cmd) {
	if t.waiting && t.want == k {
		return v, false, nil
	}
	t.want, t.waiting = k, false
	if k.Width <= 0 {
		return v, false, nil
	}
	if v, ok := t.gen.get(k); ok {
		return v, true, nil
	}
	if r == nil {
		v = build(ansi.Wrap(md, k.Width, ""))
		t.gen.put(k, v)
		return v, true, nil
	}
	if out, ok := r.Cached(md, k.Width, k.Style); ok {
		v = build(out)
		t.gen.put(k, v)
		return v, true, nil
	}
	t.waiting = true
	gen, wrap := t.gen, t.wrap
	return v, false, func() tea.Msg {
		res := Result[T]{Key: k, gen: gen}
		out, err := r.Render(md, k.Width, k.Style)
		if err != nil {
			res.Err = err
		} else {
			res.Value = build(out)
		}
		return wrap(res)
	}
}

// Accept takes in a Result that came back through Update and reports
// whether it is current: the render the pane waits for, to be shown. A
// Result of this generation is cached either way (unless it failed), so
// that coming back to its key finds it ready; one from another Tracker or
// from before a Reset is ignored.
func (t *Tracker[T]) Accept(res Result[T]) bool {
	if res.gen != t.gen {
		return false
	}
	if res.Err == nil {
		t.gen.put(res.Key, res.Value)
	}
	if !t.waiting || res.Key != t.want {
		return false
	}
	t.waiting = false
	return true
}

// Waiting reports whether the pane waits for a render of what it asked
// for last.
func (t Tracker[T]) Waiting() bool { return t.waiting }

// Reset starts a new generation, for when ids may stand for other
// markdown (the pack was reloaded): the cache is emptied, and renders
// asked for before are neither shown nor cached when they arrive.
func (t *Tracker[T]) Reset() {
	t.gen = newStore[T](t.gen.max)
	t.want, t.waiting = Key{}, false
}
