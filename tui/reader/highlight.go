package reader

import (
	"github.com/charmbracelet/x/ansi"

	"github.com/versus-dev/versus/tui/internal/textfind"
)

// Drawing the focused link and the matches into the rendered lines, and
// keeping them in view.

// refresh redraws the viewport's lines with the focused link and the
// matches highlighted.
func (m *Model) refresh() {
	if m.doc == nil {
		return
	}
	var marks []textfind.Mark
	if m.link >= 0 && m.link < len(m.doc.links) && m.doc.links[m.link] != nil {
		marks = append(marks, textfind.Mark{Hit: m.doc.links[m.link], Style: m.c.Styles.LinkFocus})
	}
	marks = append(marks, m.find.Marks(m.c.Styles.MatchFocus, m.c.Styles.Match)...)
	var changed []int
	m.shown, changed = textfind.Paint(m.doc.lines, marks)
	m.shownW = m.doc.widths
	if len(changed) > 0 {
		m.shownW = append([]int(nil), m.doc.widths...)
		for _, i := range changed {
			m.shownW[i] = ansi.StringWidth(m.shown[i])
		}
	}
}

// firstMatchFrom makes the first match on or below line the current one.
func (m *Model) firstMatchFrom(line int) {
	if h, ok := m.find.First(line); ok {
		m.refresh()
		m.reveal(h)
	}
}

// reveal scrolls as little as needed to show the hit.
func (m *Model) reveal(h textfind.Hit) {
	m.vp.SetYOffset(textfind.Reveal(h, m.vp.YOffset(), m.vp.Height()))
}

// revealFocus keeps the focused link or the current match in view.
func (m *Model) revealFocus() {
	if m.doc == nil {
		return
	}
	if h, ok := m.find.CurrentHit(); ok {
		m.reveal(h)
	} else if m.link >= 0 && m.link < len(m.doc.links) {
		m.reveal(m.doc.links[m.link])
	}
}
