package tui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/colorprofile"
	uv "github.com/charmbracelet/ultraviolet"
	"github.com/charmbracelet/x/ansi"
)

// toTerminal is what Bubble Tea writes to a terminal of the given colour
// profile for one frame.
func toTerminal(tb testing.TB, frame string, p colorprofile.Profile) string {
	tb.Helper()
	var out strings.Builder
	scr := uv.NewTerminalRenderer(&out, []string{"TERM=xterm-256color"})
	scr.SetColorProfile(p)
	scr.SetFullscreen(true)
	w, h := 1, strings.Count(frame, "\n")+1
	for _, l := range strings.Split(frame, "\n") {
		w = max(w, ansi.StringWidth(l))
	}
	scr.Resize(w, h)
	buf := uv.NewScreenBuffer(w, h)
	uv.NewStyledString(frame).Draw(buf, buf.Bounds())
	scr.Render(buf.RenderBuffer)
	if err := scr.Flush(); err != nil {
		tb.Fatal(err)
	}
	return out.String()
}
