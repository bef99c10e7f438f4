package browse

import (
	"testing"

	"github.com/versus-dev/versus/tui/internal/tuitest"
	"github.com/versus-dev/versus/tui/memory"
)

// TestResumeAndRemember checks that a resumed pane shows the place left
// off with the earlier run's trail, that a section asked for puts that
// place one step back, that a fresh start or no session resumes nothing,
// and that Remember hands both back for the next run.
func TestResumeAndRemember(t *testing.T) {
	c := tuitest.Common(t)
	st := memory.State{
		Resume: &memory.Place{Section: "speed"},
		Back:   []memory.Place{{Section: "overview"}},
	}
	s := &memory.Session{State: st}
	b := New(c, nil)
	b.Resume(c.Pack, s, "")
	if s := b.Reader().Section(); s == nil || s.ID != "speed" || b.Focus() != FocusReader {
		t.Fatalf("resumed on %v with focus %v, want speed in the reader", s, b.Focus())
	}
	got := b.Remember(memory.State{})
	if got.Resume == nil || got.Resume.Section != "speed" || len(got.Back) != 1 || got.Back[0].Section != "overview" {
		t.Errorf("remembered %+v, want speed with overview behind", got)
	}

	b = New(c, c.Pack.Section("packages"))
	b.Resume(c.Pack, s, "packages")
	back, _ := b.Reader().History()
	if s := b.Reader().Section(); s == nil || s.ID != "packages" || len(back) != 2 || back[1].Section != "speed" {
		t.Errorf("asked for packages: on %v with %+v behind, want packages with overview, speed", s, back)
	}

	for name, s := range map[string]*memory.Session{
		"nothing to resume": {},
		"a fresh start":     {State: st, Fresh: true},
		"no session":        nil,
	} {
		b = New(c, nil)
		b.Resume(c.Pack, s, "")
		if back, _ := b.Reader().History(); len(back) != 0 || b.Focus() != FocusList {
			t.Errorf("%s: focus %v with %+v behind, want the list and nothing behind", name, b.Focus(), back)
		}
	}
}
