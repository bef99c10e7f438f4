package program

import (
	"bytes"
	"runtime/debug"
	"testing"
)

// TestStartupCollectorTarget checks that the collector's target is raised
// for the start-up only: the first screen shown gives the previous one
// back.
func TestStartupCollectorTarget(t *testing.T) {
	s := NewStartup()
	if got := debug.SetGCPercent(startupGCPercent); got != startupGCPercent {
		t.Errorf("collector target during start-up: %d, want %d", got, startupGCPercent)
	}
	s.End()
	if got := debug.SetGCPercent(s.gc); got != s.gc {
		t.Errorf("collector target after start-up: %d, want %d", got, s.gc)
	}
}

// TestShownByTheFrameNotTheQueries checks which write ends the start-up:
// Bubble Tea writes its queued queries just before each frame, and work
// released by them would compete with the frame that shows the content.
// Only a write that carries text does; a write with none releases the
// work a frame later, so that a screen that never changes holds nothing.
func TestShownByTheFrameNotTheQueries(t *testing.T) {
	queries := []byte("\x1b[?2026$p\x1b[?2027$p\x1b]11;?\x07")
	shown := func(s *Startup) bool {
		select {
		case <-s.Shown():
			return true
		default:
			return false
		}
	}

	s := NewStartup()
	defer s.End()
	var late []func()
	s.later = func(f func()) { late = append(late, f) }
	var term bytes.Buffer
	out := s.Output(&term)
	write := func(p []byte) {
		t.Helper()
		if _, err := out.Write(p); err != nil {
			t.Fatal(err)
		}
	}
	write([]byte("\x1b[Hthe list, before the section"))
	if shown(s) {
		t.Fatal("shown by a frame drawn before the content")
	}
	s.Ready()
	write(queries)
	if shown(s) {
		t.Fatal("shown by the queries written before the frame")
	}
	write(queries)
	if len(late) != 1 {
		t.Fatalf("writes with no text armed %d late releases, want 1", len(late))
	}
	write([]byte("\x1b[3;44H\x1b[38;5;228mPerformance\x1b[m"))
	if !shown(s) {
		t.Fatal("the frame with the content did not end the start-up")
	}

	blank := NewStartup()
	defer blank.End()
	late = nil
	blank.later = func(f func()) { late = append(late, f) }
	out = blank.Output(&term)
	blank.Ready()
	write([]byte("\x1b[2J\x1b[H   \r\n"))
	if shown(blank) || len(late) != 1 {
		t.Fatalf("a write with no text: shown %v, late releases %d; want false, 1", shown(blank), len(late))
	}
	late[0]()
	if !shown(blank) {
		t.Fatal("the late release did not end the start-up")
	}
}
