package tui

import (
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/versus-dev/versus/tui/compare"
	"github.com/versus-dev/versus/tui/internal/tuitest"
	"github.com/versus-dev/versus/tui/memory"
	"github.com/versus-dev/versus/tui/tables"
)

// TestPasteReachesTheBodyPane pastes into the tables' filter and the
// compare picker: a bracketed paste types there as keys do.
func TestPasteReachesTheBodyPane(t *testing.T) {
	d := open(t, wide).keys("t", "tab") // the matrix, with its filter
	if tb, ok := d.m.body.(*tables.Model); !ok || tb.Mode() != tables.ModeMatrix {
		t.Fatalf("t, tab: body %T, want the tables matrix\n%s", d.m.body, d.screen())
	}
	d.send(tea.PasteMsg{Content: "bitter"})
	wantScreen(t, d, "/ bitter")
	wantMode(t, d, ModeTables, OverlayNone) // no letter of it was a key

	d = open(t, wide).keys("c")
	d.send(tea.PasteMsg{Content: "tast"})
	wantMode(t, d, ModeCompare, OverlayNone)
	wantScreen(t, d, "tast", "Taste")
}

// TestLeftPaneDoesNoWork leaves compare and resizes: nothing renders for
// the compare view nobody sees.
func TestLeftPaneDoesNoWork(t *testing.T) {
	for _, leave := range []string{"f", "2", "esc"} {
		d := newDriver(t, Options{Pack: fixture(t), Compare: [2]string{"caffeine", "taste"}}).send(wide)
		wantMode(t, d, ModeCompare, OverlayNone)
		d.keys(leave)
		if d.m.Mode() == ModeCompare {
			t.Fatalf("%s did not leave compare", leave)
		}
		_, cmd := d.m.Update(tea.WindowSizeMsg{Width: 130, Height: 40})
		for _, msg := range tuitest.Run(cmd) {
			if _, ok := msg.(compare.RenderedMsg); ok {
				t.Fatalf("after leaving compare with %s, a resize rendered the compare view", leave)
			}
		}
	}
}

// TestEscThenSlashKeepsSearchOpen presses esc in the search overlay and /
// before the commands of the esc have run: the new overlay stays open.
func TestEscThenSlashKeepsSearchOpen(t *testing.T) {
	d := open(t, wide).keys("/")
	wantMode(t, d, ModeBrowse, OverlaySearch)
	m, escCmd := d.m.Update(tuitest.Press("esc"))
	m, slashCmd := m.Update(tuitest.Press("/"))
	for _, msg := range append(tuitest.Run(escCmd), tuitest.Run(slashCmd)...) {
		m, _ = m.Update(msg)
	}
	if got := m.(Model).Overlay(); got != OverlaySearch {
		t.Fatalf("esc then /: overlay %v, want search", got)
	}
}

// TestOverlaysKeepTheirAreaOnResize opens each overlay and resizes: the
// screen is the one the overlay opens on at the new size (the bookmarks
// used to move to the whole screen on a resize, the others keeping the
// body).
func TestOverlaysKeepTheirAreaOnResize(t *testing.T) {
	for _, k := range []string{"'", "?", "/"} {
		mem := func() *Memory { return &Memory{Store: memory.Store{Dir: t.TempDir()}, Key: "k"} }
		resized := newDriver(t, Options{Pack: fixture(t), Memory: mem()}).send(wide).keys(k).send(narrow)
		opened := newDriver(t, Options{Pack: fixture(t), Memory: mem()}).send(narrow).keys(k)
		// Styled: under an overlay over the body the status bar stays live.
		if got, want := resized.m.View().Content, opened.m.View().Content; got != want {
			t.Errorf("%s then a resize:\n%s\nwant, as opened at that size:\n%s", k, got, want)
		}
	}
}
