// Package compare is the compare flow: a fuzzy picker asks for a first
// and a second aspect, then two panes show them side by side (stacked one
// above the other below layout.Wide columns), each with its summary and
// its text rendered as markdown, and between them its comparison rows,
// drawn by the view for both panes at once: side by side, a criterion
// both aspects have sits on the same line in both (see table.go).
//
// The panes scroll together until sync is turned off; tab moves the
// focus, x swaps the sides, esc leaves (in the picker, esc steps back to
// the previous choice). NewView opens straight in the view, for
// `versus compare A B`.
//
// Renders (a summary and a body per pane) run in tea.Cmds through the
// shared markdown.Renderer and are dropped when they no longer match a
// pane's section, width or style.
// SetSize, SetCommon and Update return the commands starting the renders
// their change needs.
//
// Mouse: the root forwards tea.MouseWheelMsg with X and Y relative to the
// top left corner of this pane's View; the wheel scrolls the pane under
// it (and, with sync on, the other one too).
package compare

import (
	"fmt"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/versus-dev/versus/knowledge"
	"github.com/versus-dev/versus/tui/common"
	"github.com/versus-dev/versus/tui/internal/textfind"
)

// Mode is the step of the compare flow.
type Mode int

// The steps of the flow.
const (
	ModePickFirst  Mode = iota // choosing the first aspect
	ModePickSecond             // choosing the second aspect
	ModeView                   // reading both
)

// String names the mode.
func (m Mode) String() string {
	switch m {
	case ModePickFirst:
		return "pick-first"
	case ModePickSecond:
		return "pick-second"
	case ModeView:
		return "view"
	}
	return fmt.Sprintf("Mode(%d)", int(m))
}

// Side names a pane of the view.
type Side int

// The two panes: left (or top when stacked) and right (or bottom).
const (
	Left Side = iota
	Right
)

// String names the side.
func (s Side) String() string {
	if s == Left {
		return "left"
	}
	return "right"
}

// Model is the compare flow.
type Model struct {
	common common.Common
	KeyMap KeyMap
	styles styles

	mode   Mode
	first  *knowledge.Section // the first choice, once made
	picker picker

	panes [2]pane
	focus Side
	sync  bool
	pos   int // the line both panes show when synced
	find  textfind.Finder
	drawn drawn // what the panes' lines were put together from

	width, height int
	action        common.Action // what the last Update asked of the root
}

// New starts the flow at the picker, offering the section with id
// current first (usually the aspect in the reader; may be empty).
func New(c common.Common, current string) Model {
	m := Model{common: c, KeyMap: DefaultKeyMap(), styles: newStyles(c.Styles), sync: true, find: textfind.New(findHint)}
	m.picker = newPicker(c.Pack, current, "", m.styles)
	return m
}

// NewView opens the flow straight in the view of two sections.
func NewView(c common.Common, leftID, rightID string) (Model, error) {
	m := New(c, leftID)
	var secs [2]*knowledge.Section
	for i, id := range []string{leftID, rightID} {
		if c.Pack != nil {
			secs[i] = c.Pack.Section(id)
		}
		if secs[i] == nil {
			return Model{}, fmt.Errorf("compare: no section with id %q", id)
		}
	}
	m.first = secs[0]
	m.openView(secs[0], secs[1])
	return m, nil
}

// Mode returns the step of the flow.
func (m Model) Mode() Mode { return m.mode }

// Focus returns the focused pane.
func (m Model) Focus() Side { return m.focus }

// Sections returns the ids of the sections in the left and right panes;
// empty before the view opens.
func (m Model) Sections() (left, right string) {
	if m.mode != ModeView {
		return "", ""
	}
	return m.panes[Left].section.ID, m.panes[Right].section.ID
}

// Focused returns the id of the section in the focused pane, the one the
// user means when asking for "this aspect" (its tables); false before the
// view opens.
func (m Model) Focused() (id string, ok bool) {
	if m.mode != ModeView {
		return "", false
	}
	return m.panes[m.focus].section.ID, true
}

// SetSize sets the size the flow draws at and renders the view for it.
func (m *Model) SetSize(w, h int) tea.Cmd {
	m.width, m.height = max(w, 0), max(h, 0)
	m.layout()
	return m.ensureRenders()
}

// SetCommon replaces the shared context, after a theme change or a
// reload, and renders the view in the new style or from the new version
// of the pack.
func (m *Model) SetCommon(c common.Common) tea.Cmd {
	reloaded := c.Pack != m.common.Pack && c.Pack != nil
	m.common = c
	if reloaded {
		m.reload()
	}
	m.styles = newStyles(c.Styles)
	m.drawn = drawn{} // the tables, drawn in the old styles
	m.picker.input.SetStyles(m.styles.input)
	m.layout()
	return m.ensureRenders()
}

// Capturing reports whether letters type into a picker's filter or the
// find box.
func (m Model) Capturing() bool { return m.mode != ModeView || m.find.Active() }

// Query returns the find query.
func (m Model) Query() string { return m.find.Query() }

// Action is what the last Update asked of the root.
func (m Model) Action() common.Action { return m.action }

// Update handles key presses, pastes into the picker, mouse wheel turns
// and finished renders.
func (m Model) Update(msg tea.Msg) (common.Pane, tea.Cmd) {
	m.action = nil
	var cmd tea.Cmd
	switch msg := msg.(type) {
	case tea.PasteMsg:
		if m.mode != ModeView {
			cmd = m.pickerInput(msg)
		} else {
			cmd = m.updateFind(msg)
		}
	case RenderedMsg:
		if m.mode == ModeView {
			for i := range m.panes {
				m.panes[i].accept(msg.Result, func(md string) string { return m.contentOf(msg.Result, md) })
			}
		}
	case tea.KeyPressMsg:
		if m.mode == ModeView && m.find.Active() {
			cmd = m.updateFind(msg)
		} else if m.mode == ModeView {
			cmd = m.viewKey(msg)
		} else {
			cmd = m.pickerKey(msg)
		}
	case tea.MouseWheelMsg:
		if m.mode == ModeView {
			m.wheel(msg)
		}
	}
	return &m, tea.Batch(cmd, m.ensureRenders())
}

// pickerKey handles a key in the picker.
func (m *Model) pickerKey(k tea.KeyPressMsg) tea.Cmd {
	rows := m.pickerRows()
	switch {
	case key.Matches(k, m.KeyMap.PickUp):
		m.picker.move(-1, rows)
	case key.Matches(k, m.KeyMap.PickDown):
		m.picker.move(1, rows)
	case key.Matches(k, m.KeyMap.Choose):
		m.choose()
	case key.Matches(k, m.KeyMap.Back):
		if m.mode == ModePickFirst {
			m.action = common.Close{}
			return nil
		}
		m.mode = ModePickFirst
		m.picker = newPicker(m.common.Pack, m.first.ID, "", m.styles)
		m.first = nil
		m.layout()
	default:
		return m.pickerInput(k)
	}
	return nil
}

// pickerInput types a key or a paste into the picker's filter.
func (m *Model) pickerInput(msg tea.Msg) tea.Cmd {
	var cmd tea.Cmd
	m.picker.input, cmd = m.picker.input.Update(msg)
	if m.picker.input.Value() != m.picker.query {
		m.picker.refilter()
	}
	return cmd
}

// choose takes the aspect under the picker's cursor as the first or the
// second choice.
func (m *Model) choose() {
	s, ok := m.picker.chosen()
	if !ok {
		return
	}
	if m.mode == ModePickFirst {
		m.first = s
		m.mode = ModePickSecond
		m.picker = newPicker(m.common.Pack, "", s.ID, m.styles)
		m.layout()
		return
	}
	m.openView(m.first, s)
}

// reload takes in a new version of the pack: the view's panes re-render
// their sections in place; a picker offers the new version's aspects,
// with the query typed so far. A first choice the new version lost sends
// the flow back to the first picker.
func (m *Model) reload() {
	p := m.common.Pack
	if m.mode == ModeView {
		for i := range m.panes {
			m.panes[i].reload(p)
		}
		return
	}
	offered := ""
	if len(m.picker.choices) > 0 {
		offered = m.picker.choices[0].section.ID
	}
	skip := ""
	if m.mode == ModePickSecond {
		if m.first = p.Section(m.first.ID); m.first == nil {
			m.mode = ModePickFirst
		} else {
			offered, skip = "", m.first.ID
		}
	}
	query := m.picker.input.Value()
	m.picker = newPicker(p, offered, skip, m.styles)
	m.picker.input.SetValue(query)
	m.picker.refilter()
	m.layout()
}

// openView shows two sections side by side.
func (m *Model) openView(left, right *knowledge.Section) {
	m.mode = ModeView
	m.panes = [2]pane{newPane(m.common.Pack, left), newPane(m.common.Pack, right)}
	m.focus, m.pos, m.drawn = Left, 0, drawn{}
	m.layout()
}

// viewKey handles a key in the view.
func (m *Model) viewKey(k tea.KeyPressMsg) tea.Cmd {
	if d, ok := m.KeyMap.Lines(k, m.panes[m.focus].vp.Height()); ok {
		m.scroll(m.focus, d)
		return nil
	}
	switch {
	case key.Matches(k, m.KeyMap.Focus):
		m.focus = 1 - m.focus
		m.search()
	case key.Matches(k, m.KeyMap.Swap):
		m.panes[Left], m.panes[Right] = m.panes[Right], m.panes[Left]
		m.layout()
		m.search()
	case key.Matches(k, m.KeyMap.Find):
		return m.startFind()
	case key.Matches(k, m.KeyMap.NextMatch):
		m.step(1)
	case key.Matches(k, m.KeyMap.PrevMatch):
		m.step(-1)
	case key.Matches(k, m.KeyMap.ClearFind) && m.find.Query() != "":
		m.find.SetQuery("")
		m.paint()
	case key.Matches(k, m.KeyMap.Sync):
		m.sync = !m.sync
		if m.sync {
			m.pos = m.panes[m.focus].vp.YOffset()
			m.scroll(m.focus, 0)
		}
	case key.Matches(k, m.KeyMap.Close):
		m.action = common.Close{}
	}
	return nil
}

// wheel scrolls the pane under the mouse.
func (m *Model) wheel(w tea.MouseWheelMsg) {
	for i, r := range m.paneRects() {
		if !r.Contains(w.X, w.Y) {
			continue
		}
		switch w.Button {
		case tea.MouseWheelUp:
			m.scroll(Side(i), -wheelLines)
		case tea.MouseWheelDown:
			m.scroll(Side(i), wheelLines)
		}
		return
	}
}

// wheelLines is how far one turn of the wheel scrolls.
const wheelLines = 3

// scroll moves pane s by d lines. With sync on both panes show the same
// line: a shared position runs to the end of the longer text, and the
// shorter one waits at its bottom until the position comes back to it.
func (m *Model) scroll(s Side, d int) {
	if !m.sync {
		vp := &m.panes[s].vp
		vp.SetYOffset(vp.YOffset() + d)
		return
	}
	limit := 0
	for i := range m.panes {
		limit = max(limit, m.panes[i].maxOffset())
	}
	m.pos = min(max(m.pos+d, 0), limit)
	for i := range m.panes {
		m.panes[i].vp.SetYOffset(m.pos)
	}
}
