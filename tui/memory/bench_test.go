package memory

import (
	"fmt"
	"testing"
	"time"
)

// full is a state at every limit: the largest file versus writes.
func full() State {
	var s State
	now := time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)
	for i := range MaxBookmarks {
		s.ToggleBookmark(fmt.Sprintf("section-%03d", i), "some-heading-anchor", now)
	}
	places := make([]Place, MaxHistory)
	for i := range places {
		places[i] = Place{Section: fmt.Sprintf("section-%03d", i), Anchor: "some-heading-anchor", Line: i, Total: 400}
	}
	s.SetHistory(places, places)
	for _, p := range places[:MaxRecent] {
		s.Visit(p)
	}
	return s
}

func benchmarkSaveLoad(b *testing.B, st State) {
	s := Store{Dir: b.TempDir()}
	data, _ := Encode("/packs/mine", st)
	b.ReportMetric(float64(len(data)), "file-bytes")
	b.Run("save", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if err := s.Save("/packs/mine", st); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("load", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, notice := s.Load("/packs/mine"); notice != "" {
				b.Fatal(notice)
			}
		}
	})
}

// BenchmarkTypical is a reader's usual state: a few bookmarks, some history.
func BenchmarkTypical(b *testing.B) { benchmarkSaveLoad(b, sample()) }

// BenchmarkFull is the state at every limit.
func BenchmarkFull(b *testing.B) { benchmarkSaveLoad(b, full()) }
