package reader

import (
	tea "charm.land/bubbletea/v2"

	"github.com/versus-dev/versus/tui/internal/textfind"
)

// Links: focusing them from the keyboard, following them, clicking them.

// click follows the link under the pointer; (x, y) is relative to the
// pane's top-left corner.
func (m *Model) click(x, y int) tea.Cmd {
	if m.doc == nil || y < 0 || y >= m.vp.Height() {
		return nil
	}
	line := m.vp.YOffset() + y
	x -= m.inset()
	for i, h := range m.doc.links {
		for _, s := range h {
			if s.Line == line && x >= s.Start && x < s.End {
				m.link = i
				m.refresh()
				return m.follow()
			}
		}
	}
	return nil
}

// cycleLink moves the link focus by dir. From a focused link out of view,
// it starts again from the first link in view, as a reader who scrolled
// away expects.
func (m *Model) cycleLink(dir int) {
	if m.sec == nil || len(m.sec.Links) == 0 {
		return
	}
	n := len(m.sec.Links)
	var next int
	switch {
	case m.link >= 0 && m.doc != nil && m.link < len(m.doc.links) && textfind.Visible(m.doc.links[m.link], m.vp.YOffset(), m.vp.Height()):
		next = (m.link + dir + n) % n
	case m.doc != nil:
		next = m.nearestLink(dir)
	case dir > 0:
		next = 0
	default:
		next = n - 1
	}
	m.link = next
	m.refresh()
	if m.doc != nil && next < len(m.doc.links) {
		m.reveal(m.doc.links[next])
	}
}

// nearestLink is the first link in or below the view (dir > 0), or the
// last one in or above it (dir < 0), wrapping around.
func (m Model) nearestLink(dir int) int {
	n := len(m.doc.links)
	y := m.vp.YOffset()
	bottom := y + m.vp.Height()
	if dir > 0 {
		for i, h := range m.doc.links {
			if h != nil && h.Line() >= y {
				return i
			}
		}
		return 0
	}
	for i := n - 1; i >= 0; i-- {
		if h := m.doc.links[i]; h != nil && h.Line() < bottom {
			return i
		}
	}
	return n - 1
}

func (m *Model) follow() tea.Cmd {
	l, ok := m.FocusedLink()
	if !ok {
		m.note = "no link selected: tab selects one"
		return nil
	}
	if l.External() {
		m.note = "external link, not opened: " + l.Dest
		return nil
	}
	if l.Broken {
		m.note = "broken link, leads nowhere: " + l.Dest
		return nil
	}
	target := m.c.Pack.Section(l.Target)
	if target == nil {
		m.note = "no section " + l.Target
		return nil
	}
	if target.ID == m.sec.ID {
		// A link within the section: a jump worth a place in the history.
		m.hist.push(m.here())
		m.previewing = false
		m.link = -1
		m.refresh()
		if m.doc != nil {
			if line, ok := m.doc.anchors[l.Anchor]; ok {
				m.vp.SetYOffset(line)
				m.landed = landing{anchor: l.Anchor, key: m.doc.key, offset: m.vp.YOffset()}
			}
		}
		return nil
	}
	return m.Open(target, l.Anchor, "")
}
