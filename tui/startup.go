package tui

import (
	"io"

	"github.com/versus-dev/versus/tui/frame"
	"github.com/versus-dev/versus/tui/program"
)

// prepare starts, on a goroutine of its own, the work the first frame
// would otherwise wait for, so that it overlaps Bubble Tea setting up the
// terminal: the render of the section on screen, at the size the terminal
// has now. The start-up hears once it is done (DoneRendering).
func (m *Model) prepare(out io.Writer) {
	s := m.opts.start
	var work func()
	if w, h, ok := program.TerminalSize(out); ok && m.mode == ModeBrowse {
		if g := frame.New(w, h); !g.TooSmall {
			work = m.browse.Prerender(g.Body.W, g.Body.H)
		}
	}
	if work == nil {
		s.DoneRendering()
		return
	}
	go func() {
		defer s.DoneRendering()
		work()
	}()
}

// noteScreen is called by View once it has drawn the screen: the first
// screen with content is sized and not waiting for the section's render.
// (Noted before drawing, a frame written while the drawing goes on would
// count as showing it.)
func (m *Model) noteScreen() {
	s := m.opts.start
	if s == nil || s.IsReady() || m.geo.W <= 0 {
		return
	}
	if m.mode != ModeBrowse || !m.browse.Reader().Rendering() {
		s.Ready()
	}
}
