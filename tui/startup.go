package tui

import (
	"io"

	"github.com/versus-dev/versus/tui/program"
)

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
	if w, h, ok := program.TerminalSize(out); ok && m.mode == ModeBrowse {
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
