package tui

import (
	"math/rand/v2"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/versus-dev/versus/tui/common"
	"github.com/versus-dev/versus/tui/internal/tuitest"
)

// randomKeys returns the keys the random test presses: every binding of
// every view, and some that bind nothing.
func randomKeys() []string {
	return []string{
		"up", "down", "left", "right", "enter", "esc", "tab", "shift+tab", "backspace",
		"pgup", "pgdown", "home", "end", "space", "ctrl+f",
		"j", "k", "h", "l", "g", "G", "b", "u", "d", "n", "N", "[", "]", ":",
		"t", "f", "/", "c", "x", "s", "?", "1", "2", "3", "4", "5", "0", "9",
		"a", "e", "z", "T", "é",
	}
}

// TestRandomInput drives the browser with thousands of random events
// (tuitest.RandomMsg: key presses, mouse events, resizes, pastes),
// section openings and theme changes from a fixed seed, and checks that
// it never panics and never draws a line wider than the terminal or more
// lines than it has.
func TestRandomInput(t *testing.T) {
	events := 1500 // per seed
	if testing.Short() {
		events = 300
	}
	keys := randomKeys()
	for _, seed := range []uint64{1, 2} {
		rng := rand.New(rand.NewPCG(seed, 42))
		d := newDriver(t, Options{Pack: fixture(t)})
		w, h := 100, 30
		d.send(tea.WindowSizeMsg{Width: w, Height: h})
		ids := []string{"overview", "caffeine", "taste", "faq", "sources", "nope"}
		for i := range events {
			var msg tea.Msg
			switch r := rng.IntN(100); {
			case r < 95:
				msg = tuitest.RandomMsg(rng, keys, w, h)
				if size, ok := msg.(tea.WindowSizeMsg); ok {
					w, h = size.Width, size.Height
				}
			case r < 98:
				msg = common.OpenSectionMsg{ID: ids[rng.IntN(len(ids))], Query: []string{"", "tea", "cup"}[rng.IntN(3)]}
			default:
				msg = tea.BackgroundColorMsg{Color: lightColor{}}
			}
			func() {
				defer func() {
					if p := recover(); p != nil {
						t.Fatalf("seed %d, event %d (%#v): panic: %v", seed, i, msg, p)
					}
				}()
				d.send(msg)
				checkFits(t, d.m.View().Content, w, h)
			}()
		}
	}
}
