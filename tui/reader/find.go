package reader

import (
	tea "charm.land/bubbletea/v2"

	"github.com/versus-dev/versus/tui/internal/textfind"
)

// The in-section query, on the shared textfind.Finder: typing it, and
// stepping through its matches.

// placeholder is the find box's hint when there is no query to recall.
const placeholder = "text in this section"

// cycleMatch moves to the next (dir > 0) or previous match.
func (m *Model) cycleMatch(dir int) {
	h, ok := m.find.Step(dir, m.vp.YOffset(), m.vp.Height())
	if !ok {
		return
	}
	m.refresh()
	m.reveal(h)
}

func (m *Model) startFind() tea.Cmd {
	cmd := m.find.Start()
	m.layout()
	m.updateKeys()
	return cmd
}

// updateFind passes a key or a paste to the find box.
func (m Model) updateFind(msg tea.Msg) (Model, tea.Cmd) {
	ev, cmd := m.find.Update(msg, m.KeyMap.Typing())
	if ev.Changed {
		m.search()
	}
	if ev.Ended {
		m.layout()
		m.updateKeys()
		if h, ok := m.find.CurrentHit(); ok {
			m.reveal(h)
		}
	}
	return m, cmd
}

// search finds the query in the section as it is typed, keeping the view
// on the first match from where the reader was.
func (m *Model) search() {
	var idx *textfind.Index
	if m.doc != nil {
		idx = m.doc.index
	}
	m.find.SetQuery(m.find.Query())
	m.find.Search(idx)
	h, ok := m.find.First(m.vp.YOffset())
	m.refresh()
	if ok {
		m.reveal(h)
	}
}
