// Package titlebar draws the screen's top line: the pack's title, its
// subjects and date (the subjects only when the title does not name them
// all already), and at the right the name of the view on screen.
package titlebar

import (
	"strings"

	"github.com/versus-dev/versus/knowledge"
	"github.com/versus-dev/versus/tui/internal/layout"
	"github.com/versus-dev/versus/tui/theme"
)

// View is the title bar of pack p, width cells wide, naming view.
func View(s *theme.Styles, p *knowledge.Pack, view string, width int) string {
	left := s.TitleBar.Render(p.Title)
	var info []string
	if len(p.Subjects) > 0 && !mentionsAll(p.Title, p.Subjects) {
		info = append(info, strings.Join(p.Subjects, " · "))
	}
	if p.AsOf != "" {
		info = append(info, "as of "+p.AsOf)
	}
	if len(info) > 0 {
		left += s.Muted.Render("· " + strings.Join(info, "  ·  "))
	}
	right := s.Muted.Render(view + " ")
	return layout.Spread(left, right, width)
}

// mentionsAll reports whether title names every subject already, as
// "Node.js vs Python" does.
func mentionsAll(title string, subjects []string) bool {
	for _, s := range subjects {
		if !strings.Contains(title, s) {
			return false
		}
	}
	return true
}
