package browse

import tea "charm.land/bubbletea/v2"

// Snapshot is a copy of the pane as it is now: the section in the
// reader, its scroll and history, the list's selection and the focus.
// The root's one browse pane lives on and moves, so the trail of views
// left keeps a snapshot to come back to (Restore).
func (m Model) Snapshot() *Model { return &m }

// Restore puts the pane back as it was in s, a Snapshot, keeping the
// size and context it has now (the terminal may have been resized, the
// theme or the pack changed since), and returns the renders that needs.
func (m *Model) Restore(s *Model) tea.Cmd {
	c, w, h := m.c, m.width, m.height
	*m = *s
	return tea.Batch(m.SetCommon(c), m.SetSize(w, h))
}
