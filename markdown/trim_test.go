package markdown

import (
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// FuzzTrimLine checks trimLine, which reads a rendered line once, against
// trimLineSlow, which strips, measures and truncates it: on any line, the
// two cut the same blanks and keep the same escape sequences.
func FuzzTrimLine(f *testing.F) {
	for _, l := range []string{
		"",
		"   ",
		"plain text   ",
		"\x1b[38;5;252m\x1b[0m\x1b[38;5;252m  Node.js\x1b[0m\x1b[38;5;252m \x1b[0m   \x1b[0m",
		"\x1b]8;;https://nodejs.org\x1b\\link\x1b]8;;\x1b\\  ",
		"世界 \x1b[1m \x1b[0m",
		"e\u0301 \u200b ",
		"tab\t  ",
		"\x1b[",
		"\xe4 ", // not UTF-8
	} {
		f.Add(l)
	}
	f.Fuzz(func(t *testing.T, l string) {
		if got, want := trimLine(l), trimLineSlow(l); got != want {
			t.Errorf("trimLine(%q) = %q, want %q", l, got, want)
		}
	})
}

// TestTrimLine checks the cuts a person sees: the blanks after the text go,
// the text and its styles stay, and a styled line ends with its style
// closed.
func TestTrimLine(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"no blanks", "no blanks"},
		{"text   ", "text"},
		{"   ", ""},
		{"\x1b[1mbold\x1b[0m   ", "\x1b[1mbold\x1b[0m" + ansi.ResetStyle},
		{"\x1b[1mbold  \x1b[0m  ", "\x1b[1mbold\x1b[0m" + ansi.ResetStyle},
		{"wide 世界  ", "wide 世界"},
	} {
		if got := trimLine(c.in); got != c.want {
			t.Errorf("trimLine(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
