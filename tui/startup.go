package tui

import (
	"io"
	"os"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/term"
)

// prepare starts, on goroutines of their own, the work the first frame
// would otherwise wait for, so that it overlaps Bubble Tea setting up the
// terminal: the render of the section on screen, at the size the terminal
// has now, and the rune-width table the renderer builds the first time it
// measures a character beyond U+02FF (go-runewidth fills 2 MB for it,
// about 9 ms).
func (m *Model) prepare(out io.Writer) {
	go ansi.WcWidth.StringWidth("…")
	w, h, ok := terminalSize(out)
	if !ok || m.mode != ModeBrowse {
		return
	}
	g := layout(w, h)
	if g.tooSmall {
		return
	}
	if work := m.reader.Prerender(g.readerArea().w); work != nil {
		go work()
	}
}

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
