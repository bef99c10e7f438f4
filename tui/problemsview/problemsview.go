// Package problemsview is the problems overlay: the content problems of
// the pack that opened anyway (dead links, tables of the wrong shape,
// files that could not be read), one `FILE:LINE: message` a line, in a
// box over the screen. ↑ and ↓ move the selection and scroll; enter opens
// the section the selected problem concerns (common.Open), at the last
// heading on or before its line; e opens the problem's file in the user's
// editor at its line; esc or ! closes it (common.Close). Every other key
// is swallowed, since it would act on a view the user cannot see.
package problemsview

import (
	"errors"
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/versus-dev/versus/knowledge"
	"github.com/versus-dev/versus/knowledge/sanitize"
	"github.com/versus-dev/versus/tui/action"
	"github.com/versus-dev/versus/tui/common"
	"github.com/versus-dev/versus/tui/internal/layout"
)

// KeyMap holds the overlay's own bindings.
type KeyMap struct {
	Up, Down  key.Binding
	Home, End key.Binding
	Open      key.Binding
	Edit      key.Binding
	Close     key.Binding
}

// DefaultKeyMap returns the overlay's default bindings.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		Up:    key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑↓", "move")),
		Down:  key.NewBinding(key.WithKeys("down", "j")),
		Home:  key.NewBinding(key.WithKeys("home", "g")),
		End:   key.NewBinding(key.WithKeys("end", "G")),
		Open:  key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "open section")),
		Edit:  key.NewBinding(key.WithKeys("e"), key.WithHelp("e", "edit file")),
		Close: key.NewBinding(key.WithKeys("esc", "!"), key.WithHelp("esc", "close")),
	}
}

// Model is the problems overlay.
type Model struct {
	KeyMap KeyMap
	// Editor edits the problems' files; its zero value is the built-in
	// pack's, which says it is read-only.
	Editor action.Editor

	common common.Common
	cursor int    // the selected problem
	offset int    // the first problem shown
	note   string // why enter did nothing, until the next key

	width, height int // the area the box is drawn in
	action        common.Action
}

// New returns the overlay listing the problems of c's pack.
func New(c common.Common) Model {
	m := Model{KeyMap: DefaultKeyMap()}
	m.SetCommon(c)
	return m
}

// SetSize sets the area the box is centred in.
func (m *Model) SetSize(w, h int) tea.Cmd {
	m.width, m.height = max(w, 0), max(h, 0)
	m.offset = m.clampOffset(m.offset)
	return nil
}

// SetCommon restyles the overlay and takes the pack's problems from c.
func (m *Model) SetCommon(c common.Common) tea.Cmd {
	m.common = c
	m.cursor = min(m.cursor, max(0, len(m.problems())-1))
	return nil
}

// Capturing is false: the overlay takes no text, so q still quits.
func (m Model) Capturing() bool { return false }

// Action is what the last Update asked of the root.
func (m Model) Action() common.Action { return m.action }

// Selected returns the selected problem, or false when there is none.
func (m Model) Selected() (knowledge.Problem, bool) {
	ps := m.problems()
	if m.cursor < len(ps) {
		return ps[m.cursor], true
	}
	return knowledge.Problem{}, false
}

// Update moves the selection, opens its section or closes the overlay.
func (m Model) Update(msg tea.Msg) (common.Pane, tea.Cmd) {
	m.action = nil
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return &m, nil
	}
	m.note = ""
	n := len(m.problems())
	switch {
	case key.Matches(k, m.KeyMap.Close):
		m.action = common.Close{}
	case key.Matches(k, m.KeyMap.Open):
		m.open()
	case key.Matches(k, m.KeyMap.Edit):
		return &m, m.edit()
	case key.Matches(k, m.KeyMap.Up):
		m.cursor = max(0, m.cursor-1)
	case key.Matches(k, m.KeyMap.Down):
		m.cursor = max(0, min(n-1, m.cursor+1))
	case key.Matches(k, m.KeyMap.Home):
		m.cursor = 0
	case key.Matches(k, m.KeyMap.End):
		m.cursor = max(0, n-1)
	}
	m.follow()
	return &m, nil
}

// open asks the root for the section the selected problem concerns, at
// the last heading on or before the problem's line: the reader scrolls to
// headings, not to source lines.
func (m *Model) open() {
	p, ok := m.Selected()
	if !ok || m.common.Pack == nil {
		return
	}
	sec := m.common.Pack.SectionAt(p.File, p.Line)
	if sec == nil {
		m.note = "no section to open for " + sanitize.Line(p.File)
		return
	}
	anchor := ""
	for _, h := range sec.Headings {
		if h.Line > 0 && h.Line <= p.Line {
			anchor = h.Anchor
		}
	}
	m.action = common.Open{ID: sec.ID, Anchor: anchor}
}

// edit runs the editor on the selected problem's file at its line. The
// overlay stays open, for the next problem, and lists what the reload
// after the edit finds.
func (m *Model) edit() tea.Cmd {
	p, ok := m.Selected()
	if !ok {
		return nil
	}
	cmd, err := m.Editor.Edit(p.File, p.Line)
	switch {
	case errors.Is(err, action.ErrReadOnly):
		m.note = err.Error()
	case err != nil:
		m.note = "editor: " + err.Error()
	}
	return cmd
}

// follow scrolls the list so that the selection is in view.
func (m *Model) follow() {
	avail := m.avail()
	if m.cursor < m.offset {
		m.offset = m.cursor
	}
	if m.cursor >= m.offset+avail {
		m.offset = m.cursor - avail + 1
	}
	m.offset = m.clampOffset(m.offset)
}

func (m Model) clampOffset(off int) int {
	return max(0, min(off, len(m.problems())-m.avail()))
}

// ShortHelp is the status bar's hints while the overlay is open.
func (m Model) ShortHelp() []key.Binding {
	move := m.KeyMap.Up
	move.SetEnabled(len(m.problems()) > 1)
	return []key.Binding{move, m.KeyMap.Open, m.KeyMap.Edit, m.KeyMap.Close}
}

// FullHelp is the overlay's bindings.
func (m Model) FullHelp() [][]key.Binding { return [][]key.Binding{m.ShortHelp()} }

// View draws the box.
func (m Model) View() string {
	s := m.common.Styles
	ps := m.problems()
	room := m.room()
	head := fmt.Sprintf("%d problem", len(ps))
	if len(ps) != 1 {
		head += "s"
	}
	title := s.PaneTitle.Render(head) + s.Muted.Render(" · enter opens · e edits · esc closes")
	avail := m.avail()
	if len(ps) > avail {
		title += s.Muted.Render(fmt.Sprintf(" · %d/%d", m.cursor+1, len(ps)))
	}
	lines := []string{ansi.Truncate(title, room, "…"), ""}
	w := lipgloss.Width(title)
	end := min(len(ps), m.offset+avail)
	for i := m.offset; i < end; i++ {
		text := ansi.Truncate(sanitize.Line(ps[i].String()), max(0, room-2), "…")
		w = max(w, ansi.StringWidth(text)+2)
		if i == m.cursor {
			lines = append(lines, s.Selected.Render("> "+text))
		} else {
			lines = append(lines, "  "+text)
		}
	}
	if m.note != "" {
		note := ansi.Truncate(m.note, room, "…")
		w = max(w, ansi.StringWidth(note))
		lines = append(lines, "", s.Error.Render(note))
	}
	w = min(room, w)
	content := strings.Join(lines, "\n")
	return s.Overlay.Render(layout.Fit(content, w, len(lines)))
}

// problems are the pack's problems, or none without a pack.
func (m Model) problems() knowledge.Problems {
	if m.common.Pack == nil {
		return nil
	}
	return m.common.Pack.Problems
}

// room is the width inside the box's border and padding.
func (m Model) room() int { return max(0, m.width-4) }

// avail is how many problems the box shows at once: all that fit below
// its border, title, blank line and room for a note.
func (m Model) avail() int { return max(1, m.height-6) }
