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
