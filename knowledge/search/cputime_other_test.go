//go:build !unix

package search_test

// cpuTime cannot be read portably here; benchmarks report wall time only.
func cpuTime() (int64, bool) { return 0, false }
