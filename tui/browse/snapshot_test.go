package browse

import (
	"strings"
	"testing"

	"github.com/versus-dev/versus/tui/internal/tuitest"
)

// A snapshot does not move with the pane, and restoring it brings back
// its section and focus at the size the pane has now.
func TestSnapshotRestore(t *testing.T) {
	c := tuitest.Common(t)
	b := New(c, c.Pack.Section("speed"))
	b = tuitest.Settle(b, b.SetSize(120, 40))
	snap := b.Snapshot()

	b = tuitest.Settle(b, b.Open(c.Pack.Section("packages"), "", ""))
	b = tuitest.Settle(b, b.SetSize(80, 24))
	if s := snap.Reader().Section(); s == nil || s.ID != "speed" {
		t.Fatalf("the snapshot moved with the pane to %v", s)
	}

	b = tuitest.Settle(b, b.Restore(snap))
	if s := b.Reader().Section(); s == nil || s.ID != "speed" || b.Focus() != FocusReader {
		t.Fatalf("restored on %v with focus %v, want speed in the reader", s, b.Focus())
	}
	view := b.View()
	tuitest.CheckSize(t, view, 80, 24)
	if !b.Reader().Ready() || !strings.Contains(tuitest.Plain(view), c.Pack.Section("speed").Title) {
		t.Fatalf("restored view is not speed rendered at 80x24:\n%s", tuitest.Plain(view))
	}
}
