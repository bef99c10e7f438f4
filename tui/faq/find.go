package faq

import (
	"strings"

	tea "charm.land/bubbletea/v2"

	"github.com/versus-dev/versus/tui/internal/inputstyle"
	"github.com/versus-dev/versus/tui/internal/textfind"
)

// Finding in the answer on screen, with the reader's finder: ctrl+f types
// a query, n and N step through its matches. The query stays when
// another question is selected, and is found in its answer.

// findHint is the find box's placeholder when there is no query to recall.
const findHint = "text in this answer"

// setText puts the answer's lines in the viewport, with the matches of
// the query drawn in; searchable is false for a placeholder.
func (m *Model) setText(content string, searchable bool) {
	m.lines = strings.Split(content, "\n")
	m.index = nil
	if searchable {
		m.index = textfind.NewIndex(m.lines)
	}
	m.find.Search(m.index)
	m.paint()
}

// paint draws the matches into the answer, keeping its scroll.
func (m *Model) paint() {
	lines, _ := textfind.Paint(m.lines, m.find.Marks(m.styles.matchFocus, m.styles.match))
	off := m.answer.YOffset()
	m.answer.SetContentLines(lines)
	m.answer.SetYOffset(off)
}

// startFind opens the find box under the answer.
func (m *Model) startFind() tea.Cmd {
	m.find.SetStyles(inputstyle.New(m.common.Styles))
	cmd := m.find.Start()
	m.layout()
	return cmd
}

// updateFind types a key or a paste into the find box, finding as it is
// typed from where the answer is scrolled.
func (m *Model) updateFind(msg tea.Msg) tea.Cmd {
	ev, cmd := m.find.Update(msg, m.KeyMap.Typing())
	if ev.Changed {
		m.find.SetQuery(m.find.Query())
		m.find.Search(m.index)
		h, ok := m.find.First(m.answer.YOffset())
		m.paint()
		if ok {
			m.reveal(h)
		}
	}
	if ev.Ended {
		m.layout()
	}
	return cmd
}

// step moves to the next (dir > 0) or previous match.
func (m *Model) step(dir int) {
	if h, ok := m.find.Step(dir, m.answer.YOffset(), m.answer.Height()); ok {
		m.paint()
		m.reveal(h)
	}
}

// clearFind forgets the query and its highlights.
func (m *Model) clearFind() {
	m.find.SetQuery("")
	m.paint()
}

func (m *Model) reveal(h textfind.Hit) {
	m.answer.SetYOffset(textfind.Reveal(h, m.answer.YOffset(), m.answer.Height()))
}
