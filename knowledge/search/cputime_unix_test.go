//go:build unix

package search_test

import "syscall"

// cpuTime returns the CPU time this process has used, in nanoseconds, or
// false where it cannot be read. Benchmarks report it next to wall time,
// which a busy machine inflates.
func cpuTime() (int64, bool) {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0, false
	}
	return ru.Utime.Nano() + ru.Stime.Nano(), true
}
