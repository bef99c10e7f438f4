package plain

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// Columns sets two documents side by side, each given as its Parts
// rendered at width columns, with gap columns between them. Parts are
// paired in order and each pair starts on the same row, so that two
// sections built alike ("Node.js", "Python", ...) line up heading by
// heading; the shorter part of a pair is followed by blank rows. A line
// of the left column wider than width (see the package doc) pushes its
// neighbour to the right rather than being cut. Lines carry no trailing
// blanks.
func Columns(left, right []string, width, gap int) string {
	var out []string
	for i := range max(len(left), len(right)) {
		l, r := partLines(left, i), partLines(right, i)
		if i > 0 {
			out = append(out, "")
		}
		for row := range max(len(l), len(r)) {
			a, b := "", ""
			if row < len(l) {
				a = l[row]
			}
			if row < len(r) {
				b = r[row]
			}
			pad := max(0, width-ansi.StringWidth(a)) + gap
			out = append(out, strings.TrimRight(a+strings.Repeat(" ", pad)+b, " "))
		}
	}
	return strings.Join(out, "\n")
}

// partLines returns the lines of parts[i], or none when there is no such part.
func partLines(parts []string, i int) []string {
	if i >= len(parts) {
		return nil
	}
	return strings.Split(parts[i], "\n")
}
