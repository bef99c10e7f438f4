package render

import (
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// Placeholder is what a pane shows where a render has not arrived yet.
const Placeholder = "Rendering…"

// Failed is what a pane shows in place of a render that failed: the
// error, saying what could not be rendered, in style st, then the
// markdown as plain text, both wrapped to width.
func Failed(st lipgloss.Style, what string, err error, md string, width int) string {
	w := max(width, 1)
	return st.Render(ansi.Wrap("Cannot render this "+what+": "+err.Error(), w, "")) +
		"\n\n" + ansi.Wrap(md, w, "")
}
