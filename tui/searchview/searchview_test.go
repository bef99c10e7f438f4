package searchview

import (
	"context"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/versus-dev/versus/assets"
	"github.com/versus-dev/versus/knowledge"
	"github.com/versus-dev/versus/knowledge/packtest"
	"github.com/versus-dev/versus/tui/common"
	"github.com/versus-dev/versus/tui/internal/tuitest"
)

// query types q one key at a time, running every search, as a terminal
// fast enough to answer each key before the next would.
func query(m Model, q string) Model {
	for _, r := range q {
		var cmd tea.Cmd
		m, cmd = tuitest.Update(m, tuitest.Press(string(r)))
		m = tuitest.Settle(m, cmd)
	}
	return m
}

func TestStateString(t *testing.T) {
	for s, want := range map[State]string{StateEmpty: "empty", StateSearching: "searching", StateResults: "results", State(9): "State(?)"} {
		if s.String() != want {
			t.Errorf("%d: %q, want %q", int(s), s.String(), want)
		}
	}
}

func TestEmptyQueryShowsAHint(t *testing.T) {
	m := New(tuitest.Common(t))
	m.SetSize(80, 24)
	if m.State() != StateEmpty {
		t.Fatalf("state %v", m.State())
	}
	if v := tuitest.Plain(m.View()); !strings.Contains(v, "Type to search titles") {
		t.Fatalf("view:\n%s", v)
	}
	if h := m.ShortHelp(); len(h) != 1 {
		t.Fatalf("help with no results: %d bindings, want esc only", len(h))
	}
}

func TestTypingOnlyStartsASearch(t *testing.T) {
	m := New(tuitest.Common(t))
	m.SetSize(80, 24)
	m = query(m, "g") // one letter: no query yet
	m, cmd := tuitest.Update(m, tuitest.Press("i"))
	if cmd == nil {
		t.Fatal("a key changing the query returned no search command")
	}
	if m.State() != StateSearching || len(m.Hits()) != 0 {
		t.Fatalf("Update searched by itself: state %v, %d hits", m.State(), len(m.Hits()))
	}
	if v := tuitest.Plain(m.View()); !strings.Contains(v, "searching…") {
		t.Fatalf("view:\n%s", v)
	}
	m = tuitest.Settle(m, cmd)
	if m.State() != StateResults || len(m.Hits()) == 0 {
		t.Fatalf("after the search: state %v, %d hits", m.State(), len(m.Hits()))
	}
	// A key that does not change the query starts nothing.
	if _, cmd := tuitest.Update(m, tuitest.Press("up")); cmd != nil {
		t.Fatal("up returned a command")
	}
}

func TestStaleResultsAreDropped(t *testing.T) {
	m := New(tuitest.Common(t))
	m.SetSize(80, 24)
	m, first := tuitest.Update(m, tuitest.Press("g"))  // "g"
	m, second := tuitest.Update(m, tuitest.Press("i")) // "gi": cancels the search of "g"
	m = tuitest.Settle(m, second)
	if m.query != "gi" {
		t.Fatalf("shows %q, want gi", m.query)
	}
	want := fmt.Sprint(m.Hits())
	late := tuitest.Run(first)
	if len(late) != 1 {
		t.Fatalf("first search produced %d messages", len(late))
	}
	if r := late[0].(ResultsMsg); r.err != context.Canceled {
		t.Errorf("the first search was not cancelled: err %v", r.err)
	}
	m, _ = tuitest.Update(m, late[0])
	if m.query != "gi" || fmt.Sprint(m.Hits()) != want {
		t.Fatalf("a late result replaced the current one: query %q", m.query)
	}
	// A result that completed, but for an older query, is dropped too.
	m, _ = tuitest.Update(m, ResultsMsg{seq: m.seq - 1, query: "g", hits: nil})
	if m.query != "gi" || fmt.Sprint(m.Hits()) != want {
		t.Fatal("an old result replaced the current one")
	}
	// Emptying the query drops whatever is under way.
	m, pending := tuitest.Update(m, tuitest.Press("x"))
	m, _ = tuitest.Update(m, tuitest.Press("backspace"))
	m, _ = tuitest.Update(m, tuitest.Press("backspace"))
	m, _ = tuitest.Update(m, tuitest.Press("backspace"))
	m = tuitest.Settle(m, pending)
	if m.State() != StateEmpty || len(m.Hits()) != 0 {
		t.Fatalf("after clearing: state %v, %d hits", m.State(), len(m.Hits()))
	}
}

func TestResults(t *testing.T) {
	m := New(tuitest.Common(t))
	m.SetSize(80, 24)
	m = query(m, "event loop")
	if len(m.Hits()) == 0 {
		t.Fatal("no hits for event loop")
	}
	v := tuitest.Plain(m.View())
	for _, want := range []string{fmt.Sprintf("%d sections", m.Sections()), "2 Concurrency · ", "tag", "event loop"} {
		if !strings.Contains(v, want) {
			t.Errorf("view lacks %q:\n%s", want, v)
		}
	}
	m = New(tuitest.Common(t))
	m.SetSize(80, 24)
	m = query(m, "zzq")
	if v := tuitest.Plain(m.View()); !strings.Contains(v, "no results") {
		t.Fatalf("view:\n%s", v)
	}
}

// TestOneLinePerSection checks that a section with many hits takes one
// entry of the list, with its count, and Enter opens its best hit.
func TestOneLinePerSection(t *testing.T) {
	m := New(tuitest.CommonFor(tuitest.DefaultPack(t)))
	m.SetSize(100, 30)
	m = query(m, "gil")
	seen := map[string]bool{}
	for _, h := range m.Hits() {
		seen[h.SectionID] = true
	}
	if m.Sections() != len(seen) || m.Sections() == len(m.Hits()) {
		t.Fatalf("%d entries for %d hits in %d sections", m.Sections(), len(m.Hits()), len(seen))
	}
	v := tuitest.Plain(m.View())
	if !strings.Contains(v, "1 Scalability and concurrency · ") || !strings.Contains(v, " matches") {
		t.Errorf("the first section shows no count:\n%s", v)
	}
	best, ok := m.SelectedHit()
	if first := m.Hits()[0]; !ok || best.SectionID != first.SectionID || best.Field != first.Field || best.Snippet != first.Snippet {
		t.Errorf("selected %+v, want the first hit", best)
	}
}

// TestDidYouMean checks that a query finding nothing suggests one that
// does, one key away.
func TestDidYouMean(t *testing.T) {
	m := New(tuitest.CommonFor(tuitest.DefaultPack(t)))
	m.SetSize(80, 24)
	m = query(m, "pyhtonn")
	if len(m.Hits()) != 0 || len(m.Suggestions()) == 0 || m.Suggestions()[0] != "python" {
		t.Fatalf("pyhtonn: %d hits, suggestions %q", len(m.Hits()), m.Suggestions())
	}
	v := tuitest.Plain(m.View())
	if !strings.Contains(v, "did you mean: python") || !strings.Contains(v, `tab searches "python"`) {
		t.Errorf("view:\n%s", v)
	}
	if h := m.ShortHelp(); len(h) != 2 {
		t.Errorf("help offers %d bindings, want tab and esc", len(h))
	}
	m, cmd := tuitest.Update(m, tuitest.Press("tab"))
	m = tuitest.Settle(m, cmd)
	if m.Query() != "python" || len(m.Hits()) == 0 {
		t.Fatalf("after tab: query %q, %d hits", m.Query(), len(m.Hits()))
	}
	// A mistyped query opens the reader on the text it found.
	m = New(tuitest.CommonFor(tuitest.DefaultPack(t)))
	m.SetSize(80, 24)
	m = query(m, "perfomance")
	if a, ok := tuitest.Do(m, tuitest.Press("enter")).(common.Open); !ok || a.Query != "Performance" {
		t.Errorf("enter on perfomance asked %v, want the reader to look for Performance", a)
	}
	// With hits, tab does nothing.
	if _, cmd := tuitest.Update(m, tuitest.Press("tab")); cmd != nil {
		t.Error("tab with hits returned a command")
	}
}

func TestSelectAndOpen(t *testing.T) {
	m := New(tuitest.Common(t))
	m.SetSize(80, 24)
	m = query(m, "event loop")
	groups := groupHits(m.Hits())
	if len(groups) < 3 {
		t.Fatalf("%d sections, want 3 or more", len(groups))
	}
	for _, k := range []string{"down", "ctrl+n", "ctrl+p", "ctrl+j", "ctrl+k", "down", "up", "down"} {
		m, _ = tuitest.Update(m, tuitest.Press(k))
	}
	if m.Selected() != 2 {
		t.Fatalf("selected %d, want 2", m.Selected())
	}
	m, _ = tuitest.Update(m, tuitest.Press("up"))
	m, _ = tuitest.Update(m, tuitest.Press("up")) // stays on the first
	m, _ = tuitest.Update(m, tuitest.Press("down"))
	best := groups[1].best()
	want := common.Open{ID: best.SectionID, Anchor: best.Anchor, Query: "event loop"}
	if a := tuitest.Do(m, tuitest.Press("enter")); a != want {
		t.Fatalf("enter asked %v, want %v", a, want)
	}
	if a := tuitest.Do(m, tuitest.Press("esc")); a != (common.Close{}) {
		t.Fatalf("esc asked %v, want Close", a)
	}
	// Nothing to open without hits.
	m = New(tuitest.Common(t))
	if _, cmd := tuitest.Update(m, tuitest.Press("enter")); cmd != nil {
		t.Fatal("enter with no hits returned a command")
	}
}

func TestSelectionScrolls(t *testing.T) {
	m := New(tuitest.CommonFor(tuitest.DefaultPack(t)))
	m.SetSize(80, 16)
	m = query(m, "node")
	if m.Sections() <= m.visibleHits() {
		t.Fatalf("%d sections fit in the box; need more to scroll", m.Sections())
	}
	m, _ = tuitest.Update(m, tuitest.Press("pgdown"))
	m, _ = tuitest.Update(m, tuitest.Press("down"))
	v := tuitest.Plain(m.View())
	if !strings.Contains(v, "▸ ") || m.offset == 0 {
		t.Fatalf("selected section %d not in view (offset %d):\n%s", m.Selected(), m.offset, v)
	}
}

func TestBoxPlacement(t *testing.T) {
	m := New(tuitest.Common(t))
	for _, sz := range [][2]int{{80, 24}, {120, 40}, {300, 100}, {30, 8}, {1, 1}, {0, 0}} {
		m.SetSize(sz[0], sz[1])
		w, h := m.Size()
		x, y := m.Position()
		if w > sz[0] || h > sz[1] || x < 0 || y < 0 || x+w > sz[0] || y+h > sz[1] {
			t.Errorf("screen %v: box %dx%d at %d,%d", sz, w, h, x, y)
		}
		v := m.View()
		if lw, lh := lipgloss.Size(v); v != "" && (lw != w || lh != h) {
			t.Errorf("screen %v: view is %dx%d, Size says %dx%d", sz, lw, lh, w, h)
		}
	}
	m.SetSize(120, 40)
	if w, _ := m.Size(); w != maxBoxWidth {
		t.Errorf("box width at 120 columns: %d", w)
	}
}

func TestGolden(t *testing.T) {
	cases := []struct {
		name  string
		w, h  int
		query string
	}{
		{"empty", 80, 24, ""},
		{"results", 80, 24, "event loop"},
		{"results", 120, 40, "event loop"},
		{"results", 60, 20, "event loop"},
		{"results", 200, 60, "event loop"},
		{"empty", 60, 20, ""},
		{"empty", 200, 60, ""},
		{"results_narrow_snippets", 60, 20, "interpreter lock"},
		{"no_results", 80, 24, "zzq"},
		{"did_you_mean", 80, 24, "pyhtonn"},
		{"typo", 80, 24, "evnet loop"},
	}
	for _, tc := range cases {
		t.Run(fmt.Sprintf("%s_%dx%d", tc.name, tc.w, tc.h), func(t *testing.T) {
			m := New(tuitest.Common(t))
			m.SetSize(tc.w, tc.h)
			m = query(m, tc.query)
			v := m.View()
			tuitest.CheckSize(t, v, tc.w, tc.h)
			golden.RequireEqual(t, []byte(tuitest.Plain(v)))
		})
	}
}

func TestRandomInput(t *testing.T) {
	packs := map[string]common.Common{"fixture": tuitest.Common(t), "default": tuitest.CommonFor(tuitest.DefaultPack(t))}
	for name, c := range packs {
		t.Run(name, func(t *testing.T) {
			tuitest.Random{
				Seed: 7,
				New: func(*rand.Rand) common.Pane {
					m := New(c)
					return &m
				},
				// The overlay draws a box within the screen.
				Box: func(p common.Pane, _, _ int) (int, int) { return p.(*Model).Size() },
			}.Run(t)
		})
	}
}

func BenchmarkKeyPress(b *testing.B) {
	packs := []struct {
		name string
		load func() (*knowledge.Pack, error)
	}{
		{"default", func() (*knowledge.Pack, error) { return knowledge.Load(assets.Pack()) }},
		{"generated10000", func() (*knowledge.Pack, error) { return knowledge.Load(packtest.Generate(10000)) }},
	}
	for _, pk := range packs {
		p, err := pk.load()
		if err != nil {
			b.Fatal(err)
		}
		c := tuitest.CommonFor(p)
		m := New(c)
		m.SetSize(120, 40)
		m = query(m, "cach")
		key := tuitest.Press("e")
		b.Run(pk.name+"/update", func(b *testing.B) {
			b.ReportAllocs()
			start := tuitest.CPUTime()
			for b.Loop() {
				_, _ = tuitest.Update(m, key)
			}
			tuitest.CPUPerOp(b, start)
		})
		b.Run(pk.name+"/update+search", func(b *testing.B) {
			b.ReportAllocs()
			start := tuitest.CPUTime()
			for b.Loop() {
				next, cmd := tuitest.Update(m, key)
				next = tuitest.Settle(next, cmd)
				_ = next.View()
			}
			tuitest.CPUPerOp(b, start)
		})
		// The same with a new session each time: no work of the previous
		// query to reuse, as after a paste.
		b.Run(pk.name+"/update+search-fresh", func(b *testing.B) {
			b.ReportAllocs()
			start := tuitest.CPUTime()
			for b.Loop() {
				fresh := m
				fresh.session = c.Index.NewSession()
				next, cmd := tuitest.Update(fresh, key)
				next = tuitest.Settle(next, cmd)
				_ = next.View()
			}
			tuitest.CPUPerOp(b, start)
		})
	}
}
