package markdown

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// trimLines removes the blanks glamour pads every line with. They carry no
// text, yet they make lines wider than the wrap width in places (glamour
// pads quoted lines past it), which a pane would then wrap or cut, and they
// fill pipes with trailing spaces.
func trimLines(out string) string {
	lines := strings.Split(out, "\n")
	for i, l := range lines {
		lines[i] = trimLine(l)
	}
	return strings.Join(lines, "\n")
}

// trimLine drops the trailing blanks of one rendered line.
func trimLine(l string) string {
	plain := ansi.Strip(l)
	kept := strings.TrimRight(plain, " ")
	if len(kept) == len(plain) {
		return l
	}
	cut := ansi.Truncate(l, ansi.StringWidth(kept), "")
	if len(cut) != len(kept) {
		// The line was styled: close whatever style the cut left open.
		cut += ansi.ResetStyle
	}
	return cut
}
