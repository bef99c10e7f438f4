//go:build !unix

package tuitest

// CPUTime is not measured on this platform: it is always 0.
func CPUTime() int64 { return 0 }
