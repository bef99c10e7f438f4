package faq

import (
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/versus-dev/versus/tui/internal/layout"
)

// placeholder shows while an answer renders.
const placeholder = "Rendering…"

// want is the render the pane needs now.
func (m Model) want() renderKey {
	i := m.list.Index()
	if i < 0 || i >= len(m.entries) {
		return renderKey{index: -1}
	}
	return renderKey{index: i, width: m.answer.Width(), style: m.common.Style}
}

// markdown is what an answer renders from: the question as a heading,
// then the answer.
func (m Model) markdown(i int) string {
	e := m.entries[i]
	return "## " + e.Question + "\n\n" + e.Answer
}

// ensureRender shows the wanted answer from the cache, or returns the
// command rendering it.
func (m *Model) ensureRender() tea.Cmd {
	k := m.want()
	if k.index < 0 || k.width <= 0 || k == m.shown || m.showCached() || k == m.requested {
		return nil
	}
	m.requested = k
	md, r := m.markdown(k.index), m.common.Renderer
	return func() tea.Msg {
		out, err := r.Render(md, k.width, k.style)
		return RenderedMsg{key: k, out: out, err: err}
	}
}

// showCached puts the wanted answer in the viewport if it needs no
// render, and reports whether it did. Otherwise a new question shows a
// placeholder, while a resized one keeps its old render until the new
// one arrives.
func (m *Model) showCached() bool {
	k := m.want()
	if k.index < 0 || k.width <= 0 {
		return false
	}
	md := m.markdown(k.index)
	if m.common.Renderer == nil {
		m.setAnswer(k, ansi.Wrap(md, k.width, ""))
		return true
	}
	if out, ok := m.common.Renderer.Cached(md, k.width, k.style); ok {
		m.setAnswer(k, out)
		return true
	}
	if m.shown.index != k.index {
		m.answer.SetContent(m.styles.muted.Render(placeholder))
		m.answer.GotoTop()
		m.shown = renderKey{index: -1}
	}
	return false
}

// setAnswer shows content rendered for k, from the top for a new question.
func (m *Model) setAnswer(k renderKey, content string) {
	newQuestion := m.shown.index != k.index
	m.answer.SetContent(layout.TrimTop(content))
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
	w := max(m.answer.Width(), 1)
	return m.styles.err.Render(ansi.Wrap("Cannot render this answer: "+err.Error(), w, "")) +
		"\n\n" + ansi.Wrap(m.markdown(m.list.Index()), w, "")
}
