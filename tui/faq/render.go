package faq

import (
	"strconv"

	tea "charm.land/bubbletea/v2"

	"github.com/versus-dev/versus/tui/internal/layout"
	"github.com/versus-dev/versus/tui/internal/render"
)

// want is the render the pane needs now: none without a question.
func (m Model) want() render.Key {
	i := m.list.Index()
	if i < 0 || i >= len(m.entries) {
		return render.Key{}
	}
	return render.Key{ID: strconv.Itoa(i), Width: m.answer.Width(), Style: m.common.Style}
}

// markdown is what an answer renders from: the question as a heading,
// then the answer.
func (m Model) markdown(i int) string {
	e := m.entries[i]
	return "## " + e.Question + "\n\n" + e.Answer
}

// ensureRender shows the wanted answer from the cache, or returns the
// command rendering it. Until it arrives a new question shows a
// placeholder, while a resized one keeps its old render.
func (m *Model) ensureRender() tea.Cmd {
	k := m.want()
	if k == m.shown {
		return nil
	}
	md := ""
	if k.Width > 0 {
		md = m.markdown(m.list.Index())
	}
	out, ok, cmd := m.render.Ensure(m.common.Renderer, k, md, layout.TrimTop)
	if ok {
		m.setAnswer(k, out)
		return nil
	}
	if k.Width > 0 && m.shown.ID != k.ID {
		m.setText(m.styles.muted.Render(render.Placeholder), false)
		m.answer.GotoTop()
		m.shown = render.Key{}
	}
	return cmd
}

// setAnswer shows content rendered for k, from the top for a new question.
func (m *Model) setAnswer(k render.Key, content string) {
	newQuestion := m.shown.ID != k.ID
	if newQuestion {
		m.find.SetCurrent(-1)
	}
	m.setText(content, true)
	if newQuestion {
		m.answer.GotoTop()
	}
	m.shown = k
}

// answerContent is a finished render, or the error and the raw text.
func (m Model) answerContent(out string, err error) string {
	if err == nil {
		return out
	}
	return render.Failed(m.styles.err, "answer", err, m.markdown(m.list.Index()), m.answer.Width())
}

// reload takes in a new version of the pack: the questions are listed
// anew, and renders of the old version are neither shown nor kept. The
// answer on screen stays, scrolled where it was, until its new render
// arrives: it is marked as no render the pane wants (a width of 0), but
// as the same question, which ensureRender does not blank.
func (m *Model) reload() {
	m.setEntries()
	m.render.Reset()
	m.shown.Width = 0
}
