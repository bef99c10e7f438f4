package bookmarks

import (
	"testing"
	"time"

	"github.com/versus-dev/versus/tui/internal/tuitest"
	"github.com/versus-dev/versus/tui/memory"
)

// Only the key that deletes a bookmark asks for a save: every key after
// it used to save again.
func TestChangedOnlyAfterADelete(t *testing.T) {
	c := tuitest.Common(t)
	var st memory.State
	for _, s := range c.Pack.Sections[:2] {
		st.ToggleBookmark(s.ID, "", time.Now())
	}
	m := New(c, st)
	p, _ := m.Update(tuitest.Press("d"))
	if !p.(*Model).Changed() || len(p.(*Model).Bookmarks()) != 1 {
		t.Fatalf("d: changed %v, %d bookmarks left", p.(*Model).Changed(), len(p.(*Model).Bookmarks()))
	}
	p, _ = p.Update(tuitest.Press("j"))
	if p.(*Model).Changed() {
		t.Error("j after d still reports a change")
	}
}
