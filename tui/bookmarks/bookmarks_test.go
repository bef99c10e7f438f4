package bookmarks

import (
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"

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

// A bookmark of a section the pack no longer holds is listed as missing,
// and d deletes it: it is kept until the user says so.
func TestMissingBookmarkIsShownAndDeletable(t *testing.T) {
	c := tuitest.Common(t)
	var st memory.State
	st.ToggleBookmark("renamed-away", "", time.Now())
	st.ToggleBookmark(c.Pack.Sections[0].ID, "", time.Now())
	m := New(c, st)
	m.SetSize(80, 20)
	if v := ansi.Strip(m.View()); !strings.Contains(v, "renamed-away (not in this pack)") {
		t.Fatalf("the missing bookmark is not said to be missing:\n%s", v)
	}
	p, _ := m.Update(tuitest.Press("d"))
	if left := p.(*Model).Bookmarks(); len(left) != 1 || left[0].Section != c.Pack.Sections[0].ID {
		t.Errorf("after d on the missing bookmark: %+v", left)
	}
}
