//go:build unix

package tui

import "syscall"

// cpuTime is the CPU time the process has used, in nanoseconds. Benchmarks
// report it next to wall time, which a busy machine inflates.
func cpuTime() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}
