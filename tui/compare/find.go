package compare

import (
	tea "charm.land/bubbletea/v2"

	"github.com/versus-dev/versus/tui/internal/textfind"
)

// Finding in the focused pane, with the reader's finder: ctrl+f types a
// query, n and N step through its matches. Moving the focus finds the
// query in the other pane.

// findHint is the find box's placeholder when there is no query to recall.
const findHint = "text in the focused pane"

// search finds the query in the focused pane, with no current match.
func (m *Model) search() {
	m.find.SetQuery(m.find.Query())
	m.refind()
}

// refind finds the query again in the focused pane's render, which may
// be new (a resize), keeping the current match when it still exists.
func (m *Model) refind() {
	if m.mode != ModeView {
		return
	}
	m.find.Search(m.panes[m.focus].index)
	m.paint()
}

// paint draws the matches into the focused pane and none into the other.
func (m *Model) paint() {
	if m.mode != ModeView {
		return
	}
	for i := range m.panes {
		var marks []textfind.Mark
		if Side(i) == m.focus {
			marks = m.find.Marks(m.styles.matchFocus, m.styles.match)
		}
		m.panes[i].paint(marks)
	}
}

// startFind opens the find box on the status line.
func (m *Model) startFind() tea.Cmd {
	m.find.SetStyles(m.styles.input)
	m.find.SetWidth(m.width)
	return m.find.Start()
}

// updateFind types a key or a paste into the find box, finding as it is
// typed from where the focused pane is scrolled.
func (m *Model) updateFind(msg tea.Msg) tea.Cmd {
	ev, cmd := m.find.Update(msg, m.KeyMap.Typing())
	if ev.Changed {
		m.search()
		if h, ok := m.find.First(m.panes[m.focus].vp.YOffset()); ok {
			m.paint()
			m.reveal(h)
		}
	}
	return cmd
}

// step moves to the next (dir > 0) or previous match.
func (m *Model) step(dir int) {
	vp := m.panes[m.focus].vp
	if h, ok := m.find.Step(dir, vp.YOffset(), vp.Height()); ok {
		m.paint()
		m.reveal(h)
	}
}

// reveal scrolls the focused pane, and the other with it when synced, to
// show h.
func (m *Model) reveal(h textfind.Hit) {
	vp := &m.panes[m.focus].vp
	y := textfind.Reveal(h, vp.YOffset(), vp.Height())
	if !m.sync {
		vp.SetYOffset(y)
		return
	}
	m.pos = y
	m.scroll(m.focus, 0)
}
