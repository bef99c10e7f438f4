package bookmarks

import (
	"fmt"

	tea "charm.land/bubbletea/v2"

	"github.com/versus-dev/versus/tui/memory"
)

// Off is the note for a bookmark key when versus has no state folder to
// keep bookmarks in.
const Off = "bookmarks are off: versus has no state folder"

// SavedMsg reports a save of the bookmarks.
type SavedMsg struct{ Err error }

// Status is the sentence for the status bar: nothing once saved, since
// the note of the key that changed them says enough.
func (m SavedMsg) Status() string {
	if m.Err == nil {
		return ""
	}
	return fmt.Sprintf("bookmarks not saved: %v", m.Err)
}

// Save writes st, whose bookmarks changed, off the event loop, at once
// rather than only when the browser ends; nil without a session.
func Save(s *memory.Session, st memory.State) tea.Cmd {
	if s == nil {
		return nil
	}
	write := s.Saving(st)
	return func() tea.Msg { return SavedMsg{write()} }
}
