package compare

import (
	"strings"

	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"

	"github.com/versus-dev/versus/knowledge"
	"github.com/versus-dev/versus/markdown"
	"github.com/versus-dev/versus/tui/internal/layout"
	"github.com/versus-dev/versus/tui/internal/render"
	"github.com/versus-dev/versus/tui/internal/textfind"
)

// pane shows one section of the view in a viewport.
type pane struct {
	section  *knowledge.Section
	markdown string
	vp       viewport.Model
	render   render.Tracker[string]
	shown    render.Key      // what the viewport holds
	lines    []string        // the render as drawn, without highlights
	index    *textfind.Index // lines' text, for find; nil before the render
}

// RenderedMsg carries a rendered section back to the view.
type RenderedMsg struct{ render.Result[string] }

// cachedRenders bounds the renders a pane keeps: a few widths and styles
// of its one section.
const cachedRenders = 8

func newPane(s *knowledge.Section) pane {
	p := pane{
		section:  s,
		markdown: paneMarkdown(s),
		vp:       viewport.New(),
		render:   render.New(cachedRenders, func(r render.Result[string]) tea.Msg { return RenderedMsg{r} }),
	}
	p.vp.SetContent(render.Placeholder)
	return p
}

// reload takes the pane's section from a new version of the pack, and
// forgets the renders of the old one. The old render stays on screen,
// scrolled where it was, until the new one arrives. A section the new
// version lost stays as it was.
func (p *pane) reload(pack *knowledge.Pack) {
	s := pack.Section(p.section.ID)
	if s == nil {
		return
	}
	p.section, p.markdown = s, paneMarkdown(s)
	p.render.Reset()
	p.shown = render.Key{}
}

// want is the render the pane needs now.
func (p pane) want(style string) render.Key {
	return render.Key{ID: p.section.ID, Width: p.vp.Width(), Style: style}
}

// maxOffset is the last line the pane can scroll to.
func (p pane) maxOffset() int {
	return max(p.vp.TotalLineCount()-p.vp.Height(), 0)
}

// show puts content rendered for k in the viewport, keeping the scroll
// position.
func (p *pane) show(k render.Key, content string) {
	p.lines = strings.Split(content, "\n")
	p.index = textfind.NewIndex(p.lines)
	p.paint(nil)
	p.shown = k
}

// paint shows the render with marks drawn in, keeping the scroll.
func (p *pane) paint(marks []textfind.Mark) {
	if p.lines == nil {
		return
	}
	lines, _ := textfind.Paint(p.lines, marks)
	off := p.vp.YOffset()
	p.vp.SetContentLines(lines)
	p.vp.SetYOffset(off)
}

// ensure shows what the pane needs from the cache, or returns the
// command rendering it; until it arrives the old render stays.
func (p *pane) ensure(r *markdown.Renderer, style string) tea.Cmd {
	k := p.want(style)
	if k == p.shown {
		return nil
	}
	out, ok, cmd := p.render.Ensure(r, k, p.markdown, layout.TrimTop)
	if ok {
		p.show(k, out)
	}
	return cmd
}

// ensureRenders shows what the caches hold, so that a resize to a known
// width or a swap redraws at once, and returns the commands rendering
// the rest.
func (m *Model) ensureRenders() tea.Cmd {
	if m.mode != ModeView {
		return nil
	}
	var cmds [len(m.panes)]tea.Cmd
	shown := false
	for i := range m.panes {
		before := m.panes[i].shown
		cmds[i] = m.panes[i].ensure(m.common.Renderer, m.common.Style)
		shown = shown || m.panes[i].shown != before
	}
	if shown {
		m.refind()
	}
	if m.sync {
		m.scroll(m.focus, 0)
	}
	return tea.Batch(cmds[:]...)
}

// contentOf is a finished render for pane p, or the error and the raw
// text.
func (m Model) contentOf(p pane, res render.Result[string]) string {
	if res.Err == nil {
		return res.Value
	}
	return render.Failed(m.styles.err, "section", res.Err, p.markdown, res.Key.Width)
}
