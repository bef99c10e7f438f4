// Package helpview is the help overlay: every binding of the view under
// it, in a box, one column per group of bindings, as many side by side as
// fit and the rest below. On a screen too short for all of it the box
// shows a window of it that ↑ and ↓ move. Esc or ? closes it
// (common.Close); every other key is swallowed, since it would act on a
// view the user cannot see.
package helpview

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"github.com/versus-dev/versus/tui/common"
	"github.com/versus-dev/versus/tui/internal/layout"
)

// KeyMap holds the overlay's own bindings.
type KeyMap struct {
	Up, Down key.Binding
	Close    key.Binding
}

// DefaultKeyMap returns the overlay's default bindings.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		Up:    key.NewBinding(key.WithKeys("up", "k")),
		Down:  key.NewBinding(key.WithKeys("down", "j")),
		Close: key.NewBinding(key.WithKeys("esc", "?"), key.WithHelp("esc", "close help")),
	}
}

// Model is the help overlay.
type Model struct {
	KeyMap KeyMap

	common common.Common
	keys   help.KeyMap // the bindings shown: the view's under the overlay
	help   help.Model
	offset int // first line shown, on a short screen

	width, height int // the area the box is drawn in
	action        common.Action
}

// New returns the overlay showing keys.
func New(c common.Common, keys help.KeyMap) Model {
	m := Model{KeyMap: DefaultKeyMap(), keys: keys, help: help.New()}
	m.help.ShowAll = true
	m.SetCommon(c)
	return m
}

// SetKeys replaces the bindings shown, after the view under the overlay
// changed what it enables.
func (m *Model) SetKeys(keys help.KeyMap) { m.keys = keys }

// SetSize sets the area the box is centred in.
func (m *Model) SetSize(w, h int) tea.Cmd {
	m.width, m.height = max(w, 0), max(h, 0)
	return nil
}

// SetCommon restyles the overlay.
func (m *Model) SetCommon(c common.Common) tea.Cmd {
	m.common = c
	m.help.Styles = c.Styles.Help()
	return nil
}

// Capturing is false: the overlay takes no text, so q still quits.
func (m Model) Capturing() bool { return false }

// Action is what the last Update asked of the root.
func (m Model) Action() common.Action { return m.action }

// Update scrolls or closes the overlay.
func (m Model) Update(msg tea.Msg) (common.Pane, tea.Cmd) {
	m.action = nil
	if k, ok := msg.(tea.KeyPressMsg); ok {
		switch {
		case key.Matches(k, m.KeyMap.Close):
			m.action = common.Close{}
		case key.Matches(k, m.KeyMap.Up):
			m.offset = max(0, m.offset-1)
		case key.Matches(k, m.KeyMap.Down):
			lines, avail := m.lines()
			m.offset = min(m.offset+1, max(0, len(lines)-avail))
		}
	}
	return &m, nil
}

// ShortHelp is the status bar's hints while the overlay is open.
func (m Model) ShortHelp() []key.Binding {
	lines, avail := m.lines()
	scroll := key.NewBinding(key.WithKeys("↑↓"), key.WithHelp("↑↓", "scroll"))
	scroll.SetEnabled(len(lines) > avail)
	return []key.Binding{scroll, m.KeyMap.Close}
}

// FullHelp is the overlay's bindings.
func (m Model) FullHelp() [][]key.Binding { return [][]key.Binding{m.ShortHelp()} }

// View draws the box.
func (m Model) View() string {
	s := m.common.Styles
	lines, avail := m.lines()
	title := s.PaneTitle.Render("Keys") + s.Muted.Render(" · esc or ? closes")
	shown := lines
	if len(lines) > avail {
		off := min(max(0, m.offset), len(lines)-avail)
		shown = lines[off : off+avail]
		title += s.Muted.Render(fmt.Sprintf(" · ↑↓ %d/%d", off+avail, len(lines)))
	}
	content := title + "\n\n" + strings.Join(shown, "\n")
	w := min(m.room(), max(lipgloss.Width(title), widest(lines)))
	return s.Overlay.Render(layout.Fit(content, w, lipgloss.Height(content)))
}

// room is the width inside the box's border and padding.
func (m Model) room() int { return max(0, m.width-4) }

// lines is the help's text, line by line, and how many lines of it the
// box can show.
func (m Model) lines() (lines []string, avail int) {
	rows := m.rows(m.room())
	avail = max(1, m.height-4) // border, title and the blank line under it
	lines = strings.Split(strings.Join(rows, "\n\n"), "\n")
	if len(lines) > avail {
		lines = strings.Split(strings.Join(rows, "\n"), "\n") // no blank lines
	}
	return lines, avail
}

// rows lays the groups of bindings out in rows of columns, room wide.
func (m Model) rows(room int) []string {
	var cols []string
	for _, g := range m.keys.FullHelp() {
		if c := m.help.FullHelpView([][]key.Binding{g}); c != "" {
			cols = append(cols, c)
		}
	}
	const gap = "    "
	var rows []string
	var row []string
	rowW := 0
	for _, c := range cols {
		w := lipgloss.Width(c)
		if len(row) > 0 && rowW+len(gap)+w > room {
			rows = append(rows, lipgloss.JoinHorizontal(lipgloss.Top, row...))
			row, rowW = nil, 0
		}
		if len(row) > 0 {
			row = append(row, gap)
			rowW += len(gap)
		}
		row = append(row, c)
		rowW += w
	}
	if len(row) > 0 {
		rows = append(rows, lipgloss.JoinHorizontal(lipgloss.Top, row...))
	}
	return rows
}

// widest is the width of the widest of blocks.
func widest(blocks []string) int {
	w := 0
	for _, b := range blocks {
		w = max(w, lipgloss.Width(b))
	}
	return w
}
