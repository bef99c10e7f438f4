// Package faq is the FAQ pane: the pack's questions in a numbered list and
// the selected answer rendered as markdown, beside the list on a wide
// screen (Wide columns or more) and below it on a narrow one.
//
// Answers are rendered with glamour in a tea.Cmd, cached by the shared
// markdown.Renderer; a render that arrives after the selection, the width
// or the style changed is dropped. Enter asks the root to open the
// question in the reader (common.OpenSectionMsg with its anchor); esc asks
// it to close the pane (common.CloseMsg).
//
// The pane needs a render whenever its size or the selection changes.
// SetSize cannot return a command, so after SetSize or SetCommon the root
// runs Init; failing that, the next message Update receives starts the
// render.
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
)

// Wide is the width from which the answer sits beside the list.
const Wide = 100

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
	keys   KeyMap
	styles styles

	entries []knowledge.FAQEntry
	list    list.Model
	answer  viewport.Model

	shown     renderKey // what the answer viewport holds
	requested renderKey // the last render asked of a command

	width, height int
}

// renderKey names one render of one answer; a result whose key is not
// the pane's current one is stale.
type renderKey struct {
	index int
	width int
	style string
}

// RenderedMsg carries a rendered answer back to the pane.
type RenderedMsg struct {
	key renderKey
	out string
	err error
}

// New returns the FAQ pane over every FAQ entry of the pack.
func New(c common.Common) Model {
	m := Model{common: c, keys: DefaultKeyMap(), styles: newStyles(c.Styles)}
	if c.Pack != nil {
		m.entries = c.Pack.FAQ()
	}
	items := make([]list.Item, len(m.entries))
	for i, e := range m.entries {
		items[i] = item{n: i + 1, question: e.Question}
	}
	m.list = list.New(items, delegate{styles: &m.styles}, 0, 0)
	m.list.SetShowTitle(false)
	m.list.SetShowStatusBar(false)
	m.list.SetFilteringEnabled(false)
	m.list.SetShowHelp(false)
	m.list.DisableQuitKeybindings()
	m.list.Styles = m.styles.list
	m.answer = viewport.New()
	m.shown, m.requested = renderKey{index: -1}, renderKey{index: -1}
	return m
}

// Init returns the command rendering the selected answer at the current
// size, or nil when it is shown already.
func (m Model) Init() tea.Cmd {
	return m.ensureRender()
}

// Selected returns the index of the selected question in Pack.FAQ().
func (m Model) Selected() int { return m.list.Index() }

// Layout returns where the answer sits at the current width.
func (m Model) Layout() Layout {
	if m.width >= Wide {
		return LayoutBeside
	}
	return LayoutBelow
}

// SetSize sets the size the pane draws at.
func (m *Model) SetSize(w, h int) {
	m.width, m.height = max(w, 0), max(h, 0)
	m.layout()
}

// SetCommon replaces the shared context, after a theme change.
func (m *Model) SetCommon(c common.Common) {
	m.common = c
	m.styles = newStyles(c.Styles)
	m.list.Styles = m.styles.list
	m.list.SetDelegate(delegate{styles: &m.styles})
	m.layout()
}

// Update handles key presses, mouse wheel turns and rendered answers.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	var cmd tea.Cmd
	switch msg := msg.(type) {
	case RenderedMsg:
		if msg.key == m.want() {
			m.setAnswer(msg.key, m.answerContent(msg.out, msg.err))
		}
	case tea.KeyPressMsg:
		cmd = m.handleKey(msg)
	case tea.MouseWheelMsg:
		m.handleWheel(msg)
	}
	return m, tea.Batch(cmd, m.ensureRender())
}

func (m *Model) handleKey(k tea.KeyPressMsg) tea.Cmd {
	before := m.list.Index()
	switch {
	case key.Matches(k, m.keys.Up):
		m.list.CursorUp()
	case key.Matches(k, m.keys.Down):
		m.list.CursorDown()
	case key.Matches(k, m.keys.Top):
		m.list.GoToStart()
	case key.Matches(k, m.keys.Bottom):
		m.list.GoToEnd()
	case key.Matches(k, m.keys.AnswerUp):
		m.answer.PageUp()
	case key.Matches(k, m.keys.AnswerDown):
		m.answer.PageDown()
	case key.Matches(k, m.keys.Open):
		return m.open()
	case key.Matches(k, m.keys.Close):
		return func() tea.Msg { return common.CloseMsg{} }
	}
	if m.list.Index() != before {
		m.showCached()
	}
	return nil
}

// handleWheel scrolls the answer, or moves through the questions when the
// wheel turns over the list. Coordinates are relative to the pane's top
// left corner.
func (m *Model) handleWheel(w tea.MouseWheelMsg) {
	lx, ly, lw, lh := m.listRect()
	overList := w.X >= lx && w.X < lx+lw && w.Y >= ly && w.Y < ly+lh
	before := m.list.Index()
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
	if m.list.Index() != before {
		m.showCached()
	}
}

// wheelLines is how far one turn of the wheel scrolls an answer.
const wheelLines = 3

// open asks the root to show the selected question in its section.
func (m Model) open() tea.Cmd {
	i := m.list.Index()
	if i < 0 || i >= len(m.entries) {
		return nil
	}
	e := m.entries[i]
	msg := common.OpenSectionMsg{ID: e.SectionID, Anchor: e.Anchor}
	return func() tea.Msg { return msg }
}

// scrollable reports whether the answer is taller than its area.
func (m Model) scrollable() bool {
	return m.answer.TotalLineCount() > m.answer.Height()
}
