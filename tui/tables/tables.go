// Package tables is the comparison-table pane: the comparison table(s) of
// one aspect, and a matrix of every comparison row of the numbered aspects that
// narrows as the user types.
//
// The aspect table wraps its cells; the matrix cuts cells too long for
// their column with an ellipsis and shows the selected row whole, wrapped.
// Below 80 columns each row is a block instead: its criterion, then each
// subject's cell under it. The words the filter matched are highlighted
// in the rows.
// Enter asks the root to open the row's section at the heading above its
// table (common.Open); y (ctrl+y in the matrix, where letters filter)
// asks it to copy the row (common.Copy); esc clears the filter, then asks
// the root to close the pane (common.Close).
package tables

import (
	"fmt"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"github.com/versus-dev/versus/knowledge"
	"github.com/versus-dev/versus/tui/common"
)

// Mode says which table the pane shows.
type Mode int

// The pane's modes.
const (
	ModeAspect Mode = iota // the comparison tables of one section
	ModeMatrix             // every comparison row of the pack, filterable
)

// String names the mode.
func (m Mode) String() string {
	switch m {
	case ModeAspect:
		return "aspect"
	case ModeMatrix:
		return "matrix"
	}
	return fmt.Sprintf("Mode(%d)", int(m))
}

// Model is the tables pane.
type Model struct {
	common common.Common
	KeyMap KeyMap
	styles styles

	mode    Mode
	section *knowledge.Section // the section the pane was opened on; may be nil

	aspect      []row // the section's comparison rows
	aspectHead  []string
	aspectWidth []int   // natural column widths
	gathered    bool    // the matrix fields below are filled
	gathering   bool    // gather is building them
	pending     tea.Cmd // the gather New started, for SetSize
	matrix      []row   // every comparison row of the numbered aspects
	matrixHead  []string
	matrixWidth []int
	shown       []int32  // indexes of the matrix rows the filter kept
	shownTerms  []string // the filter terms shown was found for
	filtered    bool     // shown holds a filter's result

	filter       textinput.Model
	cursor       int   // the selected row, among those shown
	offset       int   // the first row drawn
	widths       []int // the columns' widths side by side, from layout
	aspectCursor int   // the aspect row selected when the matrix was asked for

	width, height int
	action        common.Action // what the last Update asked of the root
}

// New returns the pane for a pack, opened on the section with the given
// id (usually the one in the reader). It shows that section's comparison
// tables, or the matrix when the section has none.
func New(c common.Common, sectionID string) Model {
	m := Model{common: c, KeyMap: DefaultKeyMap(), styles: newStyles(c.Styles)}
	m.setSection(sectionID)

	m.filter = textinput.New()
	m.filter.Prompt = "/ "
	m.filter.Placeholder = "type to filter rows"
	m.filter.SetStyles(m.styles.filter)
	m.filter.Focus()

	if len(m.aspect) == 0 {
		m.mode = ModeMatrix
		m.pending = m.gather()
	}
	m.showRows(0)
	return m
}

// setSection fills the aspect table with the rows of the section with
// the given id.
func (m *Model) setSection(id string) {
	m.section, m.aspect = nil, nil
	m.aspectHead = nil
	if p := m.common.Pack; p != nil {
		m.section = p.Section(id)
		m.aspectHead = aspectHeader(p, m.section)
		if m.section != nil {
			m.aspect = sectionRows(nil, p, m.section, false)
		}
	}
	m.aspectWidth = naturalWidths(m.aspectHead, m.aspect)
}

// Mode returns the current mode.
func (m Model) Mode() Mode { return m.mode }

// RowCount returns how many rows the table shows and how many the mode
// has before filtering.
func (m Model) RowCount() (shown, total int) {
	return m.count(), len(m.source())
}

// syncGather is the most sections whose matrix is built during a key
// press: about 2 ms. A pack of 10,000 sections takes 100 ms, so larger
// packs build it in the background, and the pane says so meanwhile.
const syncGather = 2000

// matrixMsg carries the matrix built by gather from pack.
type matrixMsg struct {
	matrix
	pack *knowledge.Pack
}

// matrix is every comparison row of the pack, ready to show.
type matrix struct {
	rows  []row
	head  []string
	width []int
}

// buildMatrix gathers the matrix of p; it only reads the pack.
func buildMatrix(p *knowledge.Pack) matrix {
	var x matrix
	x.rows = matrixRows(p)
	x.head = matrixHeader(p)
	x.width = naturalWidths(x.head, x.rows)
	return x
}

// gather fills the matrix, the first time it is shown: opening the pane
// on an aspect of a large pack need not go through every table. For a
// large pack it returns the command that builds it in the background.
func (m *Model) gather() tea.Cmd {
	if m.gathered || m.gathering || m.common.Pack == nil {
		return nil
	}
	p := m.common.Pack
	if len(p.Sections) > syncGather {
		m.gathering = true
		return func() tea.Msg { return matrixMsg{buildMatrix(p), p} }
	}
	m.setMatrix(buildMatrix(p))
	return nil
}

// setMatrix takes in a built matrix.
func (m *Model) setMatrix(x matrix) {
	m.matrix, m.matrixHead, m.matrixWidth = x.rows, x.head, x.width
	m.gathered, m.gathering = true, false
	// A filter typed while the matrix was built found nothing to narrow.
	m.shown, m.shownTerms, m.filtered = nil, nil, false
}

// sectionCursor is the matrix row of the aspect row at cursor i, so that
// switching to the matrix keeps the selected row selected.
func (m Model) sectionCursor(i int) int {
	if i < 0 || m.section == nil || m.filter.Value() != "" {
		return 0
	}
	// The section's rows sit together in the matrix.
	for j, r := range m.matrix {
		if r.section == m.section.ID {
			return j + i
		}
	}
	return 0
}

// source is the rows of the current mode, before filtering.
func (m Model) source() []row {
	if m.mode == ModeMatrix {
		return m.matrix
	}
	return m.aspect
}

// count is how many rows the table shows.
func (m Model) count() int {
	if m.filtered {
		return len(m.shown)
	}
	return len(m.source())
}

// SetSize sets the size the pane draws at. The first call also returns
// the command building the matrix when New left that to the background.
func (m *Model) SetSize(w, h int) tea.Cmd {
	m.width, m.height = max(w, 0), max(h, 0)
	m.layout()
	m.selectRow(m.cursor)
	cmd := m.pending
	m.pending = nil
	return cmd
}

// SetCommon replaces the shared context, after a theme change or a
// reload. Nothing in the pane is rendered ahead, so only a new version of
// the pack can need a command: the one building its matrix.
func (m *Model) SetCommon(c common.Common) tea.Cmd {
	reloaded := c.Pack != m.common.Pack
	m.common = c
	m.styles = newStyles(c.Styles)
	m.filter.SetStyles(m.styles.filter)
	if reloaded {
		return m.reload()
	}
	return nil
}

// reload rebuilds the rows from a new version of the pack, keeping the
// mode, the filter and the selected row's place. An aspect whose tables
// are gone leaves the pane on the matrix, as New would have.
func (m *Model) reload() tea.Cmd {
	cursor := m.cursor
	id := ""
	if m.section != nil {
		id = m.section.ID
	}
	m.setSection(id)
	m.gathered, m.gathering = false, false
	m.shown, m.shownTerms, m.filtered = nil, nil, false
	var cmd tea.Cmd
	if m.mode == ModeMatrix || len(m.aspect) == 0 {
		m.mode = ModeMatrix
		cmd = m.gather()
	}
	m.showRows(max(0, min(cursor, m.count()-1)))
	return cmd
}

// Capturing reports whether letters type into the matrix's filter.
func (m Model) Capturing() bool { return m.mode == ModeMatrix }

// Action is what the last Update asked of the root.
func (m Model) Action() common.Action { return m.action }

// Update handles key presses, pastes into the filter and the matrix built
// in the background.
func (m Model) Update(msg tea.Msg) (common.Pane, tea.Cmd) {
	m.action = nil
	m, cmd := m.update(msg)
	return &m, cmd
}

func (m Model) update(msg tea.Msg) (Model, tea.Cmd) {
	if p, ok := msg.(tea.PasteMsg); ok {
		if m.mode != ModeMatrix {
			return m, nil
		}
		return m.typeFilter(p)
	}
	if x, ok := msg.(matrixMsg); ok {
		if m.gathering && x.pack == m.common.Pack { // not one of a pack since reloaded
			m.setMatrix(x.matrix)
			if m.mode == ModeMatrix {
				m.showRows(m.sectionCursor(m.aspectCursor))
			}
		}
		return m, nil
	}
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return m, nil
	}
	if m.mode == ModeMatrix && isText(k) {
		return m.typeFilter(k)
	}
	page := m.page()
	switch {
	case key.Matches(k, m.KeyMap.Up):
		m.selectRow(m.cursor - 1)
	case key.Matches(k, m.KeyMap.Down):
		m.selectRow(m.cursor + 1)
	case key.Matches(k, m.KeyMap.PageUp):
		m.selectRow(m.cursor - page)
	case key.Matches(k, m.KeyMap.PageDown):
		m.selectRow(m.cursor + page)
	case key.Matches(k, m.KeyMap.Top):
		m.selectRow(0)
	case key.Matches(k, m.KeyMap.Bottom):
		m.selectRow(m.count() - 1)
	case key.Matches(k, m.KeyMap.Toggle):
		return m, m.toggle()
	case key.Matches(k, m.KeyMap.Open):
		m.open()
	case key.Matches(k, m.KeyMap.Copy):
		m.copyRow()
	case m.mode == ModeMatrix && m.filter.Value() != "" && key.Matches(k, m.KeyMap.Clear):
		m.filter.Reset()
		m.showRows(0)
	case key.Matches(k, m.KeyMap.Close):
		m.action = common.Close{}
	case m.mode == ModeMatrix:
		// Editing keys: backspace, ctrl+w, cursor moves.
		return m.typeFilter(k)
	}
	return m, nil
}

// isText reports whether a key types text rather than commands.
func isText(k tea.KeyPressMsg) bool {
	return k.Text != "" && k.Mod&(tea.ModCtrl|tea.ModAlt|tea.ModSuper) == 0
}

// typeFilter passes a key or a paste to the filter and narrows the rows
// when the filter changed.
func (m Model) typeFilter(k tea.Msg) (Model, tea.Cmd) {
	before := m.filter.Value()
	var cmd tea.Cmd
	m.filter, cmd = m.filter.Update(k)
	if m.filter.Value() != before {
		m.showRows(0)
	}
	return m, cmd
}

// toggle switches between the aspect table and the matrix. Entering the
// matrix unfiltered keeps the selected row selected, once it is built.
func (m *Model) toggle() tea.Cmd {
	if m.mode == ModeAspect {
		m.aspectCursor = m.cursor
		cmd := m.gather()
		m.mode = ModeMatrix
		m.showRows(m.sectionCursor(m.aspectCursor))
		return cmd
	}
	m.mode = ModeAspect
	m.showRows(0)
	return nil
}

// showRows fills the table with the current mode's rows, filtered, and
// selects the row at cursor.
func (m *Model) showRows(cursor int) {
	prev, prevTerms := m.shown, m.shownTerms
	if !m.filtered {
		prev, prevTerms = nil, nil
	}
	m.shown, m.shownTerms, m.filtered = nil, nil, false
	if ts := terms(m.filter.Value()); m.mode == ModeMatrix && len(ts) > 0 {
		var from []int32
		if narrows(prevTerms, ts) {
			from = prev
		}
		m.shown, m.shownTerms, m.filtered = narrowRows(m.matrix, ts, from), ts, true
	}
	m.layout()
	m.offset = 0
	m.selectRow(cursor)
}

// rowAt returns the i-th row shown.
func (m Model) rowAt(i int) row {
	if m.filtered {
		i = int(m.shown[i])
	}
	return m.source()[i]
}

// selected returns the selected row.
func (m Model) selected() (row, bool) {
	if m.cursor < 0 || m.cursor >= m.count() {
		return row{}, false
	}
	return m.rowAt(m.cursor), true
}

// open asks the root to show the selected row's section at its table.
func (m *Model) open() {
	if r, ok := m.selected(); ok {
		m.action = common.Open{ID: r.section, Anchor: r.anchor}
	}
}

// header returns the column names of the current mode.
func (m Model) header() []string {
	if m.mode == ModeMatrix {
		return m.matrixHead
	}
	return m.aspectHead
}
