package tui

import (
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	cells "github.com/versus-dev/versus/tui/internal/layout"
)

// spread puts left and right on one line of width w, cutting left first.
func spread(left, right string, w int) string {
	rw := lipgloss.Width(right)
	if rw+1 > w {
		return cells.FitLine(left, w)
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
