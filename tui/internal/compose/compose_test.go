package compose

import (
	"testing"

	"github.com/versus-dev/versus/tui/internal/layout"
)

type at struct{ x, y int }

func (a at) Position() (x, y int) { return a.x, a.y }

func TestPlace(t *testing.T) {
	area := layout.Rect{X: 0, Y: 1, W: 20, H: 10}
	if x, y := Place(nil, "abcd\nefgh", area); x != 8 || y != 5 {
		t.Errorf("centred: %d,%d, want 8,5", x, y)
	}
	if x, y := Place(nil, "a box wider than the area", area); x != 0 || y != 5 {
		t.Errorf("too wide: %d,%d, want the left edge", x, y)
	}
	if x, y := Place(at{3, 2}, "abcd", area); x != 3 || y != 3 {
		t.Errorf("placed: %d,%d, want 3,3 (relative to the area)", x, y)
	}
}

func TestBaseDrawsOncePerGeneration(t *testing.T) {
	var b Base
	draws := 0
	draw := func() string { draws++; return "\x1b[1mtitle\x1b[m\nbody" }
	for range 3 {
		if got := b.Lines(1, draw); len(got) != 2 || got[0] != "title" || got[1] != "body" {
			t.Fatalf("lines %q", got)
		}
	}
	b.Lines(2, draw)
	if draws != 2 {
		t.Errorf("%d draws for two generations", draws)
	}
}

// The rows the box spans are blanked across the area; the rest is dimmed.
func TestOverDimsAroundTheBox(t *testing.T) {
	d := Dimmer{on: "<", off: ">"}
	got := Over([]string{"aaaa", "bbbb", "cccc"}, "XY", 1, 1, layout.Rect{W: 4, H: 3}, d)
	if want := "<aaaa>\n XY \n<cccc>"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
