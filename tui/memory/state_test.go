package memory

import (
	"reflect"
	"testing"
	"time"

	"github.com/versus-dev/versus/knowledge"
	"github.com/versus-dev/versus/knowledge/packtest"
)

func TestToggleBookmark(t *testing.T) {
	var s State
	now := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	if !s.ToggleBookmark("perf", "", now) || !s.HasBookmark("perf", "") {
		t.Fatal("first toggle did not set the bookmark")
	}
	if !s.ToggleBookmark("perf", "memory", now) {
		t.Fatal("a heading of a bookmarked section could not be bookmarked too")
	}
	if s.ToggleBookmark("perf", "", now) || s.HasBookmark("perf", "") {
		t.Fatal("second toggle did not clear the bookmark")
	}
	if !s.HasBookmark("perf", "memory") {
		t.Fatal("clearing the section's bookmark cleared its heading's")
	}
	if !s.RemoveBookmark("perf", "memory") || s.RemoveBookmark("perf", "memory") || len(s.Bookmarks) != 0 {
		t.Fatalf("RemoveBookmark: %+v", s.Bookmarks)
	}
	for i := range MaxBookmarks + 5 {
		s.ToggleBookmark("s", string(rune('a'+i%26))+time.Duration(i).String(), now)
	}
	if len(s.Bookmarks) != MaxBookmarks || s.Bookmarks[0].Anchor != "f5ns" {
		t.Errorf("past the limit: %d bookmarks, oldest %q; want %d, the first five gone", len(s.Bookmarks), s.Bookmarks[0].Anchor, MaxBookmarks)
	}
}

func TestVisitKeepsOnePlacePerSectionMostRecentFirst(t *testing.T) {
	var s State
	s.Visit(Place{Section: "a", Line: 1})
	s.Visit(Place{Section: "b", Line: 2})
	s.Visit(Place{Section: "a", Line: 9})
	want := []Place{{Section: "a", Line: 9}, {Section: "b", Line: 2}}
	if !reflect.DeepEqual(s.Recent, want) {
		t.Errorf("recent %+v, want %+v", s.Recent, want)
	}
	if s.Resume == nil || *s.Resume != (Place{Section: "a", Line: 9}) {
		t.Errorf("resume %+v, want a at line 9", s.Resume)
	}
	for i := range MaxRecent + 10 {
		s.Visit(Place{Section: string(rune('A' + i))})
	}
	if len(s.Recent) != MaxRecent || s.Recent[0].Section != string(rune('A'+MaxRecent+9)) {
		t.Errorf("recent holds %d places, first %q", len(s.Recent), s.Recent[0].Section)
	}
	s.Visit(Place{})
	if s.Resume.Section == "" {
		t.Error("a place without a section became the resume place")
	}
}

func TestSetHistoryKeepsTheNearestPlaces(t *testing.T) {
	back := make([]Place, MaxHistory+3)
	for i := range back {
		back[i] = Place{Section: "s", Line: i}
	}
	var s State
	s.SetHistory(back, nil)
	if len(s.Back) != MaxHistory || s.Back[len(s.Back)-1].Line != MaxHistory+2 || s.Forward != nil {
		t.Fatalf("back %d places ending at line %d", len(s.Back), s.Back[len(s.Back)-1].Line)
	}
	back[len(back)-1].Line = -7
	if s.Back[len(s.Back)-1].Line == -7 {
		t.Error("SetHistory kept the caller's slice")
	}
}

// TestPruneMissingSection: places of a section the pack no longer holds
// go, quietly, and a heading that went falls back to its section; the
// bookmarks stay as they were set, the missing ones included.
func TestPruneMissingSection(t *testing.T) {
	pack, err := knowledge.Load(packtest.Generate(4)) // overview, aspect-00001, aspect-00002, faq
	if err != nil {
		t.Fatal(err)
	}
	now := time.Unix(0, 0).UTC()
	s := State{
		Resume: &Place{Section: "deleted", Line: 5},
		Bookmarks: []Bookmark{
			{Section: "aspect-00001", Added: now},
			{Section: "aspect-00001", Anchor: "gone-heading", Added: now},
			{Section: "deleted", Added: now},
			{Section: "aspect-00002", Anchor: "comparison", Added: now},
		},
		Back:    []Place{{Section: "overview", Anchor: "at-a-glance"}, {Section: "deleted"}},
		Forward: []Place{{Section: "deleted"}},
		Recent:  []Place{{Section: "faq", Anchor: "gone", Line: 3}, {Section: "deleted"}},
	}
	if !s.Prune(pack) {
		t.Fatal("Prune reported no change")
	}
	want := State{
		Bookmarks: []Bookmark{
			{Section: "aspect-00001", Added: now},
			{Section: "aspect-00001", Anchor: "gone-heading", Added: now},
			{Section: "deleted", Added: now},
			{Section: "aspect-00002", Anchor: "comparison", Added: now},
		},
		Back:   []Place{{Section: "overview", Anchor: "at-a-glance"}},
		Recent: []Place{{Section: "faq", Line: 3}},
	}
	if !reflect.DeepEqual(s, want) {
		t.Errorf("pruned to %+v\nwant        %+v", s, want)
	}
	if s.Prune(pack) {
		t.Error("a second Prune changed something")
	}
	if _, err := Encode("/k", s); err != nil {
		t.Errorf("pruned state does not encode: %v", err)
	}
}

// A state handed to the saver's goroutine is a shallow copy: removing a
// bookmark afterwards must not rewrite the copy's bookmarks under it (a
// saved bookmark with no section made the whole file unreadable).
func TestRemovingABookmarkLeavesCopiesAlone(t *testing.T) {
	var s State
	now := time.Now()
	s.ToggleBookmark("a", "", now)
	s.ToggleBookmark("b", "", now)
	snapshot := s
	s.RemoveBookmark("a", "")
	s.ToggleBookmark("b", "", now) // removes b
	if len(snapshot.Bookmarks) != 2 || snapshot.Bookmarks[0].Section != "a" || snapshot.Bookmarks[1].Section != "b" {
		t.Errorf("the copy changed: %+v", snapshot.Bookmarks)
	}
}
