//go:build benchprofile

package main

import (
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"runtime/trace"
	"strconv"
	"time"
)

// A binary built with -tags benchprofile (BenchmarkStartup does, when
// VERSUS_BENCH_PROFILE names a folder) records where its start-up goes:
// an execution trace and a CPU profile at 1 kHz of the first
// VERSUS_PROFILE_MS milliseconds after package initialisation, and a heap
// profile at their end (what the last collection found live, by where it
// was allocated), written to VERSUS_PROFILE_DIR as trace-PID.out,
// cpu-PID.pprof and heap-PID.pprof. The recording
// stops on a timer because versus leaves through os.Exit, which runs no
// deferred call. Without the tag none of this is linked.
func init() {
	dir := os.Getenv("VERSUS_PROFILE_DIR")
	if dir == "" {
		return
	}
	span, err := strconv.Atoi(os.Getenv("VERSUS_PROFILE_MS"))
	if err != nil || span <= 0 {
		span = 400
	}
	// Every allocation from here on is in the heap profile; those of
	// package initialisation before this one are missed.
	runtime.MemProfileRate = 1
	pid := strconv.Itoa(os.Getpid())
	tf, err := os.Create(filepath.Join(dir, "trace-"+pid+".out"))
	if err != nil {
		return
	}
	cf, err := os.Create(filepath.Join(dir, "cpu-"+pid+".pprof"))
	if err != nil {
		return
	}
	// The default 100 Hz gives a handful of samples per launch; the
	// runtime warns on stderr that the rate is set twice, which is true.
	runtime.SetCPUProfileRate(1000)
	_ = pprof.StartCPUProfile(cf)
	_ = trace.Start(tf)
	time.AfterFunc(time.Duration(span)*time.Millisecond, func() {
		trace.Stop()
		pprof.StopCPUProfile()
		_ = tf.Close()
		_ = cf.Close()
		if hf, err := os.Create(filepath.Join(dir, "heap-"+pid+".pprof")); err == nil {
			_ = pprof.WriteHeapProfile(hf)
			_ = hf.Close()
		}
	})
}
