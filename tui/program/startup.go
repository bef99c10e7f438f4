package program

import (
	"io"
	"os"
	"runtime/debug"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/term"
)

// startupGCPercent is the collector's target while versus starts: the
// first screen allocates a few megabytes (the pack, the first render, the
// renderer's buffers) over a live heap of about as much, and at the
// default 100 the collector would run several times before anything is
// drawn. At 400 it waits until the heap has grown fivefold, which on the
// default pack means not before the first screen is on the terminal, and
// on a big pack still bounds the heap by its live size. The default comes
// back once the first screen is shown.
const startupGCPercent = 400

// Startup is what Run knows of the start-up: the render begun before the
// program, the first screen with content reaching the terminal, and the
// work that waits for both. A nil *Startup is a model made without Run
// (tests): nothing waits.
type Startup struct {
	rendered chan struct{} // closed once the first section's render is done
	shown    chan struct{} // closed once the first screen with content is written
	ended    chan struct{} // closed once the program has ended
	ready    atomic.Bool   // a View has drawn the first screen with content
	once     sync.Once
	rendOnce sync.Once
	gc       int // the collector's target to restore once shown
	// later runs f a frame from now: the latest the first screen is taken
	// as shown after a write that carried no text (see wrote).
	later    func(f func())
	lateOnce sync.Once
}

// frame is the time between two frames (see frameRate).
const frame = time.Second / frameRate

// NewStartup begins a start-up: the collector waits until the first
// screen is shown.
func NewStartup() *Startup {
	return &Startup{
		rendered: make(chan struct{}),
		shown:    make(chan struct{}),
		ended:    make(chan struct{}),
		gc:       debug.SetGCPercent(startupGCPercent),
		later:    func(f func()) { time.AfterFunc(frame, f) },
	}
}

// Shown is the channel closed once the first screen is shown; nil for a
// model made without Run.
func (s *Startup) Shown() <-chan struct{} {
	if s == nil {
		return nil
	}
	return s.shown
}

// Rendered is the channel closed once the first section's render is done.
func (s *Startup) Rendered() <-chan struct{} {
	if s == nil {
		return nil
	}
	return s.rendered
}

// DoneRendering says the first section's render is done.
func (s *Startup) DoneRendering() {
	if s != nil {
		s.rendOnce.Do(func() { close(s.rendered) })
	}
}

// Ready says a View has drawn the first screen with content; the next
// write to the terminal shows it.
func (s *Startup) Ready() {
	if s != nil {
		s.ready.Store(true)
	}
}

// IsReady reports whether Ready was said.
func (s *Startup) IsReady() bool { return s != nil && s.ready.Load() }

// wrote is called after each write to the terminal, p: the first write
// after the first screen with content was drawn that carries text is the
// frame that shows it. On each frame Bubble Tea first writes what it has
// queued (queries to the terminal, such as the background colour's), then
// the frame: released by the queries, the background work would take the
// processor from the frame it precedes. A write after the drawing with no
// text at all (a frame that only clears) releases the work one frame later
// at the latest, so that nothing waits on a screen that never changes.
// (The frame written may also be one drawn just before; the work then
// starts one frame early, never before the content was drawn.)
func (s *Startup) wrote(readyBefore bool, p []byte) {
	if !readyBefore {
		return
	}
	if strings.TrimSpace(ansi.Strip(string(p))) != "" {
		s.show()
		return
	}
	s.lateOnce.Do(func() { s.later(s.show) })
}

// show ends the first screen's priority: the background work waiting for
// it starts and the collector gets its usual target back.
func (s *Startup) show() {
	s.once.Do(func() {
		debug.SetGCPercent(s.gc)
		close(s.shown)
	})
}

// isShown reports whether the first screen was shown.
func (s *Startup) isShown() bool {
	select {
	case <-s.shown:
		return true
	default:
		return false
	}
}

// AfterShown returns cmd made to wait until the first screen is shown;
// once the program has ended, it does nothing. Without a start-up (s nil)
// it is cmd.
func (s *Startup) AfterShown(cmd tea.Cmd) tea.Cmd {
	if s == nil || cmd == nil {
		return cmd
	}
	return func() tea.Msg {
		<-s.shown
		select {
		case <-s.ended:
			return nil
		default:
			return cmd()
		}
	}
}

// SettleOnceRendered waits, on a goroutine of its own, for the first
// section's render, then ends the start-up (Settle); the index build
// calls it once the index is built. Without a start-up it does nothing.
func (s *Startup) SettleOnceRendered() {
	if s == nil {
		return
	}
	go func() {
		<-s.rendered
		Settle() // the start-up is over
	}()
}

// End is called when the program has ended, shown or not: what still
// waits for the first screen is released, and does nothing.
func (s *Startup) End() {
	close(s.ended)
	s.show()
}

// Output wraps the program's output (stdout when nil) so that writes tell
// s when the first screen with content is on the terminal. A terminal
// stays a term.File, for Bubble Tea's raw mode and size.
func (s *Startup) Output(out io.Writer) io.Writer {
	if out == nil {
		out = os.Stdout
	}
	if f, ok := out.(term.File); ok {
		return shownFile{File: f, s: s}
	}
	return shownWriter{w: out, s: s}
}

type shownWriter struct {
	w io.Writer
	s *Startup
}

func (w shownWriter) Write(p []byte) (int, error) {
	ready := w.s.ready.Load() && !w.s.isShown()
	n, err := w.w.Write(p)
	w.s.wrote(ready, p)
	return n, err
}

type shownFile struct {
	term.File
	s *Startup
}

// Write writes as shownWriter does: one rule for what counts as shown.
func (f shownFile) Write(p []byte) (int, error) { return shownWriter{w: f.File, s: f.s}.Write(p) }
