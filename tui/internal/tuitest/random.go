package tuitest

import (
	"math/rand/v2"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/versus-dev/versus/tui/common"
)

// Random drives a pane with random input from a fixed seed, the way a
// user mashing keys on a window being resized would: key presses,
// pastes, mouse wheel turns and clicks, resizes from 0x0 to 300x100, now
// and then the pane made anew, and the messages its commands return
// delivered late and out of order. It checks that the pane never panics
// and that its View always fits.
type Random struct {
	Seed   uint64
	Events int      // 1000 when 0
	Keys   []string // RandomKeys() when nil

	// New makes the pane, at the start and again now and then.
	New func(rng *rand.Rand) common.Pane

	// Box is the area the View must fit on a w×h screen, for a pane that
	// draws a box smaller than the screen; the screen when nil.
	Box func(p common.Pane, w, h int) (bw, bh int)
}

// Run drives the pane; the first panic or View that does not fit fails
// t, naming the seed and the event.
func (r Random) Run(t testing.TB) {
	t.Helper()
	n := r.Events
	if n == 0 {
		n = 1000
	}
	keys := r.Keys
	if keys == nil {
		keys = RandomKeys()
	}
	rng := rand.New(rand.NewPCG(r.Seed, r.Seed+1))
	p := r.New(rng)
	w, h := 80, 24
	pending := Run(p.SetSize(w, h))
	for i := range n {
		var msg tea.Msg
		func() {
			defer func() {
				if v := recover(); v != nil {
					t.Fatalf("seed %d, event %d (%#v): panic: %v", r.Seed, i, msg, v)
				}
			}()
			var cmd tea.Cmd
			switch k := rng.IntN(100); {
			case k < 2:
				p = r.New(rng)
				cmd = p.SetSize(w, h)
			case k < 12:
				if len(pending) > 0 {
					j := rng.IntN(len(pending))
					msg = pending[j]
					pending = append(pending[:j], pending[j+1:]...)
					p, cmd = p.Update(msg)
				}
			default:
				msg = RandomMsg(rng, keys, w, h)
				if size, ok := msg.(tea.WindowSizeMsg); ok {
					w, h = size.Width, size.Height
					cmd = p.SetSize(w, h)
				} else {
					p, cmd = p.Update(msg)
				}
			}
			pending = append(pending, Run(cmd)...)
			bw, bh := w, h
			if r.Box != nil {
				bw, bh = r.Box(p, w, h)
				if bw > w || bh > h {
					t.Fatalf("seed %d, event %d (%#v): box %dx%d on a %dx%d screen", r.Seed, i, msg, bw, bh, w, h)
				}
			}
			CheckSize(t, p.View(), bw, bh)
		}()
	}
}

// RandomMsg returns one random input event on a w×h screen: mostly a
// key from keys, else a mouse wheel turn or a click (a little past the
// edges too), a resize (0x0 to 300x100, a usable size one time in three)
// or a paste.
func RandomMsg(rng *rand.Rand, keys []string, w, h int) tea.Msg {
	switch k := rng.IntN(100); {
	case k < 78:
		return Press(keys[rng.IntN(len(keys))])
	case k < 86:
		btn := tea.MouseWheelDown
		if rng.IntN(2) == 0 {
			btn = tea.MouseWheelUp
		}
		return tea.MouseWheelMsg{X: rng.IntN(w + 5), Y: rng.IntN(h + 5), Button: btn}
	case k < 90:
		return tea.MouseClickMsg{X: rng.IntN(w + 5), Y: rng.IntN(h + 5), Button: tea.MouseLeft}
	case k < 97:
		if rng.IntN(3) == 0 {
			return tea.WindowSizeMsg{Width: 40 + rng.IntN(120), Height: 10 + rng.IntN(40)}
		}
		return tea.WindowSizeMsg{Width: rng.IntN(301), Height: rng.IntN(101)}
	default:
		// Text, a key the panes bind, lines, an escape sequence and
		// wide characters.
		pastes := []string{"tea", "q", "1\n2", "\x1b[31m", "語é"}
		return tea.PasteMsg{Content: pastes[rng.IntN(len(pastes))]}
	}
}
