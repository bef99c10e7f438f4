package watch

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/fsnotify/fsnotify"

	"github.com/versus-dev/versus/knowledge"
	"github.com/versus-dev/versus/knowledge/packtest"
)

// packDir writes a valid generated pack (overview, aspect-00001,
// aspect-00002, faq) to a new folder.
func packDir(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "pack")
	if err := os.CopyFS(dir, packtest.Generate(4)); err != nil {
		t.Fatal(err)
	}
	return dir
}

const aspectFile = "aspects/aspect-00001.md"

func aspectTitle(t *testing.T, p *knowledge.Pack) string {
	t.Helper()
	s := p.Section("aspect-00001")
	if s == nil {
		t.Fatal("the pack lost aspect-00001")
	}
	return s.Title
}

// retitle rewrites the aspect's title in its front matter in src.
func retitle(t *testing.T, src []byte, title string) []byte {
	t.Helper()
	lines := strings.Split(string(src), "\n")
	for i, l := range lines {
		if strings.HasPrefix(l, "title: ") {
			lines[i] = "title: " + title
			return []byte(strings.Join(lines, "\n"))
		}
	}
	t.Fatal("no title line")
	return nil
}

func read(t *testing.T, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func write(t *testing.T, path string, data []byte) {
	t.Helper()
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

func watcher(t *testing.T, dir string) *Watcher {
	t.Helper()
	w, err := New(Config{Dir: dir})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = w.Close() })
	return w
}

// waitFor returns the first Result for which ok holds, failing the test
// if none comes.
func waitFor(t *testing.T, w *Watcher, what string, ok func(Result) bool) Result {
	t.Helper()
	timeout := time.After(packtest.Patience(t))
	for {
		select {
		case r, open := <-w.Results():
			if !open {
				t.Fatalf("results closed while waiting for %s", what)
			}
			if ok(r) {
				return r
			}
		case <-timeout:
			t.Fatalf("no reload with %s", what)
		}
	}
}

func titled(t *testing.T, title string) func(Result) bool {
	return func(r Result) bool { return r.Pack != nil && aspectTitle(t, r.Pack) == title }
}

func TestEditReloadsWithoutATrigger(t *testing.T) {
	dir := packDir(t)
	w := watcher(t, dir)
	path := filepath.Join(dir, aspectFile)
	write(t, path, retitle(t, read(t, path), "Edited in place"))
	r := waitFor(t, w, "the new title", titled(t, "Edited in place"))
	if len(r.Problems) != 0 || r.Err != nil {
		t.Errorf("problems %v, err %v", r.Problems, r.Err)
	}
}

// TestEditorsWritingInSteps: whatever an editor's steps, the last reload
// has the file as the editor left it.
func TestEditorsWritingInSteps(t *testing.T) {
	steps := map[string]func(t *testing.T, path string, data []byte){
		"truncate then write": func(t *testing.T, path string, data []byte) {
			f, err := os.OpenFile(path, os.O_WRONLY|os.O_TRUNC, 0)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			for len(data) > 0 { // in small pieces, as a slow writer would
				n := min(len(data), 64)
				if _, err := f.Write(data[:n]); err != nil {
					t.Fatal(err)
				}
				data = data[n:]
			}
		},
		"write a copy and rename it over": func(t *testing.T, path string, data []byte) {
			tmp := filepath.Join(filepath.Dir(path), ".aspect-00001.md.swp")
			write(t, tmp, data)
			if err := os.Rename(tmp, path); err != nil {
				t.Fatal(err)
			}
		},
		"move the old aside, write anew, delete the old (vim)": func(t *testing.T, path string, data []byte) {
			if err := os.Rename(path, path+"~"); err != nil {
				t.Fatal(err)
			}
			write(t, path, data)
			if err := os.Remove(path + "~"); err != nil {
				t.Fatal(err)
			}
		},
	}
	for name, step := range steps {
		t.Run(name, func(t *testing.T) {
			dir := packDir(t)
			w := watcher(t, dir)
			path := filepath.Join(dir, aspectFile)
			step(t, path, retitle(t, read(t, path), "Saved by an editor"))
			waitFor(t, w, "the saved title", titled(t, "Saved by an editor"))
			// And that is where it stays.
			w.Reload()
			if r := waitFor(t, w, "a forced reload", func(Result) bool { return true }); r.Pack == nil || aspectTitle(t, r.Pack) != "Saved by an editor" {
				t.Errorf("after the editor finished: %+v", r)
			}
		})
	}
}

func TestInvalidFileGivesItsProblem(t *testing.T) {
	dir := packDir(t)
	w := watcher(t, dir)
	path := filepath.Join(dir, aspectFile)
	src := strings.Replace(string(read(t, path)), "kind: aspect", "kind: opinion", 1)
	write(t, path, []byte(src))
	r := waitFor(t, w, "a problem", func(r Result) bool { return len(r.Problems) > 0 })
	p := r.Problems[0]
	if p.File != aspectFile || p.Line != 4 || !strings.HasPrefix(p.String(), aspectFile+":4: ") {
		t.Errorf("problem %q, want one at %s:4", p, aspectFile)
	}
}

func TestNewSubfolderIsWatched(t *testing.T) {
	dir := packDir(t)
	w := watcher(t, dir)
	deep := filepath.Join(dir, "extra", "deeper")
	if err := os.MkdirAll(deep, 0o755); err != nil {
		t.Fatal(err)
	}
	// The reload the new folders bring comes after they are watched.
	waitFor(t, w, "the new folders", func(Result) bool { return true })

	section := func(title string) []byte {
		return []byte("---\nid: extra\ntitle: " + title + "\nkind: guide\n---\n\n# Extra\n\nMore.\n")
	}
	write(t, filepath.Join(deep, "extra.md"), section("First"))
	manifest := filepath.Join(dir, "pack.yaml")
	write(t, manifest, []byte(strings.Replace(string(read(t, manifest)), "  - faq.md\n", "  - faq.md\n  - extra/deeper/extra.md\n", 1)))
	hasExtra := func(title string) func(Result) bool {
		return func(r Result) bool {
			return r.Pack != nil && r.Pack.Section("extra") != nil && r.Pack.Section("extra").Title == title
		}
	}
	waitFor(t, w, "the new section", hasExtra("First"))
	// Only the watch on extra/deeper sees this one.
	write(t, filepath.Join(deep, "extra.md"), section("Second"))
	waitFor(t, w, "the edited new section", hasExtra("Second"))
}

// TestBurstGivesOneReload writes a file many times, then waits until the
// watcher has seen every event of the burst (a hidden marker file made
// after it arrives last) before letting the quiet period end: one reload.
func TestBurstGivesOneReload(t *testing.T) {
	dir := packDir(t)
	tick := make(chan time.Time)
	// A hidden file's creation, seen by the watcher, says that every
	// event before it was seen too: inotify keeps a folder's events in
	// order.
	markers := make(chan string, 8)
	seen := func(ev fsnotify.Event) {
		if strings.HasPrefix(filepath.Base(ev.Name), ".marker") && ev.Has(fsnotify.Create) {
			markers <- filepath.Base(ev.Name)
		}
	}
	mark := func(name string) {
		write(t, filepath.Join(dir, name), nil)
		if got := <-markers; got != name {
			t.Fatalf("marker %s seen, want %s", got, name)
		}
	}
	var arms atomic.Int32 // quiet periods started or restarted
	after := func(time.Duration) <-chan time.Time {
		arms.Add(1)
		return tick
	}
	w, err := start(Config{Dir: dir}, after, seen)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()

	path := filepath.Join(dir, aspectFile)
	src := read(t, path)
	for i := range 50 {
		write(t, path, retitle(t, src, "Burst "+string(rune('A'+i%26))))
	}
	final := "Burst final"
	write(t, path, retitle(t, src, final))
	mark(".marker1")

	tick <- time.Now()
	r := <-w.Results()
	if r.Seq != 1 || r.Pack == nil || aspectTitle(t, r.Pack) != final {
		t.Fatalf("first reload: seq %d, %+v; want seq 1 with the final title", r.Seq, r)
	}
	// Nothing else was pending: a forced reload is the second one.
	w.Reload()
	if r := <-w.Results(); r.Seq != 2 {
		t.Errorf("forced reload has seq %d, want 2: the burst gave more than one reload", r.Seq)
	}
	// A hidden file never asks for a reload: no quiet period is started.
	// The forced reload after it is handled once its event has been.
	before := arms.Load()
	mark(".marker2")
	w.Reload()
	<-w.Results()
	if arms.Load() != before {
		t.Error("a hidden file started a quiet period")
	}
}

func TestReloadWithoutChange(t *testing.T) {
	dir := packDir(t)
	w := watcher(t, dir)
	w.Reload()
	w.Reload()
	r := waitFor(t, w, "a forced reload", func(Result) bool { return true })
	if r.Pack == nil || r.Seq < 1 {
		t.Errorf("forced reload: %+v", r)
	}
}

func TestCloseLeaksNothing(t *testing.T) {
	before := runtime.NumGoroutine()
	dir := packDir(t)
	w, err := New(Config{Dir: dir})
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, aspectFile)
	write(t, path, retitle(t, read(t, path), "Before close"))
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
	for range w.Results() {
		// drain what was delivered before Close
	}
	deadline := time.Now().Add(packtest.Patience(t))
	for runtime.NumGoroutine() > before {
		if time.Now().After(deadline) {
			buf := make([]byte, 1<<16)
			t.Fatalf("%d goroutines after Close, %d before:\n%s", runtime.NumGoroutine(), before, buf[:runtime.Stack(buf, true)])
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func TestNewRefusesWhatIsNotAFolder(t *testing.T) {
	dir := t.TempDir()
	if _, err := New(Config{Dir: filepath.Join(dir, "missing")}); err == nil {
		t.Error("watching a missing folder")
	}
	file := filepath.Join(dir, "file")
	write(t, file, nil)
	if _, err := New(Config{Dir: file}); err == nil {
		t.Error("watching a file")
	}
}

// TestRescanCountsEachFolderOnce: after lost events the Watcher walks the
// pack again. Counting the folders it already watched a second time used
// to bring the count to the loader's MaxFiles limit after enough rescans,
// and from then on no new folder was watched: edits in it went unseen.
func TestRescanCountsEachFolderOnce(t *testing.T) {
	dir := packDir(t)
	fsw, err := fsnotify.NewWatcher()
	if err != nil {
		t.Fatal(err)
	}
	defer fsw.Close()
	// No goroutine runs: addTree is called as run calls it.
	w := &Watcher{cfg: Config{Dir: dir}, fsw: fsw, watched: map[string]bool{dir: true}}
	w.addTree(dir)
	once := len(w.watched)
	if once < 2 {
		t.Fatalf("the pack's subfolder is not watched: %v", w.watched)
	}
	for range 3 {
		w.addTree(dir)
	}
	if len(w.watched) != once {
		t.Errorf("rescans counted %d folders, want %d", len(w.watched), once)
	}
	sub := filepath.Join(dir, "aspects")
	if err := os.RemoveAll(sub); err != nil {
		t.Fatal(err)
	}
	w.forget(sub)
	if w.watched[sub] || len(w.watched) != once-1 {
		t.Errorf("a removed folder is still counted: %v", w.watched)
	}
}
