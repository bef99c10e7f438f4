package tuitest

import "testing"

// CPUPerOp reports, as the metric cpu-ns/op, the CPU time per operation
// of b since start, a value of CPUTime: on a busy machine wall time says
// more about the machine than the code. It reports nothing where CPUTime
// is not measured.
func CPUPerOp(b *testing.B, start int64) {
	if start > 0 && b.N > 0 {
		b.ReportMetric(float64(CPUTime()-start)/float64(b.N), "cpu-ns/op")
	}
}
