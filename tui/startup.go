package tui

import (
	tea "charm.land/bubbletea/v2"
	"io"
	"os"
	"runtime/debug"
	"sync"
	"sync/atomic"

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

// startup is what Run knows of the start-up: the render begun before the
// program (prepare), the first screen with content reaching the terminal,
// and the work that waits for both. A nil *startup is a model made
// without Run (tests): nothing waits.
type startup struct {
	rendered chan struct{} // closed once the first section's render is done
	shown    chan struct{} // closed once the first screen with content is written
	ended    chan struct{} // closed once the program has ended
	ready    atomic.Bool   // a View has drawn the first screen with content
	once     sync.Once
	gc       int // the collector's target to restore once shown
}

func newStartup() *startup {
	return &startup{
		rendered: make(chan struct{}),
		shown:    make(chan struct{}),
		ended:    make(chan struct{}),
		gc:       debug.SetGCPercent(startupGCPercent),
	}
}

// shownChan is the channel closed once the first screen is shown; nil
// for a model made without Run.
func (s *startup) shownChan() <-chan struct{} {
	if s == nil {
		return nil
	}
	return s.shown
}

// wrote is called after each write to the terminal: the first write
// after the first screen with content was drawn is the frame that shows
// it. (Bubble Tea writes frames at its frame rate, so the write may be an
// answer to a query written just before that frame: the work it releases
// then starts one frame early, never before the content was drawn.)
func (s *startup) wrote(readyBefore bool) {
	if readyBefore {
		s.show()
	}
}

// show ends the first screen's priority: the background work waiting for
// it starts and the collector gets its usual target back.
func (s *startup) show() {
	s.once.Do(func() {
		debug.SetGCPercent(s.gc)
		close(s.shown)
	})
}

// afterShown returns cmd made to wait until the first screen is shown;
// once the program has ended, it does nothing. Without a start-up (s nil)
// it is cmd.
func (s *startup) afterShown(cmd tea.Cmd) tea.Cmd {
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

// end is called when the program has ended, shown or not: what still
// waits for the first screen is released, and does nothing.
func (s *startup) end() {
	close(s.ended)
	s.show()
}

// output wraps the program's output (stdout when nil) so that writes tell
// s when the first screen with content is on the terminal. A terminal
// stays a term.File, for Bubble Tea's raw mode and size.
func (s *startup) output(out io.Writer) io.Writer {
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
	s *startup
}

func (w shownWriter) Write(p []byte) (int, error) {
	ready := w.s.ready.Load()
	n, err := w.w.Write(p)
	w.s.wrote(ready)
	return n, err
}

type shownFile struct {
	term.File
	s *startup
}

func (f shownFile) Write(p []byte) (int, error) {
	ready := f.s.ready.Load()
	n, err := f.File.Write(p)
	f.s.wrote(ready)
	return n, err
}

// warmWidths builds, on a goroutine of its own, the rune-width table
// Bubble Tea's renderer builds the first time it measures a character
// beyond U+02FF: go-runewidth fills 2 MB for it, about 10 ms that would
// otherwise delay the first frame. Run starts it before anything else.
func warmWidths() { go ansi.WcWidth.StringWidth("…") }

// prepare starts, on a goroutine of its own, the work the first frame
// would otherwise wait for, so that it overlaps Bubble Tea setting up the
// terminal: the render of the section on screen, at the size the terminal
// has now. m.opts.start.rendered is closed once it is done.
func (m *Model) prepare(out io.Writer) {
	s := m.opts.start
	var work func()
	if w, h, ok := terminalSize(out); ok && m.mode == ModeBrowse {
		if g := newGeometry(w, h); !g.tooSmall {
			work = m.browse.Prerender(g.body.W, g.body.H)
		}
	}
	if work == nil {
		close(s.rendered)
		return
	}
	go func() {
		defer close(s.rendered)
		work()
	}()
}

// noteScreen is called by View once it has drawn the screen: the first
// screen with content is sized and not waiting for the section's render.
// (Noted before drawing, a frame written while the drawing goes on would
// count as showing it.)
func (m *Model) noteScreen() {
	s := m.opts.start
	if s == nil || s.ready.Load() || m.width <= 0 {
		return
	}
	if m.mode != ModeBrowse || !m.browse.Reader().Rendering() {
		s.ready.Store(true)
	}
}

// settle ends the start-up: once the index is built and the first section
// rendered, the garbage of
// building it, of the first renders and of package initialisation (the
// syntax highlighter's lexers alone allocate megabytes) is collected and
// its memory handed back to the system, instead of staying in the
// resident set until the runtime's scavenger gets to it.
func settle() { debug.FreeOSMemory() }

// terminalSize is the size of out when it is a terminal; nil means
// stdout, as for Bubble Tea.
func terminalSize(out io.Writer) (int, int, bool) {
	if out == nil {
		out = os.Stdout
	}
	f, ok := out.(term.File)
	if !ok || !term.IsTerminal(f.Fd()) {
		return 0, 0, false
	}
	w, h, err := term.GetSize(f.Fd())
	return w, h, err == nil && w > 0 && h > 0
}
