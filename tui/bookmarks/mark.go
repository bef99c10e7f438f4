package bookmarks

import (
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/versus-dev/versus/knowledge"
	"github.com/versus-dev/versus/tui/memory"
)

// Reading is what the bookmark key needs of the reader: the section in
// it and the heading at the top of its view (reader.Model has both).
type Reading interface {
	Section() *knowledge.Section
	HeadingAtTop() (h knowledge.Heading, under bool)
}

// Mark is the bookmark key in the reader: it toggles the bookmark on the
// heading at the top of r's view (above the first heading, on the
// section) in st, and saves st at once through s, since a bookmark is
// worth keeping even if the browser dies before it ends. It returns the
// note for the status bar and the save; without a session, bookmarks are
// off and st is left alone.
func Mark(s *memory.Session, st *memory.State, r Reading, now time.Time) (note string, save tea.Cmd) {
	if s == nil {
		return Off, nil
	}
	h, under := r.HeadingAtTop()
	note = st.Mark(r.Section(), h, under, now)
	return note, Save(s, *st)
}
