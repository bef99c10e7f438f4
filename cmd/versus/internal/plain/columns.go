package plain

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// Columns sets two documents side by side, each given as its Parts
// rendered at width columns, with gap columns between them. Parts are
// paired in order and each pair starts on the same row, so that two
// sections built alike ("Node.js", "Python", ...) line up heading by
// heading; the shorter part of a pair is followed by blank rows. A pair
// with a line wider than its column (the package doc says which lines may
// be: a line of code, an address in the list of links) is printed one
// part above the other, the left one first, so that no line is wider
// than the two columns: addresses stay whole, and neither column is cut
// or pushed aside. Lines carry no trailing blanks.
func Columns(left, right []string, width, gap int) string {
	var out []string
	for i := range max(len(left), len(right)) {
		l, r := partLines(left, i), partLines(right, i)
		if i > 0 {
			out = append(out, "")
		}
		if wider(l, width) || wider(r, width) {
			out = append(out, l...)
			if len(l) > 0 && len(r) > 0 {
				out = append(out, "")
			}
			out = append(out, r...)
			continue
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

// wider reports whether any of lines is wider than width.
func wider(lines []string, width int) bool {
	for _, l := range lines {
		if ansi.StringWidth(l) > width {
			return true
		}
	}
	return false
}

// partLines returns the lines of parts[i], or none when there is no such part.
func partLines(parts []string, i int) []string {
	if i >= len(parts) {
		return nil
	}
	return strings.Split(parts[i], "\n")
}
