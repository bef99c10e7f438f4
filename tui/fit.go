package tui

import (
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// fitLine cuts or pads s to exactly w cells.
func fitLine(s string, w int) string {
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

// fitBlock makes s exactly w cells by h lines: long lines cut, short ones
// padded, missing lines added and extra ones dropped. Panes draw at the
// size they are given; this keeps a pane that does not from breaking the
// layout around it.
func fitBlock(s string, w, h int) string {
	if w <= 0 || h <= 0 {
		return ""
	}
	lines := strings.Split(s, "\n")
	if len(lines) > h {
		lines = lines[:h]
	}
	for i, l := range lines {
		lines[i] = fitLine(l, w)
	}
	blank := strings.Repeat(" ", w)
	for len(lines) < h {
		lines = append(lines, blank)
	}
	return strings.Join(lines, "\n")
}

// spread puts left and right on one line of width w, cutting left first.
func spread(left, right string, w int) string {
	rw := lipgloss.Width(right)
	if rw+1 > w {
		return fitLine(left, w)
	}
	left = ansi.Truncate(left, w-rw-1, "…")
	return left + strings.Repeat(" ", w-lipgloss.Width(left)-rw) + right
}

// framed draws a border in style's border and colour around block, whose
// lines are all exactly w cells wide. It does what style.Render would, by
// concatenation: Render measures and re-wraps every line, which a pane
// redrawn on every key press cannot afford.
func framed(style lipgloss.Style, block string, w int) []string {
	b := style.GetBorderStyle()
	paint := lipgloss.NewStyle().Foreground(style.GetBorderTopForeground())
	left, right := paint.Render(b.Left), paint.Render(b.Right)
	lines := strings.Split(block, "\n")
	out := make([]string, 0, len(lines)+2)
	out = append(out, paint.Render(b.TopLeft+strings.Repeat(b.Top, w)+b.TopRight))
	for _, l := range lines {
		out = append(out, left+l+right)
	}
	return append(out, paint.Render(b.BottomLeft+strings.Repeat(b.Bottom, w)+b.BottomRight))
}
