package render

import (
	"errors"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"github.com/versus-dev/versus/markdown"
)

// msg is a pane's own message type for its renders.
type msg struct{ Result[string] }

func newTracker(size int) Tracker[string] {
	return New(size, func(r Result[string]) tea.Msg { return msg{r} })
}

// builds counts the calls of the build function, which runs once per
// render made and once per render taken from the renderer's cache.
type builds int

func (b *builds) upper(s string) string { *b++; return strings.ToUpper(s) }

// run executes a render command as the Bubble Tea loop would.
func run(t *testing.T, cmd tea.Cmd) Result[string] {
	t.Helper()
	if cmd == nil {
		t.Fatal("no render command")
	}
	m, ok := cmd().(msg)
	if !ok {
		t.Fatal("the command did not return the pane's message")
	}
	return m.Result
}

const doc = "# Title\n\nSome *text*."

func TestRenderInFlightIsAskedOnce(t *testing.T) {
	r := markdown.New(0)
	tr := newTracker(4)
	var b builds
	k := Key{ID: "a", Width: 40, Style: "notty"}
	if _, ok, cmd := tr.Ensure(r, k, doc, b.upper); ok || cmd == nil {
		t.Fatalf("an uncached render: ok %v, cmd %v", ok, cmd != nil)
	}
	if !tr.Waiting() {
		t.Fatal("not waiting with a render in flight")
	}
	if _, _, cmd := tr.Ensure(r, k, doc, b.upper); cmd != nil {
		t.Fatal("a render in flight was asked for twice")
	}
}

// TestAcceptAndDrop gives each case a renderer with nothing cached, so
// that every Ensure of a new key returns a command.
func TestAcceptAndDrop(t *testing.T) {
	var b builds
	a40 := Key{ID: "a", Width: 40, Style: "notty"}
	a60 := Key{ID: "a", Width: 60, Style: "notty"}

	t.Run("current", func(t *testing.T) {
		tr, r := newTracker(4), markdown.New(0)
		_, _, cmd := tr.Ensure(r, a40, doc, b.upper)
		res := run(t, cmd)
		if !tr.Accept(res) {
			t.Fatal("the render waited for was dropped")
		}
		if tr.Waiting() {
			t.Fatal("still waiting after the render arrived")
		}
		if !strings.Contains(res.Value, "TITLE") {
			t.Fatalf("build not applied: %q", res.Value)
		}
		if tr.Accept(res) {
			t.Fatal("a render accepted twice")
		}
	})

	t.Run("stale after a resize", func(t *testing.T) {
		tr, r := newTracker(4), markdown.New(0)
		_, _, old := tr.Ensure(r, a40, doc, b.upper)
		_, _, cmd := tr.Ensure(r, a60, doc, b.upper)
		if cmd == nil {
			t.Fatal("a new width asked for no render")
		}
		if tr.Accept(run(t, old)) {
			t.Fatal("a render of the old width was accepted")
		}
		if !tr.Waiting() {
			t.Fatal("a stale render ended the wait for the current one")
		}
		if !tr.Accept(run(t, cmd)) {
			t.Fatal("the render of the new width was dropped")
		}
		// The stale one was kept: going back finds it ready.
		if v, ok, cmd := tr.Ensure(r, a40, doc, b.upper); !ok || cmd != nil || !strings.Contains(v, "TITLE") {
			t.Fatalf("back to the old width: ok %v, cmd %v", ok, cmd != nil)
		}
	})

	t.Run("stale after a theme or section change", func(t *testing.T) {
		for _, next := range []Key{{ID: "a", Width: 40, Style: "ascii"}, {ID: "b", Width: 40, Style: "notty"}} {
			tr, r := newTracker(4), markdown.New(0)
			_, _, old := tr.Ensure(r, a40, doc, b.upper)
			tr.Ensure(r, next, doc, b.upper)
			if tr.Accept(run(t, old)) {
				t.Fatalf("after a change to %+v, the old render was accepted", next)
			}
		}
	})

	t.Run("stale when the pane wants nothing", func(t *testing.T) {
		tr, r := newTracker(4), markdown.New(0)
		_, _, old := tr.Ensure(r, a40, doc, b.upper)
		if _, ok, cmd := tr.Ensure(r, Key{ID: "a", Style: "notty"}, doc, b.upper); ok || cmd != nil {
			t.Fatal("a key of no width asked for something")
		}
		if tr.Accept(run(t, old)) {
			t.Fatal("a render accepted at width 0")
		}
	})

	t.Run("another tracker's", func(t *testing.T) {
		tr, other, r := newTracker(4), newTracker(4), markdown.New(0)
		tr.Ensure(r, a40, doc, b.upper)
		_, _, cmd := other.Ensure(r, a40, doc, b.upper)
		if tr.Accept(run(t, cmd)) {
			t.Fatal("a render asked for by another tracker was accepted")
		}
	})

	t.Run("from before a reset", func(t *testing.T) {
		tr, r := newTracker(4), markdown.New(0)
		_, _, old := tr.Ensure(r, a40, doc, b.upper)
		tr.Reset()
		_, _, cmd := tr.Ensure(r, a40, "# New\n\nOther text.", b.upper)
		if cmd == nil {
			t.Fatal("after a reset the old render counted as in flight")
		}
		if tr.Accept(run(t, old)) {
			t.Fatal("a render from before the reset was accepted")
		}
		if !tr.Accept(run(t, cmd)) {
			t.Fatal("the render after the reset was dropped")
		}
		tr.Ensure(r, a60, doc, b.upper)
		if v, ok, _ := tr.Ensure(r, a40, doc, b.upper); !ok || !strings.Contains(v, "NEW") {
			t.Fatalf("the render from before the reset was cached: %q", v)
		}
	})

	t.Run("failed", func(t *testing.T) {
		tr, r := newTracker(4), markdown.New(0)
		bad := Key{ID: "a", Width: 40, Style: "no such style"}
		_, _, cmd := tr.Ensure(r, bad, doc, b.upper)
		res := run(t, cmd)
		if res.Err == nil || !tr.Accept(res) {
			t.Fatalf("a failed render: err %v", res.Err)
		}
		if _, ok, cmd := tr.Ensure(r, bad, doc, b.upper); ok || cmd == nil {
			t.Fatal("a failed render was cached")
		}
	})
}

func TestCacheHits(t *testing.T) {
	r := markdown.New(0)
	var b builds
	tr := newTracker(2)
	k := func(w int) Key { return Key{ID: "a", Width: w, Style: "notty"} }
	_, _, cmd := tr.Ensure(r, k(40), doc, b.upper)
	tr.Accept(run(t, cmd))
	tr.Ensure(r, k(50), doc, b.upper)

	// The tracker's own cache: no command and no build.
	before := b
	v, ok, cmd := tr.Ensure(r, k(40), doc, b.upper)
	if !ok || cmd != nil || v == "" {
		t.Fatalf("a cached key: ok %v, cmd %v", ok, cmd != nil)
	}
	if b != before {
		t.Fatal("a key the tracker holds was built again")
	}

	// The renderer's cache, filled by someone else: built, not rendered.
	if _, err := r.Render(doc, 70, "notty"); err != nil {
		t.Fatal(err)
	}
	if _, ok, cmd := tr.Ensure(r, k(70), doc, b.upper); !ok || cmd != nil {
		t.Fatalf("a key the renderer holds: ok %v, cmd %v", ok, cmd != nil)
	}
	if b != before+1 {
		t.Fatalf("%d builds for a render the renderer held, want 1", b-before)
	}

	// The bound: of 40, 50 (never arrived) and 70, 40 went first.
	for _, w := range []int{80, 90} {
		out, err := r.Render(doc, w, "notty")
		if err != nil {
			t.Fatal(err)
		}
		tr.Ensure(r, k(w), doc, func(string) string { return out })
	}
	if _, ok := tr.gen.get(k(40)); ok {
		t.Fatal("a tracker of size 2 kept its oldest result")
	}
}

func TestNoRenderer(t *testing.T) {
	tr := newTracker(2)
	var b builds
	v, ok, cmd := tr.Ensure(nil, Key{ID: "a", Width: 8, Style: "notty"}, "one two three", b.upper)
	if !ok || cmd != nil || v != "ONE TWO\nTHREE" {
		t.Fatalf("without a renderer: %q, ok %v, cmd %v", v, ok, cmd != nil)
	}
}

func TestFailed(t *testing.T) {
	got := Failed(lipgloss.NewStyle(), "answer", errors.New("boom"), "raw *text*", 80)
	if !strings.HasPrefix(got, "Cannot render this answer: boom") || !strings.HasSuffix(got, "\n\nraw *text*") {
		t.Fatalf("%q", got)
	}
}
