package markdown

import (
	"io"
	"strings"
	"testing"

	"github.com/charmbracelet/x/vt"
)

// TestDropDeadStyles checks the cuts on the lines glamour writes: the
// styles a reset cancels go, the text and the styles it is drawn in stay.
func TestDropDeadStyles(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"plain", "plain"},
		{"\x1b[1mbold\x1b[m", "\x1b[1mbold\x1b[m"},
		{"\x1b[38;5;252m\x1b[m\x1b[38;5;252m\x1b[m", "\x1b[m"},
		{"a\x1b[38;5;252m\x1b[0m\x1b[1mb\x1b[m", "a\x1b[0m\x1b[1mb\x1b[m"},
		{"\x1b[31mred \x1b[1m\x1b[m", "\x1b[31mred \x1b[m"},
		{"\x1b[m\x1b[m\x1b[m", "\x1b[m"},
		{"\x1b[1m\x1b]8;;x\x1b\\\x1b[m", "\x1b[1m\x1b]8;;x\x1b\\\x1b[m"}, // a link between: not one run
		{"\x1b[0;1m\x1b[m", "\x1b[m"},
		{"\x1b[1m\x1b[0;1m", "\x1b[1m\x1b[0;1m"}, // not a bare reset: kept
		{"\x1b[", "\x1b["},
	} {
		if got := dropDeadStyles(c.in); got != c.want {
			t.Errorf("dropDeadStyles(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestRenderDropsDeadStyles checks a real render: a section of the pack
// keeps its text and loses most of its bytes.
func TestRenderDropsDeadStyles(t *testing.T) {
	md := "# Title\n\nA paragraph with `code` and **bold** text, long enough to wrap at forty columns.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n"
	out, err := New(1).Render(md, 40, "dark")
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range strings.Split(out, "\n") {
		if dropDeadStyles(l) != l {
			t.Errorf("render kept dead styles in %q", l)
		}
	}
	if strings.Contains(out, "\x1b[38;5;252m\x1b[0m") || strings.Contains(out, "\x1b[38;5;252m\x1b[m") {
		t.Errorf("render kept a style opened only to be reset:\n%q", out)
	}
}

// FuzzDropDeadStyles checks that a line draws the same with its dead
// styles dropped: a terminal emulator shows the same cells, and a mark
// written after the line is drawn in the same style.
func FuzzDropDeadStyles(f *testing.F) {
	for _, l := range []string{
		"\x1b[38;5;252m\x1b[0m\x1b[38;5;252m  Node.js\x1b[0m\x1b[38;5;252m \x1b[0m",
		"\x1b[31mred \x1b[1m\x1b[m\x1b[4m",
		"\x1b[1;3m\x1b[0m\x1b[m\x1b[38:2::1:2:3mx",
		"\x1b]8;;https://nodejs.org\x1b\\link\x1b]8;;\x1b\\",
		"世界\x1b[7m\x1b[0m\x1b[48;5;63m",
		"\x1b[",
	} {
		f.Add(l)
	}
	f.Fuzz(func(t *testing.T, l string) {
		got := dropDeadStyles(l)
		if len(got) > len(l) {
			t.Fatalf("dropDeadStyles(%q) = %q, longer", l, got)
		}
		if want, have := draw(l), draw(got); want != have {
			t.Errorf("dropDeadStyles(%q) = %q draws\n%q\nwant\n%q", l, got, have, want)
		}
	})
}

// draw is what a terminal shows for line followed by a mark.
func draw(line string) string {
	emu := vt.NewEmulator(80, 4)
	defer emu.Close()
	go func() { _, _ = io.Copy(io.Discard, emu) }() // its answers to any query in line
	_, _ = emu.WriteString(line + "\x1b[2;1HZ")
	return emu.Render()
}
