// Package layout holds the small sizing helpers the TUI panes share: a
// pane draws at exactly the size its parent gives it, and these cut and
// pad its text to that size.
package layout

import (
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// Fit makes s exactly w columns by h lines: longer lines are cut, shorter
// ones padded, missing lines added blank and extra lines dropped. It
// returns "" when w or h is not positive.
func Fit(s string, w, h int) string {
	if w <= 0 || h <= 0 {
		return ""
	}
	lines := strings.Split(s, "\n")
	if len(lines) > h {
		lines = lines[:h]
	}
	for i, l := range lines {
		lines[i] = FitLine(l, w)
	}
	blank := strings.Repeat(" ", w)
	for len(lines) < h {
		lines = append(lines, blank)
	}
	return strings.Join(lines, "\n")
}

// FitLine cuts or pads s to exactly w cells.
func FitLine(s string, w int) string {
	if w <= 0 {
		return ""
	}
	sw := ansi.StringWidth(s)
	if sw > w {
		s = ansi.Truncate(s, w, "")
		sw = ansi.StringWidth(s)
	}
	if sw < w {
		s += strings.Repeat(" ", w-sw)
	}
	return s
}

// Spread puts left and right on one line of width w, left-aligned and
// right-aligned, cutting left (with an ellipsis) first. When right and a
// space do not fit, only left is drawn, cut to w; the result is then not
// padded.
func Spread(left, right string, w int) string {
	rw := lipgloss.Width(right)
	if rw+1 > w {
		return ansi.Truncate(left, w, "…")
	}
	left = ansi.Truncate(left, w-rw-1, "…")
	return left + strings.Repeat(" ", w-lipgloss.Width(left)-rw) + right
}

// TrimTop drops the blank lines (blank once styles are stripped) at the
// top of s. glamour puts some above every document, and in a pane every
// line counts.
func TrimTop(s string) string {
	for {
		line, rest, found := strings.Cut(s, "\n")
		if !found || strings.TrimSpace(ansi.Strip(line)) != "" {
			return s
		}
		s = rest
	}
}

// Frame draws style's border, in its colour, around block, whose lines
// are all exactly w cells wide, after padding them left and right as
// style says. It does what style.Render would, by concatenation: Render
// measures and re-wraps every line, which a view redrawn on every key
// press cannot afford.
func Frame(style lipgloss.Style, block string, w int) []string {
	b := style.GetBorderStyle()
	paint := lipgloss.NewStyle().Foreground(style.GetBorderTopForeground())
	padL := strings.Repeat(" ", style.GetPaddingLeft())
	padR := strings.Repeat(" ", style.GetPaddingRight())
	left, right := paint.Render(b.Left)+padL, padR+paint.Render(b.Right)
	w += len(padL) + len(padR)
	lines := strings.Split(block, "\n")
	out := make([]string, 0, len(lines)+2)
	out = append(out, paint.Render(b.TopLeft+strings.Repeat(b.Top, w)+b.TopRight))
	for _, l := range lines {
		out = append(out, left+l+right)
	}
	return append(out, paint.Render(b.BottomLeft+strings.Repeat(b.Bottom, w)+b.BottomRight))
}
