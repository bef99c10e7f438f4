package tui

import (
	"io"
	"testing"

	"github.com/charmbracelet/colorprofile"
	uv "github.com/charmbracelet/ultraviolet"

	"github.com/versus-dev/versus/tui/common"
)

// BenchmarkFrame measures what Bubble Tea does with a frame after View:
// parse the styled string into cells and write it to the terminal,
// downsampling every cell's colours to the terminal's profile. Glamour
// writes 256-colour sequences; a 16-colour terminal (TERM=xterm) needs
// each converted. Each frame is a full repaint of the reader on a section
// change, the worst case.
func BenchmarkFrame(b *testing.B) {
	d := newDriver(b, Options{Pack: defaultPack(b), Start: "performance"}).send(wide)
	frames := []string{d.m.View().Content}
	d.send(common.OpenSectionMsg{ID: "memory"})
	frames = append(frames, d.m.View().Content)
	for _, p := range []struct {
		name    string
		profile colorprofile.Profile
	}{
		{"truecolor", colorprofile.TrueColor},
		{"ansi256", colorprofile.ANSI256},
		{"ansi16", colorprofile.ANSI},
		{"ascii", colorprofile.Ascii},
	} {
		b.Run(p.name, func(b *testing.B) {
			scr := uv.NewTerminalRenderer(io.Discard, []string{"TERM=xterm-256color"})
			scr.SetColorProfile(p.profile)
			scr.SetFullscreen(true)
			scr.Resize(wide.Width, wide.Height)
			buf := uv.NewScreenBuffer(wide.Width, wide.Height)
			b.ReportAllocs()
			start := cpuTime()
			i := 0
			for b.Loop() {
				buf.Clear()
				uv.NewStyledString(frames[i%2]).Draw(buf, buf.Bounds())
				scr.Render(buf.RenderBuffer)
				if err := scr.Flush(); err != nil {
					b.Fatal(err)
				}
				i++
			}
			cpuPerOp(b, start)
		})
	}
}
