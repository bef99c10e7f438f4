package tui

import (
	"io"
	"os"
	"runtime/debug"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/term"
)

// warmWidths builds, on a goroutine of its own, the rune-width table
// Bubble Tea's renderer builds the first time it measures a character
// beyond U+02FF: go-runewidth fills 2 MB for it, about 10 ms that would
// otherwise delay the first frame. Run starts it before anything else.
func warmWidths() { go ansi.WcWidth.StringWidth("…") }

// prepare starts, on a goroutine of its own, the work the first frame
// would otherwise wait for, so that it overlaps Bubble Tea setting up the
// terminal: the render of the section on screen, at the size the terminal
// has now.
//
// It also sets m.started, closed once that render is done, after which
// the start-up can settle.
func (m *Model) prepare(out io.Writer) {
	started := make(chan struct{})
	m.started = started
	var work func()
	if w, h, ok := terminalSize(out); ok && m.mode == ModeBrowse {
		if g := newGeometry(w, h); !g.tooSmall {
			work = m.browse.Prerender(g.body.W, g.body.H)
		}
	}
	if work == nil {
		close(started)
		return
	}
	go func() {
		defer close(started)
		work()
	}()
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
