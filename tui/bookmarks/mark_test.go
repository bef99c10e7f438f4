package bookmarks

import (
	"testing"
	"time"

	"github.com/versus-dev/versus/knowledge"
	"github.com/versus-dev/versus/tui/memory"
)

// reading is a reader showing sec with h at the top of its view, or
// the top of sec above its first heading when under is false.
type reading struct {
	sec   *knowledge.Section
	h     knowledge.Heading
	under bool
}

func (r reading) Section() *knowledge.Section             { return r.sec }
func (r reading) HeadingAtTop() (knowledge.Heading, bool) { return r.h, r.under }

// The bookmark key marks the heading at the top of the view, saves at
// once, and a second press removes the mark and saves again.
func TestMarkTogglesAndSavesAtOnce(t *testing.T) {
	s := &memory.Session{Store: memory.Store{Dir: t.TempDir()}, Key: "k"}
	r := reading{&knowledge.Section{ID: "perf", Title: "Performance"}, knowledge.Heading{Text: "Memory", Anchor: "memory"}, true}
	now := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	var st memory.State

	note, save := Mark(s, &st, r, now)
	if note != "bookmarked: Performance › Memory" || save == nil {
		t.Fatalf("first press: %q, save %v", note, save != nil)
	}
	if len(st.Bookmarks) != 1 || st.Bookmarks[0] != (memory.Bookmark{Section: "perf", Anchor: "memory", Added: now}) {
		t.Fatalf("state %+v, want the heading's bookmark", st.Bookmarks)
	}
	if msg := save().(SavedMsg); msg.Err != nil {
		t.Fatal(msg.Err)
	}
	if got, _ := s.Store.Load("k"); len(got.Bookmarks) != 1 || got.Bookmarks[0].Anchor != "memory" {
		t.Fatalf("on disk %+v, want the heading's bookmark", got.Bookmarks)
	}

	note, save = Mark(s, &st, r, now)
	if note != "bookmark removed: Performance › Memory" || len(st.Bookmarks) != 0 {
		t.Fatalf("second press: %q, %d bookmarks", note, len(st.Bookmarks))
	}
	save()
	if got, _ := s.Store.Load("k"); len(got.Bookmarks) != 0 {
		t.Fatalf("on disk %+v after the removal", got.Bookmarks)
	}
}

// Above the section's first heading the mark is on the section itself.
func TestMarkAboveFirstHeadingMarksSection(t *testing.T) {
	s := &memory.Session{Store: memory.Store{Dir: t.TempDir()}, Key: "k"}
	var st memory.State
	note, _ := Mark(s, &st, reading{sec: &knowledge.Section{ID: "perf", Title: "Performance"}}, time.Now())
	if note != "bookmarked: Performance" || len(st.Bookmarks) != 1 || st.Bookmarks[0].Anchor != "" {
		t.Fatalf("%q, %+v: want the section bookmarked", note, st.Bookmarks)
	}
}

// Without a state folder the key says bookmarks are off and changes nothing.
func TestMarkWithoutSessionIsOff(t *testing.T) {
	var st memory.State
	note, save := Mark(nil, &st, reading{sec: &knowledge.Section{ID: "perf"}}, time.Now())
	if note != Off || save != nil || len(st.Bookmarks) != 0 {
		t.Fatalf("%q, save %v, %d bookmarks: want bookmarks off and nothing changed", note, save != nil, len(st.Bookmarks))
	}
}
