package reader

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// The in-section query: typing it, and stepping through its matches.
//
// A find starts empty, so that typing starts a new query; the last one is
// the placeholder, and ↑ brings it back to edit.

// cycleMatch moves to the next (dir > 0) or previous match. From a current
// match out of view it starts from the view.
func (m *Model) cycleMatch(dir int) {
	n := len(m.matches)
	if n == 0 {
		return
	}
	switch {
	case m.match >= 0 && m.visible(m.matches[m.match]):
		m.match = (m.match + dir + n) % n
	case dir > 0:
		m.match = 0
		for i, h := range m.matches {
			if h.line() >= m.vp.YOffset() {
				m.match = i
				break
			}
		}
	default:
		m.match = n - 1
		for i := n - 1; i >= 0; i-- {
			if m.matches[i].line() < m.vp.YOffset()+m.vp.Height() {
				m.match = i
				break
			}
		}
	}
	m.refresh()
	m.reveal(m.matches[m.match])
}

func (m *Model) startFind() tea.Cmd {
	m.finding = true
	m.prevQuery = m.query
	if m.query != "" {
		m.lastQuery = m.query
	}
	m.input.SetValue("")
	m.input.Placeholder = placeholder
	if m.lastQuery != "" {
		m.input.Placeholder = m.lastQuery + " (↑ to edit)"
	}
	m.layout()
	m.updateKeys()
	return m.input.Focus()
}

func (m Model) updateFind(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	switch {
	case key.Matches(msg, m.KeyMap.FindDone):
		m.endFind()
		return m, nil
	case key.Matches(msg, m.KeyMap.FindCancel):
		m.setQuery(m.prevQuery)
		m.endFind()
		return m, nil
	case key.Matches(msg, m.KeyMap.FindRecall) && m.input.Value() == "" && m.lastQuery != "":
		m.input.SetValue(m.lastQuery)
		m.input.CursorEnd()
		m.setQuery(m.lastQuery)
		return m, nil
	}
	var cmd tea.Cmd
	m.input, cmd = m.input.Update(msg)
	if q := m.input.Value(); q != m.query {
		m.setQuery(q)
	}
	return m, cmd
}

// placeholder is the find box's hint when there is no query to recall.
const placeholder = "text in this section"

func (m *Model) endFind() {
	m.finding = false
	if m.query != "" {
		m.lastQuery = m.query
	}
	m.input.Blur()
	m.layout()
	m.updateKeys()
	if m.match >= 0 && m.match < len(m.matches) {
		m.reveal(m.matches[m.match])
	}
}

// setQuery searches the section as the query is typed, keeping the view on
// the first match from where the reader was.
func (m *Model) setQuery(q string) {
	m.query = q
	m.matches, m.match = nil, -1
	if m.doc != nil && strings.TrimSpace(q) != "" {
		m.matches = m.doc.index.findAll(q)
	}
	m.refresh()
	if len(m.matches) > 0 {
		m.firstMatchFrom(m.vp.YOffset())
	}
}
