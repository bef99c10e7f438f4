package browse

import (
	"testing"

	"github.com/versus-dev/versus/tui/internal/tuitest"
	"github.com/versus-dev/versus/tui/memory"
)

// TestResumeAndRemember checks that a resumed pane shows the place left
// off with the earlier run's trail, that a section asked for puts that
// place one step back, and that Remember hands both back for the next run.
func TestResumeAndRemember(t *testing.T) {
	c := tuitest.Common(t)
	st := memory.State{
		Resume: &memory.Place{Section: "speed"},
		Back:   []memory.Place{{Section: "overview"}},
	}
	b := New(c, nil)
	b.Resume(c.Pack, st, "")
	if s := b.Reader().Section(); s == nil || s.ID != "speed" || b.Focus() != FocusReader {
		t.Fatalf("resumed on %v with focus %v, want speed in the reader", s, b.Focus())
	}
	got := b.Remember(memory.State{})
	if got.Resume == nil || got.Resume.Section != "speed" || len(got.Back) != 1 || got.Back[0].Section != "overview" {
		t.Errorf("remembered %+v, want speed with overview behind", got)
	}

	b = New(c, c.Pack.Section("packages"))
	b.Resume(c.Pack, st, "packages")
	back, _ := b.Reader().History()
	if s := b.Reader().Section(); s == nil || s.ID != "packages" || len(back) != 2 || back[1].Section != "speed" {
		t.Errorf("asked for packages: on %v with %+v behind, want packages with overview, speed", s, back)
	}

	b = New(c, nil)
	b.Resume(c.Pack, memory.State{}, "")
	if back, _ := b.Reader().History(); len(back) != 0 {
		t.Errorf("nothing to resume left %+v behind", back)
	}
}
