package grid

import (
	"unicode/utf8"

	"charm.land/lipgloss/v2"
)

// CellWidth is the width of a cell of plain text: its length when it is
// printable ASCII, which most cells are and which costs no grapheme
// segmentation, else what lipgloss measures.
func CellWidth(s string) int {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < ' ' || c >= utf8.RuneSelf {
			return lipgloss.Width(s)
		}
	}
	return len(s)
}

// Distribute shares avail columns of text among columns wanting natural
// widths, by water-filling: a column narrower than an even share keeps its
// natural width, and what it leaves is shared evenly by the wider ones. So
// short columns (a criterion, a number) stay whole and the long prose
// columns split the rest.
func Distribute(natural []int, avail int) []int {
	n := len(natural)
	out := make([]int, n)
	if n == 0 || avail <= 0 {
		return out
	}
	done := make([]bool, n)
	left, open := avail, n
	for open > 0 {
		share := left / open
		settled := false
		for i, w := range natural {
			if !done[i] && w <= share {
				out[i], done[i] = w, true
				left -= w
				open--
				settled = true
			}
		}
		if settled {
			continue
		}
		// Every open column wants more than a share: split evenly, the
		// remainder to the leftmost.
		extra := left - share*open
		for i := range out {
			if !done[i] {
				out[i] = share
				if extra > 0 {
					out[i]++
					extra--
				}
			}
		}
		break
	}
	return out
}

// Natural is where natural widths start: each column as wide as its name.
// Widen then grows them row by row.
func Natural(header []string) []int {
	out := make([]int, len(header))
	for i, h := range header {
		out[i] = CellWidth(h)
	}
	return out
}

// Widen grows natural so that each column holds its cell of a row.
func Widen(natural []int, cells []string) {
	for i, c := range cells {
		if i < len(natural) {
			natural[i] = max(natural[i], CellWidth(c))
		}
	}
}

// Fits reports whether columns of natural widths, padded, fit in w
// whole: then they read as a table at any width, with nothing wrapped.
func Fits(natural []int, w int) bool {
	total := 0
	for _, n := range natural {
		total += n + 2*Padding
	}
	return total <= w
}
