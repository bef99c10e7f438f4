package program

import (
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
