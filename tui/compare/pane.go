package compare

import (
	"strings"

	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/versus-dev/versus/knowledge"
	"github.com/versus-dev/versus/markdown"
	"github.com/versus-dev/versus/tui/internal/layout"
	"github.com/versus-dev/versus/tui/internal/render"
	"github.com/versus-dev/versus/tui/internal/textfind"
)

// pane shows one section of the view in a viewport: its summary and the
// rest of its text, each rendered as markdown, and between them its
// comparison table, which the view draws together with the other pane's
// (see table.go).
type pane struct {
	section *knowledge.Section
	table   table
	texts   [2]text // the summary, then the body
	vp      viewport.Model
	lines   []string        // what the viewport shows, without highlights
	index   *textfind.Index // lines' text, for find; nil before the renders
}

// The texts of a pane.
const (
	summaryText = iota
	bodyText
)

// text is a part of a pane rendered as markdown.
type text struct {
	markdown string
	render   render.Tracker[string]
	shown    render.Key // what lines hold
	lines    []string   // the render, blank lines around it dropped; nil before it
}

// RenderedMsg carries a rendered text back to the view.
type RenderedMsg struct{ render.Result[string] }

// cachedRenders bounds the renders a text keeps: a few widths and styles
// of its one section.
const cachedRenders = 8

func newPane(p *knowledge.Pack, s *knowledge.Section) pane {
	pn := pane{vp: viewport.New()}
	for i := range pn.texts {
		pn.texts[i].render = render.New(cachedRenders, func(r render.Result[string]) tea.Msg { return RenderedMsg{r} })
	}
	pn.take(p, s)
	pn.vp.SetContent(render.Placeholder)
	return pn
}

// take makes s the pane's section.
func (p *pane) take(pack *knowledge.Pack, s *knowledge.Section) {
	p.section, p.table = s, tableOf(pack, s)
	p.texts[summaryText].markdown = summaryMarkdown(s)
	p.texts[bodyText].markdown = bodyMarkdown(s)
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
	p.take(pack, s)
	for i := range p.texts {
		p.texts[i].render.Reset()
		p.texts[i].shown = render.Key{}
	}
}

// want is the render the pane's texts need now.
func (p pane) want(style string) render.Key {
	return render.Key{ID: p.section.ID, Width: p.vp.Width(), Style: style}
}

// ready reports whether both texts have a render to show.
func (p pane) ready() bool {
	return p.texts[summaryText].lines != nil && p.texts[bodyText].lines != nil
}

// maxOffset is the last line the pane can scroll to.
func (p pane) maxOffset() int {
	return max(p.vp.TotalLineCount()-p.vp.Height(), 0)
}

// show puts lines in the viewport, keeping the scroll position.
func (p *pane) show(lines []string) {
	p.lines = lines
	p.index = textfind.NewIndex(p.lines)
	p.paint(nil)
}

// paint shows the lines with marks drawn in, keeping the scroll.
func (p *pane) paint(marks []textfind.Mark) {
	if p.lines == nil {
		return
	}
	lines, _ := textfind.Paint(p.lines, marks)
	off := p.vp.YOffset()
	p.vp.SetContentLines(lines)
	p.vp.SetYOffset(off)
}

// ensure takes what the texts need from the cache, or returns the
// commands rendering it; until a render arrives the old one stays.
func (p *pane) ensure(r *markdown.Renderer, style string) tea.Cmd {
	k := p.want(style)
	var cmds []tea.Cmd
	for i := range p.texts {
		t := &p.texts[i]
		if k == t.shown || k.Width <= 0 {
			continue
		}
		if strings.TrimSpace(t.markdown) == "" {
			t.set(k, "")
			continue
		}
		out, ok, cmd := t.render.Ensure(r, k, t.markdown, layout.TrimTop)
		if ok {
			t.set(k, out)
		}
		cmds = append(cmds, cmd)
	}
	return tea.Batch(cmds...)
}

// set keeps content rendered for k, without the blank lines at its end.
func (t *text) set(k render.Key, content string) {
	lines := []string{}
	if content != "" {
		lines = strings.Split(content, "\n")
	}
	for len(lines) > 0 && strings.TrimSpace(ansi.Strip(lines[len(lines)-1])) == "" {
		lines = lines[:len(lines)-1]
	}
	t.lines, t.shown = lines, k
}

// accept takes in a finished render when it is one a text of the pane
// waits for.
func (p *pane) accept(res render.Result[string], content func(md string) string) {
	for i := range p.texts {
		if t := &p.texts[i]; t.render.Accept(res) {
			t.set(res.Key, content(t.markdown))
		}
	}
}

// ensureRenders shows what the caches hold, so that a resize to a known
// width or a swap redraws at once, and returns the commands rendering
// the rest.
func (m *Model) ensureRenders() tea.Cmd {
	if m.mode != ModeView {
		return nil
	}
	var cmds [len(m.panes)]tea.Cmd
	for i := range m.panes {
		cmds[i] = m.panes[i].ensure(m.common.Renderer, m.common.Style)
	}
	m.assemble()
	if m.sync {
		m.scroll(m.focus, 0)
	}
	return tea.Batch(cmds[:]...)
}

// contentOf is a finished render of md, or the error and the raw text.
func (m Model) contentOf(res render.Result[string], md string) string {
	if res.Err == nil {
		return res.Value
	}
	return render.Failed(m.styles.err, "section", res.Err, md, res.Key.Width)
}
