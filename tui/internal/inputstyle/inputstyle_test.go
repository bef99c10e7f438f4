package inputstyle

import (
	"testing"

	"github.com/versus-dev/versus/tui/theme"
)

func TestNew(t *testing.T) {
	for _, dark := range []bool{true, false} {
		th := theme.New(dark, false)
		s := New(th)
		if s.Cursor.Blink {
			t.Errorf("dark=%v: the cursor blinks", dark)
		}
		if s.Cursor.Color != th.Palette.Accent {
			t.Errorf("dark=%v: cursor colour %v, want the accent %v", dark, s.Cursor.Color, th.Palette.Accent)
		}
		if got, want := s.Blurred.Prompt.GetForeground(), th.Palette.Accent; got != want {
			t.Errorf("dark=%v: a blurred input's prompt is %v, want the accent %v", dark, got, want)
		}
		if !s.Focused.Prompt.GetBold() {
			t.Errorf("dark=%v: the prompt is not bold", dark)
		}
	}
}
