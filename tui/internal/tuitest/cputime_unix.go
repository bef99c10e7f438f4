//go:build unix

package tuitest

import "syscall"

// CPUTime is the CPU time the process has used, in nanoseconds, or 0 when
// it cannot be read. Benchmarks report it next to wall time, which a busy
// machine inflates.
func CPUTime() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}
