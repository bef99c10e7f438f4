package packtest

import "time"

// Deadliner is what Patience needs of a test: *testing.T satisfies it.
type Deadliner interface {
	Deadline() (time.Time, bool)
}

// Patience is how long a hang detector waits before it calls something
// hung: the time left before the test binary's -timeout, less a margin to
// report the hang by name rather than by goroutine dump.
//
// A fixed bound is a timing assertion in disguise. On a 2-core machine
// running the whole suite beside other builds, healthy processes were
// starved past 20 and 30 s bounds, so those tests failed on a good
// change. A hang never ends, so any bound catches it; the longest one
// available is the only one a slow machine cannot trip, and -timeout
// stays the one knob for how long is too long.
func Patience(t Deadliner) time.Duration {
	deadline, ok := t.Deadline()
	if !ok { // -timeout 0: no limit was asked for, so wait long
		return 10 * time.Minute
	}
	left := time.Until(deadline)
	margin := max(left/10, 5*time.Second)
	return max(left-margin, time.Second)
}
