package compare

import (
	"strings"
	"unicode/utf8"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// fit makes s exactly w columns by h lines: longer lines are cut, shorter
// ones padded, missing lines added blank and extra lines dropped.
func fit(s string, w, h int) string {
	if w <= 0 || h <= 0 {
		return ""
	}
	lines := strings.Split(s, "\n")
	if len(lines) > h {
		lines = lines[:h]
	}
	blank := strings.Repeat(" ", w)
	for i, l := range lines {
		lw := ansi.StringWidth(l)
		if lw > w {
			l = ansi.Truncate(l, w, "")
			lw = ansi.StringWidth(l)
		}
		if lw < w {
			l += blank[:w-lw]
		}
		lines[i] = l
	}
	for len(lines) < h {
		lines = append(lines, blank)
	}
	return strings.Join(lines, "\n")
}

// spread puts left and right on one line of width w, cutting left first.
func spread(left, right string, w int) string {
	rw := lipgloss.Width(right)
	if rw+1 > w {
		return ansi.Truncate(left, w, "…")
	}
	left = ansi.Truncate(left, w-rw-1, "…")
	return left + strings.Repeat(" ", w-lipgloss.Width(left)-rw) + right
}

// firstRune decodes the first rune of s and its size; an invalid byte
// counts as a rune of one byte.
func firstRune(s string) (rune, int) {
	r, size := utf8.DecodeRuneInString(s)
	return r, max(size, 1)
}
