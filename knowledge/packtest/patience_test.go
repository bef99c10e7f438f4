package packtest

import (
	"testing"
	"time"
)

type fixedDeadline struct {
	at time.Time
	ok bool
}

func (d fixedDeadline) Deadline() (time.Time, bool) { return d.at, d.ok }

func TestPatience(t *testing.T) {
	if got := Patience(fixedDeadline{}); got != 10*time.Minute {
		t.Errorf("no deadline: %v, want 10m", got)
	}
	// Ten minutes left: wait about nine, leaving time to report the hang.
	got := Patience(fixedDeadline{time.Now().Add(10 * time.Minute), true})
	if got < 8*time.Minute || got > 9*time.Minute {
		t.Errorf("10m left: %v, want about 9m", got)
	}
	// Almost nothing left: still wait a moment rather than fail at once.
	if got := Patience(fixedDeadline{time.Now().Add(2 * time.Second), true}); got != time.Second {
		t.Errorf("2s left: %v, want 1s", got)
	}
}
