package memory

import (
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"sync"
	"testing"
)

// writerState is the state writer w saves on its i-th save: every save is
// distinct and recognisable, so a reader can tell a whole file from a mix.
func writerState(w, i int) State {
	p := Place{Section: fmt.Sprintf("w%d", w), Line: i, Total: i + 1}
	return State{Resume: &p, Recent: []Place{p}, Back: []Place{p, p}}
}

// checkWhole fails unless st is one whole state some writer saved.
func checkWhole(t *testing.T, st State, notice string) {
	t.Helper()
	if notice != "" {
		t.Fatalf("a reader saw a damaged file: %s", notice)
	}
	if st.Resume == nil {
		return // before the first save
	}
	var w int
	if _, err := fmt.Sscanf(st.Resume.Section, "w%d", &w); err != nil {
		t.Fatalf("unexpected state %+v", st)
	}
	want, _ := Encode("k", writerState(w, st.Resume.Line))
	got, _ := Encode("k", st)
	if string(got) != string(want) {
		t.Fatalf("a reader saw a mix of two saves:\n%s", got)
	}
}

// TestConcurrentWritersInOneProcess hammers one file from two goroutines
// while a third reads it: every read is one whole save.
func TestConcurrentWritersInOneProcess(t *testing.T) {
	s := Store{Dir: t.TempDir()}
	const saves = 200
	var wg sync.WaitGroup
	errs := make(chan error, 2)
	for w := range 2 {
		wg.Go(func() {
			for i := range saves {
				if err := s.Save("k", writerState(w, i)); err != nil {
					errs <- err
					return
				}
			}
		})
	}
	done := make(chan struct{})
	go func() { wg.Wait(); close(done) }()
	for reading := true; reading; {
		select {
		case <-done:
			reading = false
		default:
		}
		st, notice := s.Load("k")
		checkWhole(t, st, notice)
	}
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	st, notice := s.Load("k")
	checkWhole(t, st, notice)
	if st.Resume == nil || st.Resume.Line != saves-1 {
		t.Errorf("the last save of some writer should win; got %+v", st.Resume)
	}
	entries, _ := os.ReadDir(s.Dir)
	if len(entries) != 1 {
		t.Errorf("%d files left in the folder, want the state file only", len(entries))
	}
}

// TestConcurrentWriterProcesses runs two processes saving the same pack's
// state while this one reads it.
func TestConcurrentWriterProcesses(t *testing.T) {
	if testing.Short() {
		t.Skip("starts processes")
	}
	dir := t.TempDir()
	const saves = 150
	var cmds []*exec.Cmd
	for w := range 2 {
		cmd := exec.Command(os.Args[0], "-test.run=^TestHelperWriter$")
		cmd.Env = append(os.Environ(),
			"MEMORY_HELPER_DIR="+dir, "MEMORY_HELPER_WRITER="+strconv.Itoa(w), "MEMORY_HELPER_SAVES="+strconv.Itoa(saves))
		cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		cmds = append(cmds, cmd)
	}
	done := make(chan error, len(cmds))
	for _, cmd := range cmds {
		go func() { done <- cmd.Wait() }()
	}
	s := Store{Dir: dir}
	for finished := 0; finished < len(cmds); {
		select {
		case err := <-done:
			if err != nil {
				t.Fatalf("writer process: %v", err)
			}
			finished++
		default:
		}
		st, notice := s.Load("k")
		checkWhole(t, st, notice)
	}
	st, notice := s.Load("k")
	checkWhole(t, st, notice)
	if st.Resume == nil || st.Resume.Line != saves-1 {
		t.Errorf("the last save of some writer should win; got %+v", st.Resume)
	}
}

// TestHelperWriter is the writer process of TestConcurrentWriterProcesses;
// run directly, it does nothing.
func TestHelperWriter(t *testing.T) {
	dir := os.Getenv("MEMORY_HELPER_DIR")
	if dir == "" {
		t.Skip("helper process only")
	}
	w, _ := strconv.Atoi(os.Getenv("MEMORY_HELPER_WRITER"))
	saves, _ := strconv.Atoi(os.Getenv("MEMORY_HELPER_SAVES"))
	s := Store{Dir: dir}
	for i := range saves {
		if err := s.Save("k", writerState(w, i)); err != nil {
			t.Fatal(err)
		}
		// Reading too: a writer that loads must never see a damaged
		// file and move it aside.
		st, notice := s.Load("k")
		checkWhole(t, st, notice)
	}
}
