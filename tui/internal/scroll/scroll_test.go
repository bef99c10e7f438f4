package scroll

import (
	"testing"

	tea "charm.land/bubbletea/v2"
)

func TestLines(t *testing.T) {
	k := DefaultKeys("up", "down")
	for _, c := range []struct {
		key    tea.KeyPressMsg
		height int
		want   int
	}{
		{tea.KeyPressMsg{Code: 'j', Text: "j"}, 10, 1},
		{tea.KeyPressMsg{Code: tea.KeyUp}, 10, -1},
		{tea.KeyPressMsg{Code: tea.KeyPgDown}, 10, 10},
		{tea.KeyPressMsg{Code: 'b', Text: "b"}, 10, -10},
		{tea.KeyPressMsg{Code: 'd', Text: "d"}, 10, 5},
		{tea.KeyPressMsg{Code: 'u', Mod: tea.ModCtrl}, 10, -5},
		{tea.KeyPressMsg{Code: 'd', Text: "d"}, 1, 1},    // a half page is at least a line
		{tea.KeyPressMsg{Code: tea.KeyPgDown}, 0, 1},     // so is a page
		{tea.KeyPressMsg{Code: 'G', Text: "G"}, 10, far}, // clamped by the view
		{tea.KeyPressMsg{Code: tea.KeyHome}, 10, -far},
	} {
		got, ok := k.Lines(c.key, c.height)
		if !ok || got != c.want {
			t.Errorf("%s at height %d: got %d, %v; want %d", c.key, c.height, got, ok, c.want)
		}
	}
	if d, ok := k.Lines(tea.KeyPressMsg{Code: 'x', Text: "x"}, 10); ok {
		t.Errorf("x scrolled %d", d)
	}
	k.Down.SetEnabled(false)
	if _, ok := k.Lines(tea.KeyPressMsg{Code: 'j', Text: "j"}, 10); ok {
		t.Error("a disabled binding scrolled")
	}
}
