package reader

import (
	"slices"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// Drawing the focused link and the matches into the rendered lines, and
// keeping them in view.

// firstMatchFrom makes the first match on or below line the current one.
func (m *Model) firstMatchFrom(line int) {
	if len(m.matches) == 0 {
		return
	}
	m.match = 0
	for i, h := range m.matches {
		if h.line() >= line {
			m.match = i
			break
		}
	}
	m.refresh()
	m.reveal(m.matches[m.match])
}

// refresh redraws the viewport's lines with the focused link and the
// matches highlighted.
func (m *Model) refresh() {
	if m.doc == nil {
		return
	}
	type mark struct {
		h     hit
		style lipgloss.Style
	}
	var marks []mark
	if m.link >= 0 && m.link < len(m.doc.links) && m.doc.links[m.link] != nil {
		marks = append(marks, mark{m.doc.links[m.link], m.c.Styles.LinkFocus})
	}
	if m.match >= 0 && m.match < len(m.matches) {
		marks = append(marks, mark{m.matches[m.match], m.c.Styles.MatchFocus})
	}
	for i, h := range m.matches {
		if i != m.match {
			marks = append(marks, mark{h, m.c.Styles.Match})
		}
	}
	m.shown, m.shownW = m.doc.lines, m.doc.widths
	if len(marks) == 0 {
		return
	}
	byLine := map[int][]lipgloss.Range{}
	for _, mk := range marks {
		for _, s := range mk.h {
			if overlaps(byLine[s.Line], s) {
				continue // an earlier mark has priority
			}
			byLine[s.Line] = append(byLine[s.Line], lipgloss.NewRange(s.Start, s.End, mk.style))
		}
	}
	m.shown = slices.Clone(m.doc.lines)
	m.shownW = slices.Clone(m.doc.widths)
	for i, rs := range byLine {
		if i < 0 || i >= len(m.shown) {
			continue
		}
		sortRanges(rs)
		m.shown[i] = lipgloss.StyleRanges(m.shown[i], rs...)
		m.shownW[i] = ansi.StringWidth(m.shown[i])
	}
}

func overlaps(rs []lipgloss.Range, s span) bool {
	for _, r := range rs {
		if s.Start < r.End && r.Start < s.End {
			return true
		}
	}
	return false
}

func sortRanges(rs []lipgloss.Range) {
	for i := 1; i < len(rs); i++ {
		for j := i; j > 0 && rs[j].Start < rs[j-1].Start; j-- {
			rs[j], rs[j-1] = rs[j-1], rs[j]
		}
	}
}

// reveal scrolls as little as needed to show the hit, keeping a line of
// context above it when the view moves.
func (m *Model) reveal(h hit) {
	if len(h) == 0 {
		return
	}
	top, bottom := h[0].Line, h[len(h)-1].Line
	y, vh := m.vp.YOffset(), m.vp.Height()
	switch {
	case top < y:
		m.vp.SetYOffset(max(0, top-1))
	case bottom >= y+vh:
		m.vp.SetYOffset(max(top-1, bottom-vh+1))
	}
}

// revealFocus keeps the focused link or the current match in view.
func (m *Model) revealFocus() {
	if m.doc == nil {
		return
	}
	if m.match >= 0 && m.match < len(m.matches) {
		m.reveal(m.matches[m.match])
	} else if m.link >= 0 && m.link < len(m.doc.links) {
		m.reveal(m.doc.links[m.link])
	}
}

func (m Model) visible(h hit) bool {
	if len(h) == 0 {
		return false
	}
	y := m.vp.YOffset()
	return h[0].Line >= y && h[len(h)-1].Line < y+m.vp.Height()
}
