// Package faq is the FAQ pane: the pack's questions in a numbered list and
// the selected answer rendered as markdown, beside the list on a wide
// screen (layout.Wide columns or more) and below it on a narrow one.
//
// Answers are rendered with glamour in a tea.Cmd, cached by the shared
// markdown.Renderer; a render that arrives after the selection, the width
// or the style changed is dropped. Enter asks the root to open the
// question in the reader (common.Open with its anchor); esc asks
// it to close the pane (common.Close).
//
// The pane needs a render whenever its size, style or selection changes:
// SetSize, SetCommon and Update return the command that starts it.
//
// Mouse: the root forwards tea.MouseWheelMsg with X and Y relative to the
// top left corner of this pane's View; the wheel moves through the
// questions over the list and scrolls the answer elsewhere.
package faq

import (
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/list"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"

	"github.com/versus-dev/versus/knowledge"
	"github.com/versus-dev/versus/tui/common"
	"github.com/versus-dev/versus/tui/internal/layout"
	"github.com/versus-dev/versus/tui/internal/render"
	"github.com/versus-dev/versus/tui/internal/textfind"
)

// Layout says where the answer sits.
type Layout int

// The pane's layouts.
const (
	LayoutBeside Layout = iota // list left, answer right
	LayoutBelow                // list above, answer below
)

// String names the layout.
func (l Layout) String() string {
	if l == LayoutBeside {
		return "beside"
	}
	return "below"
}

// Model is the FAQ pane.
type Model struct {
	common common.Common
	KeyMap KeyMap
	styles styles

	entries []knowledge.FAQEntry
	list    list.Model
	answer  viewport.Model
	lines   []string        // the answer as drawn, without highlights
	index   *textfind.Index // lines' text, for find; nil for a placeholder
	find    textfind.Finder

	render render.Tracker[string]
	shown  render.Key // what the answer viewport holds

	width, height int
	action        common.Action // what the last Update asked of the root
}

// RenderedMsg carries a rendered answer back to the pane.
type RenderedMsg struct{ render.Result[string] }

// cachedAnswers bounds the rendered answers the pane keeps.
const cachedAnswers = 64

// New returns the FAQ pane over every FAQ entry of the pack.
func New(c common.Common) Model {
	m := Model{common: c, KeyMap: DefaultKeyMap(), styles: newStyles(c.Styles)}
	m.list = list.New(nil, delegate{styles: &m.styles}, 0, 0)
	m.setEntries()
	m.list.SetShowTitle(false)
	m.list.SetShowStatusBar(false)
	m.list.SetFilteringEnabled(false)
	m.list.SetShowHelp(false)
	m.list.DisableQuitKeybindings()
	m.list.Styles = m.styles.list
	m.answer = viewport.New()
	m.render = render.New(cachedAnswers, func(r render.Result[string]) tea.Msg { return RenderedMsg{r} })
	m.find = textfind.New(findHint)
	return m
}

// setEntries lists the pack's questions, keeping the selection's place.
func (m *Model) setEntries() {
	m.entries = nil
	if m.common.Pack != nil {
		m.entries = m.common.Pack.FAQ()
	}
	items := make([]list.Item, len(m.entries))
	for i, e := range m.entries {
		items[i] = item{n: i + 1, question: e.Question}
	}
	sel := m.list.Index()
	m.list.SetItems(items)
	m.list.Select(max(0, min(sel, len(items)-1)))
}

// Selected returns the index of the selected question in Pack.FAQ().
func (m Model) Selected() int { return m.list.Index() }

// Layout returns where the answer sits at the current width.
func (m Model) Layout() Layout {
	if m.width >= layout.Wide {
		return LayoutBeside
	}
	return LayoutBelow
}

// SetSize sets the size the pane draws at and renders the answer for it.
func (m *Model) SetSize(w, h int) tea.Cmd {
	m.width, m.height = max(w, 0), max(h, 0)
	m.layout()
	return m.ensureRender()
}

// SetCommon replaces the shared context, after a theme change or a
// reload, and renders the answer in the new style or from the new
// version of the pack.
func (m *Model) SetCommon(c common.Common) tea.Cmd {
	if c.Pack != m.common.Pack {
		m.common = c
		m.reload()
	}
	m.common = c
	m.styles = newStyles(c.Styles)
	m.list.Styles = m.styles.list
	m.list.SetDelegate(delegate{styles: &m.styles})
	m.layout()
	return m.ensureRender()
}

// Capturing reports whether a find query is being typed.
func (m Model) Capturing() bool { return m.find.Active() }

// Query returns the find query.
func (m Model) Query() string { return m.find.Query() }

// Action is what the last Update asked of the root.
func (m Model) Action() common.Action { return m.action }

// Update handles key presses, mouse wheel turns and rendered answers.
func (m Model) Update(msg tea.Msg) (common.Pane, tea.Cmd) {
	m.action = nil
	var cmd tea.Cmd
	switch msg := msg.(type) {
	case RenderedMsg:
		if m.render.Accept(msg.Result) {
			m.setAnswer(msg.Key, m.answerContent(msg.Value, msg.Err))
		}
	case tea.KeyPressMsg:
		if m.find.Active() {
			cmd = m.updateFind(msg)
		} else {
			cmd = m.handleKey(msg)
		}
	case tea.PasteMsg:
		cmd = m.updateFind(msg)
	case tea.MouseWheelMsg:
		m.handleWheel(msg)
	}
	return &m, tea.Batch(cmd, m.ensureRender())
}

func (m *Model) handleKey(k tea.KeyPressMsg) tea.Cmd {
	switch {
	case key.Matches(k, m.KeyMap.Up):
		m.list.CursorUp()
	case key.Matches(k, m.KeyMap.Down):
		m.list.CursorDown()
	case key.Matches(k, m.KeyMap.Top):
		m.list.GoToStart()
	case key.Matches(k, m.KeyMap.Bottom):
		m.list.GoToEnd()
	case key.Matches(k, m.KeyMap.AnswerUp):
		m.answer.PageUp()
	case key.Matches(k, m.KeyMap.AnswerDown):
		m.answer.PageDown()
	case key.Matches(k, m.KeyMap.Open):
		m.open()
	case key.Matches(k, m.KeyMap.Find):
		return m.startFind()
	case key.Matches(k, m.KeyMap.NextMatch):
		m.step(1)
	case key.Matches(k, m.KeyMap.PrevMatch):
		m.step(-1)
	case key.Matches(k, m.KeyMap.ClearFind) && m.find.Query() != "":
		m.clearFind()
	case key.Matches(k, m.KeyMap.Close):
		m.action = common.Close{}
	}
	return nil
}

// handleWheel scrolls the answer, or moves through the questions when the
// wheel turns over the list. Coordinates are relative to the pane's top
// left corner.
func (m *Model) handleWheel(w tea.MouseWheelMsg) {
	lx, ly, lw, lh := m.listRect()
	overList := w.X >= lx && w.X < lx+lw && w.Y >= ly && w.Y < ly+lh
	switch {
	case overList && w.Button == tea.MouseWheelUp:
		m.list.CursorUp()
	case overList && w.Button == tea.MouseWheelDown:
		m.list.CursorDown()
	case w.Button == tea.MouseWheelUp:
		m.answer.ScrollUp(wheelLines)
	case w.Button == tea.MouseWheelDown:
		m.answer.ScrollDown(wheelLines)
	}
}

// wheelLines is how far one turn of the wheel scrolls an answer.
const wheelLines = 3

// open asks the root to show the selected question in its section.
func (m *Model) open() {
	if i := m.list.Index(); i >= 0 && i < len(m.entries) {
		e := m.entries[i]
		m.action = common.Open{ID: e.SectionID, Anchor: e.Anchor}
	}
}

// scrollable reports whether the answer is taller than its area.
func (m Model) scrollable() bool {
	return m.answer.TotalLineCount() > m.answer.Height()
}
