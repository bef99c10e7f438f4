package memory

import (
	"testing"
	"time"

	"github.com/versus-dev/versus/knowledge"
)

// A bookmark save taken before the final one but written after it must
// not put the older state back.
func TestSessionSavingKeepsTheFinalState(t *testing.T) {
	s := &Session{Store: Store{Dir: t.TempDir()}, Key: "k"}
	late := s.Saving(State{Resume: &Place{Section: "bookmarked"}})
	if err := s.Save(State{Resume: &Place{Section: "final"}}); err != nil {
		t.Fatal(err)
	}
	if err := late(); err != nil {
		t.Fatal(err)
	}
	st, notice := s.Store.Load("k")
	if notice != "" || st.Resume == nil || st.Resume.Section != "final" {
		t.Errorf("on disk: %+v (%q), want the final save", st.Resume, notice)
	}
}

func TestMarkSaysWhatItDid(t *testing.T) {
	sec := &knowledge.Section{ID: "perf", Title: "Performance"}
	h := knowledge.Heading{Text: "Memory", Anchor: "memory"}
	now := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	var s State
	for _, c := range []struct {
		under bool
		want  string
	}{
		{false, "bookmarked: Performance"},
		{true, "bookmarked: Performance › Memory"},
		{false, "bookmark removed: Performance"},
	} {
		if got := s.Mark(sec, h, c.under, now); got != c.want {
			t.Errorf("Mark(under %v) = %q, want %q", c.under, got, c.want)
		}
	}
	if len(s.Bookmarks) != 1 || s.Bookmarks[0] != (Bookmark{Section: "perf", Anchor: "memory", Added: now}) {
		t.Errorf("bookmarks %+v, want the heading's alone", s.Bookmarks)
	}
}
