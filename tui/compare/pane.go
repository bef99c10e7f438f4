package compare

import (
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/versus-dev/versus/knowledge"
	"github.com/versus-dev/versus/tui/internal/layout"
)

// pane shows one section of the view in a viewport.
type pane struct {
	section   *knowledge.Section
	markdown  string
	vp        viewport.Model
	shown     renderKey // what the viewport holds
	requested renderKey // the last render asked of a command
}

// renderKey names one render of one section; a result whose key is not
// a pane's current one is stale.
type renderKey struct {
	id    string
	width int
	style string
}

// RenderedMsg carries a rendered section back to the view.
type RenderedMsg struct {
	key renderKey
	out string
	err error
}

// placeholder shows while a section renders.
const placeholder = "Rendering…"

func newPane(s *knowledge.Section) pane {
	p := pane{section: s, markdown: paneMarkdown(s), vp: viewport.New()}
	p.vp.SetContent(placeholder)
	return p
}

// want is the render the pane needs now.
func (p pane) want(style string) renderKey {
	return renderKey{id: p.section.ID, width: p.vp.Width(), style: style}
}

// maxOffset is the last line the pane can scroll to.
func (p pane) maxOffset() int {
	return max(p.vp.TotalLineCount()-p.vp.Height(), 0)
}

// show puts content rendered for k in the viewport, keeping the scroll
// position.
func (p *pane) show(k renderKey, content string) {
	off := p.vp.YOffset()
	p.vp.SetContent(layout.TrimTop(content))
	p.vp.SetYOffset(off)
	p.shown = k
}

// renderCmd returns the command rendering what pane p needs, or nil
// when it shows it already.
func (m Model) renderCmd(p pane) tea.Cmd {
	k := p.want(m.common.Style)
	r := m.common.Renderer
	if r == nil || k.width <= 0 || k == p.shown {
		return nil
	}
	md := p.markdown
	return func() tea.Msg {
		out, err := r.Render(md, k.width, k.style)
		return RenderedMsg{key: k, out: out, err: err}
	}
}

// applyCached shows every render the cache holds already, so that a
// resize to a known width or a swap redraws at once.
func (m *Model) applyCached() {
	if m.mode != ModeView {
		return
	}
	for i := range m.panes {
		p := &m.panes[i]
		k := p.want(m.common.Style)
		if k.width <= 0 || k == p.shown {
			continue
		}
		if r := m.common.Renderer; r == nil {
			p.show(k, ansi.Wrap(p.markdown, k.width, ""))
		} else if out, ok := r.Cached(p.markdown, k.width, k.style); ok {
			p.show(k, out)
		}
	}
	if m.sync {
		m.scroll(m.focus, 0)
	}
}

// ensureRenders shows what the cache holds and returns the commands
// rendering the rest, each asked once.
func (m *Model) ensureRenders() tea.Cmd {
	if m.mode != ModeView {
		return nil
	}
	m.applyCached()
	var cmds []tea.Cmd
	for i := range m.panes {
		p := &m.panes[i]
		k := p.want(m.common.Style)
		if k == p.requested {
			continue
		}
		if cmd := m.renderCmd(*p); cmd != nil {
			p.requested = k
			cmds = append(cmds, cmd)
		}
	}
	return tea.Batch(cmds...)
}

// contentOf is a finished render, or the error and the raw text.
func (m Model) contentOf(msg RenderedMsg) string {
	if msg.err == nil {
		return msg.out
	}
	w := max(msg.key.width, 1)
	for _, p := range m.panes {
		if p.section.ID == msg.key.id {
			return m.styles.err.Render(ansi.Wrap("Cannot render this section: "+msg.err.Error(), w, "")) +
				"\n\n" + ansi.Wrap(p.markdown, w, "")
		}
	}
	return ""
}
