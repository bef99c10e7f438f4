package tui

import (
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/versus-dev/versus/tui/internal/tuitest"
)

// TestPrerenderIsWhatTheFirstFrameNeeds checks that the render prepare
// starts before the program runs is the one the reader asks for once the
// terminal's size arrives: with it done, the section is on screen at the
// first size message, with no render left to wait for.
func TestPrerenderIsWhatTheFirstFrameNeeds(t *testing.T) {
	pack := tuitest.DefaultPack(t)
	for _, size := range [][2]int{{120, 40}, {80, 24}, {200, 60}} {
		w, h := size[0], size[1]
		cold := New(Options{Pack: pack, Start: "performance"})
		next, _ := cold.Update(tea.WindowSizeMsg{Width: w, Height: h})
		if next.(Model).Reader().Ready() {
			t.Fatalf("%dx%d: the reader was ready with nothing rendered", w, h)
		}

		m := New(Options{Pack: pack, Start: "performance"})
		g := newGeometry(w, h)
		work := m.browse.Prerender(g.body.W, g.body.H)
		if work == nil {
			t.Fatalf("%dx%d: nothing to prerender", w, h)
		}
		work()
		next, _ = m.Update(tea.WindowSizeMsg{Width: w, Height: h})
		if !next.(Model).Reader().Ready() {
			t.Errorf("%dx%d: the prerendered section was not used by the first frame", w, h)
		}
	}
}
