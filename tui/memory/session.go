package memory

import (
	"time"

	"github.com/versus-dev/versus/knowledge"
)

// Session is what the browser remembers of its pack in one run: the state
// as loaded at the start, and where it is saved.
type Session struct {
	Store  Store
	Key    string // the pack's key in Store
	State  State  // as loaded, pruned to the pack
	Notice string // said once in the status bar: the saved state was unusable
	Fresh  bool   // start at the top, not where the last run left off

	saves Saver // keeps a late bookmark save from undoing the final one
}

// Saving takes st's turn to be written, on the program's event loop where
// the state is snapshotted, and returns the write, to run off it.
func (s *Session) Saving(st State) func() error {
	ticket := s.saves.Ticket()
	return func() error { return s.saves.Save(s.Store, s.Key, ticket, st) }
}

// Save writes st now: the final save, when the browser ends.
func (s *Session) Save(st State) error { return s.Saving(st)() }

// Mark toggles the bookmark on h, a heading of sec, or with under false
// (the view above sec's first heading) on sec itself, and says which it
// did, for the status bar.
func (s *State) Mark(sec *knowledge.Section, h knowledge.Heading, under bool, now time.Time) string {
	name, anchor := sec.Title, ""
	if under {
		name, anchor = sec.Title+" › "+h.Text, h.Anchor
	}
	if s.ToggleBookmark(sec.ID, anchor, now) {
		return "bookmarked: " + name
	}
	return "bookmark removed: " + name
}
