// Package watch reloads a pack folder when its files change, so that an
// author sees an edit without restarting versus.
//
// A Watcher watches the folder and every folder under it that the loader
// reads (hidden folders and symbolic links are skipped, as the loader
// skips them; folders made later are watched as they appear). A change
// starts a short quiet period (Config.Debounce); when it ends, the pack is
// loaded again with knowledge.LoadWith, which with a parse cache parses
// only the files that changed. An editor that writes a file in several
// steps (truncate then write, or write a copy and rename it over the
// file) makes one burst of events and so one reload; were a reload to
// fall between two steps, the next step brings another, and the last
// result is the file as the editor left it.
//
// The package never imports the TUI: a Watcher delivers Results on a
// channel, which a Bubble Tea command can wait on.
package watch

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/fsnotify/fsnotify"

	"github.com/versus-dev/versus/knowledge"
)

// DefaultDebounce is the quiet period after a change before the reload:
// long enough to take in an editor's several writes, short enough to
// feel immediate.
const DefaultDebounce = 150 * time.Millisecond

// maxDelayFactor bounds how long a stream of changes can put off a
// reload: at most this many debounce periods after its first change.
const maxDelayFactor = 10

// Config says what to watch and how to load it.
type Config struct {
	Dir      string            // the pack folder
	Options  knowledge.Options // for knowledge.LoadWith: the parse cache
	Debounce time.Duration     // the quiet period; DefaultDebounce when 0
}

// Result is one reload.
type Result struct {
	Pack     *knowledge.Pack    // the pack loaded; nil when the loader gave none
	Problems knowledge.Problems // what is wrong with the pack, as FILE:LINE problems
	Err      error              // a failure that is not a problem of the pack
	Seq      int                // 1 for the first reload of this Watcher, then 2, 3…
}

// Watcher watches one pack folder. Its methods are safe for concurrent
// use.
type Watcher struct {
	cfg     Config
	fsw     *fsnotify.Watcher
	results chan Result
	force   chan struct{}
	done    chan struct{}
	closed  sync.Once
	wg      sync.WaitGroup

	seq int
	// watched holds the folders under watch, so that a folder seen again
	// (a rescan after lost events, a folder moved back in) is neither
	// added twice nor counted twice against the loader's limits. Only
	// start and run touch it.
	watched map[string]bool

	// Seams for tests: the debounce timer and a look at every raw event.
	after func(time.Duration) <-chan time.Time
	seen  func(fsnotify.Event)
}

// New starts watching cfg.Dir. The first Result comes after the first
// change or Reload; the pack as it is now is the caller's own load.
func New(cfg Config) (*Watcher, error) {
	return start(cfg, time.After, nil)
}

func start(cfg Config, after func(time.Duration) <-chan time.Time, seen func(fsnotify.Event)) (*Watcher, error) {
	if cfg.Debounce <= 0 {
		cfg.Debounce = DefaultDebounce
	}
	fi, err := os.Stat(cfg.Dir)
	if err != nil {
		return nil, fmt.Errorf("watching %s: %w", cfg.Dir, err)
	}
	if !fi.IsDir() {
		return nil, fmt.Errorf("watching %s: not a folder", cfg.Dir)
	}
	fsw, err := fsnotify.NewWatcher()
	if err != nil {
		return nil, fmt.Errorf("watching %s: %w", cfg.Dir, err)
	}
	w := &Watcher{
		cfg:     cfg,
		fsw:     fsw,
		results: make(chan Result, 1),
		force:   make(chan struct{}, 1),
		done:    make(chan struct{}),
		after:   after,
		seen:    seen,
		watched: map[string]bool{},
	}
	if err := fsw.Add(cfg.Dir); err != nil {
		_ = fsw.Close()
		return nil, fmt.Errorf("watching %s: %w", cfg.Dir, err)
	}
	w.watched[cfg.Dir] = true
	w.addTree(cfg.Dir)
	w.wg.Add(1)
	go w.run()
	return w, nil
}

// Results delivers each reload. When the receiver falls behind, an
// unread Result is replaced by the newer one: only the latest state of
// the folder matters. The channel is closed by Close.
func (w *Watcher) Results() <-chan Result { return w.results }

// Reload asks for a reload now, without waiting for a change.
func (w *Watcher) Reload() {
	select {
	case w.force <- struct{}{}:
	default: // one is asked for already
	}
}

// Close stops watching and waits until the Watcher's goroutine has ended;
// a reload under way finishes first. Results is closed after the last
// Result.
func (w *Watcher) Close() error {
	var err error
	w.closed.Do(func() {
		close(w.done)
		err = w.fsw.Close()
		w.wg.Wait()
	})
	return err
}

func (w *Watcher) run() {
	defer w.wg.Done()
	defer close(w.results)
	var (
		fire    <-chan time.Time // the end of the quiet period; nil when nothing changed
		firstAt time.Time        // the first change not yet reloaded
	)
	changed := func() {
		now := time.Now()
		if fire == nil {
			firstAt = now
		}
		wait := min(w.cfg.Debounce, maxDelayFactor*w.cfg.Debounce-now.Sub(firstAt))
		fire = w.after(max(wait, 0))
	}
	for {
		select {
		case <-w.done:
			return
		case ev, ok := <-w.fsw.Events:
			if !ok {
				return
			}
			if w.seen != nil {
				w.seen(ev)
			}
			if ev.Has(fsnotify.Remove) || ev.Has(fsnotify.Rename) {
				w.forget(ev.Name) // the system drops the watch of a folder gone
			}
			if w.relevant(ev) {
				if ev.Has(fsnotify.Create) {
					w.addTree(ev.Name) // a new folder, or a folder moved in
				}
				changed()
			}
		case _, ok := <-w.fsw.Errors:
			if !ok {
				return
			}
			// Events were lost (the kernel's queue overflowed): look for
			// folders made meanwhile, and reload.
			w.addTree(w.cfg.Dir)
			changed()
		case <-w.force:
			fire = nil
			w.reload()
		case <-fire:
			fire = nil
			w.reload()
		}
	}
}

// relevant reports whether ev may change the pack: not a change of mode
// alone, and not a hidden file (editors' swap and backup files), which
// the loader never reads.
func (w *Watcher) relevant(ev fsnotify.Event) bool {
	if ev.Op == fsnotify.Chmod {
		return false
	}
	rel, err := filepath.Rel(w.cfg.Dir, ev.Name)
	if err != nil {
		return true
	}
	for _, part := range strings.Split(filepath.ToSlash(rel), "/") {
		if strings.HasPrefix(part, ".") && part != "." {
			return false
		}
	}
	return true
}

// addTree watches root, when it is a folder the loader reads, and the
// folders under it. Folders past the loader's depth or count limits are
// left unwatched, as the loader leaves them unread; a folder that cannot
// be watched (the system's limit on watches reached) is seen again only
// on a forced reload.
func (w *Watcher) addTree(root string) {
	_ = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil || !d.IsDir() {
			return nil // gone meanwhile, or a file: the reload reads it
		}
		rel, rerr := filepath.Rel(w.cfg.Dir, path)
		if rerr != nil || strings.HasPrefix(rel, "..") {
			return filepath.SkipDir
		}
		if rel == "." || w.watched[path] {
			return nil // watched already: look for new folders under it
		}
		if strings.HasPrefix(d.Name(), ".") || strings.Count(filepath.ToSlash(rel), "/")+1 > knowledge.MaxDepth ||
			len(w.watched) >= knowledge.MaxFiles {
			return filepath.SkipDir
		}
		if err := w.fsw.Add(path); err != nil {
			if errors.Is(err, fsnotify.ErrClosed) {
				return filepath.SkipAll
			}
			return filepath.SkipDir
		}
		w.watched[path] = true
		return nil
	})
}

// forget drops path, and every folder under it, from the folders
// watched: it was removed or moved away.
func (w *Watcher) forget(path string) {
	if path == w.cfg.Dir || !w.watched[path] {
		return
	}
	prefix := path + string(filepath.Separator)
	for p := range w.watched {
		if p == path || strings.HasPrefix(p, prefix) {
			delete(w.watched, p)
		}
	}
}

// reload loads the pack and delivers the result, replacing one not read.
func (w *Watcher) reload() {
	w.seq++
	pack, err := knowledge.LoadWith(os.DirFS(w.cfg.Dir), w.cfg.Options)
	r := Result{Pack: pack, Seq: w.seq}
	var probs knowledge.Problems
	switch {
	case errors.As(err, &probs): // nothing could be opened
		r.Problems = probs
	case err != nil:
		r.Err = err
	default: // the pack opens, with what could not be read in its problems
		r.Problems = pack.Problems
	}
	select {
	case <-w.results:
	default:
	}
	w.results <- r // never blocks: this goroutine is the only sender
}
