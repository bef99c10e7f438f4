package frame

import (
	"strings"
	"testing"

	"github.com/versus-dev/versus/tui/internal/layout"
	"github.com/versus-dev/versus/tui/internal/tuitest"
	"github.com/versus-dev/versus/tui/theme"
)

// The body sits between the title bar and the status bar, from the
// smallest size up; one cell less either way is too small.
func TestNew(t *testing.T) {
	for _, c := range []struct {
		w, h     int
		tooSmall bool
		body     layout.Rect
	}{
		{MinWidth, MinHeight, false, layout.Rect{X: 0, Y: 1, W: MinWidth, H: MinHeight - 2}},
		{120, 40, false, layout.Rect{X: 0, Y: 1, W: 120, H: 38}},
		{MinWidth - 1, MinHeight, true, layout.Rect{}},
		{MinWidth, MinHeight - 1, true, layout.Rect{}},
		{0, 0, true, layout.Rect{}},
	} {
		g := New(c.w, c.h)
		if g.W != c.w || g.H != c.h || g.TooSmall != c.tooSmall || g.Body != c.body {
			t.Errorf("New(%d, %d) = %+v, want too small %v, body %+v", c.w, c.h, g, c.tooSmall, c.body)
		}
	}
}

// The notice says the size and what is needed, fills the screen exactly,
// and still fits on a screen too small to hold a line of it.
func TestTooSmallView(t *testing.T) {
	st, _ := theme.Pick("", true, false)
	v := New(30, 8).TooSmallView(st)
	tuitest.CheckSize(t, v, 30, 8)
	plain := tuitest.Plain(v)
	for _, want := range []string{"Terminal too small", "30×8 — needs at least 40×10", "enlarge it, or q to quit"} {
		if !strings.Contains(plain, want) {
			t.Errorf("notice lacks %q:\n%s", want, plain)
		}
	}
	for _, size := range [][2]int{{1, 1}, {12, 2}, {39, 3}} {
		tuitest.CheckSize(t, New(size[0], size[1]).TooSmallView(st), size[0], size[1])
	}
}
