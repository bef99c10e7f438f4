package reader

import (
	"strings"

	"github.com/versus-dev/versus/knowledge"
	"github.com/versus-dev/versus/tui/internal/layout"
)

// Drawing the pane and the status note.

// Note is what the status bar should say about the reader now: a one-off
// message, the focused link's target, the match count, or render progress.
func (m Model) Note() string {
	switch {
	case m.note != "":
		return m.note
	case m.err != nil:
		return "render failed"
	}
	if l, ok := m.FocusedLink(); ok {
		if l.External() {
			return "→ " + l.Dest + " (external)"
		}
		if l.Broken {
			return "→ " + l.Dest + " (broken link)"
		}
		return "→ " + m.linkTitle(l)
	}
	if m.find.Query() != "" && m.doc != nil {
		return m.find.Note()
	}
	if m.render.Waiting() {
		return "rendering…"
	}
	return ""
}

// View renders the pane at its size.
func (m Model) View() string {
	if m.width <= 0 || m.height <= 0 {
		return ""
	}
	var body string
	switch {
	case m.err != nil:
		body = m.placeholder(m.c.Styles.Error.Render("Could not render this section: " + m.err.Error()))
	case m.doc == nil && m.sec != nil:
		body = m.placeholder(m.c.Styles.Muted.Render("rendering " + m.sec.Title + "…"))
	case m.doc == nil:
		body = m.placeholder(m.c.Styles.Muted.Render("Nothing to show."))
	default:
		body = m.lines()
	}
	if !m.find.Active() {
		return body
	}
	// The match count is in the status bar (Note).
	return body + "\n" + layout.FitLine(m.find.View(), m.width)
}

// lines draws the visible part of the section, each line cut or padded
// to the render's width and centred in the pane's. It measures nothing: widths were taken when the
// section was rendered or highlighted.
func (m Model) lines() string {
	h := m.vp.Height()
	if h <= 0 {
		return ""
	}
	w := m.vp.Width()
	left := strings.Repeat(" ", m.inset())
	right := strings.Repeat(" ", max(0, m.width-w-len(left)))
	y := m.vp.YOffset()
	var b strings.Builder
	for i := range h {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(left)
		n := y + i
		switch {
		case n >= len(m.shown):
			b.WriteString(strings.Repeat(" ", w))
		case m.shownW[n] > w:
			b.WriteString(layout.FitLine(m.shown[n], w))
		default:
			b.WriteString(m.shown[n])
			b.WriteString(strings.Repeat(" ", w-m.shownW[n]))
		}
		b.WriteString(right)
	}
	return b.String()
}

// placeholder fills the viewport's area with one message line.
func (m Model) placeholder(s string) string {
	h := m.vp.Height()
	if h <= 0 {
		return ""
	}
	lines := make([]string, h)
	lines[0] = layout.FitLine(strings.Repeat(" ", m.inset())+"  "+s, m.width)
	for i := 1; i < h; i++ {
		lines[i] = strings.Repeat(" ", m.width)
	}
	return strings.Join(lines, "\n")
}

// linkTitle names a pack link's target as its reader sees it: the
// section's title, and the heading's text when it points at one.
func (m Model) linkTitle(l knowledge.Link) string {
	s := m.c.Pack.Section(l.Target)
	if s == nil {
		return l.Target
	}
	if l.Anchor == "" {
		return s.Title
	}
	for _, h := range s.Headings {
		if h.Anchor == l.Anchor {
			return s.Title + " › " + h.Text
		}
	}
	return s.Title + " #" + l.Anchor
}
