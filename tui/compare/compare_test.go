package compare

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"testing/fstest"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/versus-dev/versus/knowledge"
	"github.com/versus-dev/versus/knowledge/packtest"
	"github.com/versus-dev/versus/markdown"
	"github.com/versus-dev/versus/tui/common"
	"github.com/versus-dev/versus/tui/internal/render"
	"github.com/versus-dev/versus/tui/internal/tuitest"
	"github.com/versus-dev/versus/tui/theme"
)

// offered lists the ids of the aspects the picker shows, in order.
func offered(m Model) []string {
	var out []string
	for _, mt := range m.picker.matches {
		out = append(out, m.picker.choices[mt.choice].section.ID)
	}
	return out
}

// view opens the view of two sections at a size, rendered.
func view(t *testing.T, left, right string, w, h int) Model {
	t.Helper()
	m, err := NewView(tuitest.Common(t), left, right)
	if err != nil {
		t.Fatal(err)
	}
	return tuitest.Settle(m, m.SetSize(w, h))
}

func TestNames(t *testing.T) {
	for m, want := range map[Mode]string{ModePickFirst: "pick-first", ModePickSecond: "pick-second", ModeView: "view", Mode(9): "Mode(9)"} {
		if m.String() != want {
			t.Errorf("%d: %q, want %q", int(m), m.String(), want)
		}
	}
	if Left.String() != "left" || Right.String() != "right" {
		t.Error("side names")
	}
}

func TestPickerOffersTheCurrentAspectFirst(t *testing.T) {
	m := New(tuitest.Common(t), "concurrency")
	if got := strings.Join(offered(m), ","); got != "concurrency,speed,packages" {
		t.Fatalf("offered %s", got)
	}
	// Not an aspect: pack order.
	m = New(tuitest.Common(t), "faq")
	if got := strings.Join(offered(m), ","); got != "speed,concurrency,packages" {
		t.Fatalf("offered %s", got)
	}
}

func TestPickerFilters(t *testing.T) {
	cases := []struct{ query, first string }{
		{"perf", "speed"},
		{"pe", "speed"}, // a word prefix beats two scattered word starts
		{"3", "packages"},
		{"2", "concurrency"},
		{"npm", "packages"},     // an alias
		{"thro", "speed"},       // an alias
		{"CONC", "concurrency"}, // case does not matter
	}
	for _, tc := range cases {
		t.Run(tc.query, func(t *testing.T) {
			m := New(tuitest.Common(t), "")
			m.SetSize(80, 24)
			m = tuitest.TypeText(m, tc.query)
			got := offered(m)
			if len(got) == 0 || got[0] != tc.first {
				t.Fatalf("offered %v, want %s first", got, tc.first)
			}
		})
	}
	m := New(tuitest.Common(t), "")
	m.SetSize(80, 24)
	m = tuitest.TypeText(m, "zzz")
	if len(offered(m)) != 0 || !strings.Contains(tuitest.Plain(m.View()), "No aspect matches “zzz”") {
		t.Fatalf("view:\n%s", tuitest.Plain(m.View()))
	}
	if m, _ = tuitest.Update(m, tuitest.Press("enter")); m.Mode() != ModePickFirst {
		t.Fatal("enter with nothing offered moved on")
	}
	// Deleting brings the others back.
	for range 3 {
		m, _ = tuitest.Update(m, tuitest.Press("backspace"))
	}
	if len(offered(m)) != 3 {
		t.Fatalf("after deleting the query: %v", offered(m))
	}
}

func TestPickerFlow(t *testing.T) {
	m := New(tuitest.Common(t), "concurrency")
	m.SetSize(80, 24)
	m, _ = tuitest.Update(m, tuitest.Press("enter"))
	if m.Mode() != ModePickSecond {
		t.Fatalf("after first choice: %v", m.Mode())
	}
	if got := strings.Join(offered(m), ","); got != "speed,packages" {
		t.Fatalf("second picker offers %s, want the others", got)
	}
	if !strings.Contains(tuitest.Plain(m.View()), "Compare 2 Concurrency with…") {
		t.Fatalf("view:\n%s", tuitest.Plain(m.View()))
	}
	m, _ = tuitest.Update(m, tuitest.Press("down"))
	m, cmd := tuitest.Update(m, tuitest.Press("enter"))
	if m.Mode() != ModeView {
		t.Fatalf("after second choice: %v", m.Mode())
	}
	if l, r := m.Sections(); l != "concurrency" || r != "packages" {
		t.Fatalf("view shows %s and %s", l, r)
	}
	if cmd == nil {
		t.Fatal("opening the view asked for no render")
	}
	m = tuitest.Settle(m, cmd)
	if v := tuitest.Plain(m.View()); strings.Contains(v, render.Placeholder) {
		t.Fatalf("still rendering after the commands ran:\n%s", v)
	}
}

func TestEscStepsBack(t *testing.T) {
	m := New(tuitest.Common(t), "")
	m.SetSize(80, 24)
	m, _ = tuitest.Update(m, tuitest.Press("down")) // concurrency
	m, _ = tuitest.Update(m, tuitest.Press("enter"))
	m, cmd := tuitest.Update(m, tuitest.Press("esc"))
	if m.Mode() != ModePickFirst || cmd != nil {
		t.Fatalf("esc in the second picker: %v, cmd %v", m.Mode(), cmd)
	}
	if got := offered(m); got[0] != "concurrency" {
		t.Fatalf("back in the first picker, offered %v: the first choice should come first", got)
	}
	if a := tuitest.Do(m, tuitest.Press("esc")); a != (common.Close{}) {
		t.Fatalf("esc in the first picker asked %v, want Close", a)
	}
	m = view(t, "speed", "packages", 80, 24)
	if a := tuitest.Do(m, tuitest.Press("esc")); a != (common.Close{}) {
		t.Fatalf("esc in the view asked %v, want Close", a)
	}
}

func TestSwapFocusSync(t *testing.T) {
	m := view(t, "speed", "packages", 120, 40)
	if m.Focus() != Left || !m.Synced() {
		t.Fatalf("starts with focus %v, sync %v", m.Focus(), m.Synced())
	}
	m, _ = tuitest.Update(m, tuitest.Press("x"))
	if l, r := m.Sections(); l != "packages" || r != "speed" {
		t.Fatalf("after swap: %s, %s", l, r)
	}
	if m.Focus() != Left {
		t.Fatal("swap moved the focus")
	}
	m, _ = tuitest.Update(m, tuitest.Press("tab"))
	if m.Focus() != Right || !strings.Contains(tuitest.Plain(m.View()), "focus right") {
		t.Fatalf("after tab: focus %v\n%s", m.Focus(), tuitest.Plain(m.View()))
	}
	m, _ = tuitest.Update(m, tuitest.Press("s"))
	if m.Synced() || !strings.Contains(tuitest.Plain(m.View()), "sync off") {
		t.Fatalf("after s: sync %v", m.Synced())
	}
	m, _ = tuitest.Update(m, tuitest.Press("s"))
	if !m.Synced() || !strings.Contains(tuitest.Plain(m.View()), "sync on") {
		t.Fatalf("after s s: sync %v", m.Synced())
	}
	m.SetSize(80, 40)
	if !strings.Contains(tuitest.Plain(m.View()), "focus bottom") {
		t.Fatalf("stacked view names the focus by position:\n%s", tuitest.Plain(m.View()))
	}
}

func TestScrolling(t *testing.T) {
	// speed is longer than packages at this size.
	m := view(t, "packages", "speed", 120, 16)
	short, long := &m.panes[Left], &m.panes[Right]
	if short.maxOffset() >= long.maxOffset() {
		t.Fatalf("fixture: %d and %d lines to scroll", short.maxOffset(), long.maxOffset())
	}
	// Synced: both move together, the shorter waits at its bottom.
	m, _ = tuitest.Update(m, tuitest.Press("j"))
	if short.vp.YOffset() != 1 || long.vp.YOffset() != 1 {
		t.Fatalf("j: offsets %d, %d", short.vp.YOffset(), long.vp.YOffset())
	}
	m, _ = tuitest.Update(m, tuitest.Press("G"))
	if long.vp.YOffset() != long.maxOffset() || short.vp.YOffset() != short.maxOffset() {
		t.Fatalf("G: offsets %d, %d", short.vp.YOffset(), long.vp.YOffset())
	}
	m, _ = tuitest.Update(m, tuitest.Press("k"))
	if long.vp.YOffset() != long.maxOffset()-1 || short.vp.YOffset() != min(short.maxOffset(), long.maxOffset()-1) {
		t.Fatalf("k: offsets %d, %d", short.vp.YOffset(), long.vp.YOffset())
	}
	m, _ = tuitest.Update(m, tuitest.Press("g"))
	if short.vp.YOffset() != 0 || long.vp.YOffset() != 0 {
		t.Fatalf("g: offsets %d, %d", short.vp.YOffset(), long.vp.YOffset())
	}
	// Unsynced: only the focused pane moves.
	m, _ = tuitest.Update(m, tuitest.Press("s"))
	m, _ = tuitest.Update(m, tuitest.Press("tab"))
	m, _ = tuitest.Update(m, tuitest.Press("pgdown"))
	if short.vp.YOffset() != 0 || long.vp.YOffset() == 0 {
		t.Fatalf("pgdown unsynced: offsets %d, %d", short.vp.YOffset(), long.vp.YOffset())
	}
	// Turning sync back on lines the other pane up with the focused one.
	m, _ = tuitest.Update(m, tuitest.Press("s"))
	if short.vp.YOffset() != min(long.vp.YOffset(), short.maxOffset()) {
		t.Fatalf("sync on: offsets %d, %d", short.vp.YOffset(), long.vp.YOffset())
	}
}

func TestMouseWheelScrollsThePaneUnderIt(t *testing.T) {
	m := view(t, "packages", "speed", 120, 16)
	m, _ = tuitest.Update(m, tuitest.Press("s")) // unsync, to see which pane moved
	m, _ = tuitest.Update(m, tea.MouseWheelMsg{X: 90, Y: 5, Button: tea.MouseWheelDown})
	if m.panes[Right].vp.YOffset() != wheelLines || m.panes[Left].vp.YOffset() != 0 {
		t.Fatalf("offsets %d, %d", m.panes[Left].vp.YOffset(), m.panes[Right].vp.YOffset())
	}
	// Stacked: the bottom pane is below the middle line.
	m.SetSize(80, 16)
	m, _ = tuitest.Update(m, tea.MouseWheelMsg{X: 10, Y: 12, Button: tea.MouseWheelUp})
	if m.panes[Right].vp.YOffset() != 0 {
		t.Fatalf("wheel up over the bottom pane left it at %d", m.panes[Right].vp.YOffset())
	}
}

func TestNewViewRejectsUnknownSections(t *testing.T) {
	if _, err := NewView(tuitest.Common(t), "speed", "nope"); err == nil || !strings.Contains(err.Error(), `"nope"`) {
		t.Fatalf("err = %v", err)
	}
}

func TestStaleRenderIsDropped(t *testing.T) {
	m, err := NewView(tuitest.Common(t), "speed", "packages")
	if err != nil {
		t.Fatal(err)
	}
	old := tuitest.Run(m.SetSize(120, 40))
	if len(old) != 4 {
		t.Fatalf("%d renders, want 4: a summary and a body per pane", len(old))
	}
	cmd := m.SetSize(80, 40) // new widths: the renders under way are stale
	for _, msg := range old {
		m, _ = tuitest.Update(m, msg)
	}
	for i, p := range m.panes {
		for _, tx := range p.texts {
			if tx.shown.Width != 0 {
				t.Fatalf("pane %d shows a render %d wide, want none", i, tx.shown.Width)
			}
		}
	}
	m = tuitest.Settle(m, cmd)
	for i, p := range m.panes {
		for _, tx := range p.texts {
			if tx.shown.Width != 80-paneFrame {
				t.Fatalf("pane %d shows a render %d wide, want %d", i, tx.shown.Width, 80-paneFrame)
			}
		}
	}
}

func TestPaneMarkdown(t *testing.T) {
	p := tuitest.Common(t).Pack
	s := p.Section("speed")
	if got := summaryMarkdown(s); got != "> V8 compiles hot code to machine code; CPython interprets bytecode.\n" {
		t.Errorf("summary markdown %q", got)
	}
	md := bodyMarkdown(s)
	for _, want := range []string{
		"## Benchmarks\n\n\nNumbers vary", // the table is gone, its heading kept: text follows it
		"A long-running server",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("markdown lacks %q:\n%s", want, md)
		}
	}
	if strings.Contains(md, "# Performance") {
		t.Errorf("the title heading is repeated:\n%s", md)
	}
	if strings.Contains(md, "\n---\n") {
		t.Errorf("a rule follows the tables (glamour draws it as a stray row of dashes):\n%s", md)
	}
	if strings.Contains(md, "| Startup time |") {
		t.Errorf("a table row is left in the text under the table:\n%s", md)
	}
}

func TestPaneMarkdownDropsAHeadingLeftEmpty(t *testing.T) {
	fsys := fstest.MapFS{
		"pack.yaml": {Data: []byte("title: T\nsummary: S\nsubjects: [A, B]\nas_of: 2025-01-01\nsections: [a.md]\n")},
		"a.md": {Data: []byte("---\nid: a\ntitle: Alpha\nkind: aspect\nnumber: 1\n---\n\nIntro.\n\n" +
			"## Table only\n\n| Criterion | A | B |\n| --- | --- | --- |\n| x \\| y | *1* | 2 |\n\n## After\n\nText.\n")},
	}
	p, err := knowledge.Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	md := bodyMarkdown(p.Section("a"))
	if strings.Contains(md, "Table only") {
		t.Errorf("heading left with nothing under it kept:\n%s", md)
	}
	if !strings.Contains(md, "## After\n\nText.") || !strings.Contains(md, "Intro.") {
		t.Errorf("text lost:\n%s", md)
	}
}

func TestGolden(t *testing.T) {
	cases := []struct {
		name string
		w, h int
		mk   func(t *testing.T, w, h int) Model
	}{
		{"picker", 80, 24, picker1},
		{"picker", 120, 40, picker1},
		{"picker_second", 80, 24, picker2},
		{"view_stacked", 60, 20, speedConcurrency},
		{"view_stacked", 80, 24, speedConcurrency},
		{"view_side_by_side", 120, 40, speedConcurrency},
		{"view_side_by_side", 200, 60, speedConcurrency},
		{"find", 60, 20, finding},
		{"find", 120, 40, finding},
	}
	for _, tc := range cases {
		t.Run(fmt.Sprintf("%s_%dx%d", tc.name, tc.w, tc.h), func(t *testing.T) {
			m := tc.mk(t, tc.w, tc.h)
			v := m.View()
			tuitest.CheckSize(t, v, tc.w, tc.h)
			golden.RequireEqual(t, []byte(tuitest.Plain(v)))
		})
	}
}

// finding is the view with "thread" typed in the find box, the right
// pane focused.
func finding(t *testing.T, w, h int) Model {
	m := speedConcurrency(t, w, h)
	m, _ = tuitest.Update(m, tuitest.Press("tab"))
	m, _ = tuitest.Update(m, tuitest.Press("ctrl+f"))
	return tuitest.TypeText(m, "thread")
}

func speedConcurrency(t *testing.T, w, h int) Model { return view(t, "speed", "concurrency", w, h) }

func picker1(t *testing.T, w, h int) Model {
	m := New(tuitest.Common(t), "concurrency")
	m.SetSize(w, h)
	return tuitest.TypeText(m, "p")
}

func picker2(t *testing.T, w, h int) Model {
	m := New(tuitest.Common(t), "concurrency")
	m.SetSize(w, h)
	m, _ = tuitest.Update(m, tuitest.Press("enter"))
	return m
}

func TestRandomInput(t *testing.T) {
	packs := map[string]common.Common{"fixture": tuitest.Common(t), "default": tuitest.CommonFor(tuitest.DefaultPack(t))}
	for name, c := range packs {
		t.Run(name, func(t *testing.T) {
			tuitest.Random{Seed: 5, New: func(*rand.Rand) common.Pane {
				m := New(c, "")
				return &m
			}}.Run(t)
		})
	}
}

// BenchmarkFirstRender measures opening the view of two aspects of the
// default pack until both are drawn: the renders with a cold cache, then
// with a warm one (a second visit).
func BenchmarkFirstRender(b *testing.B) {
	c := tuitest.CommonFor(tuitest.DefaultPack(b))
	first := func(b *testing.B, c common.Common) {
		m, err := NewView(c, "performance", "async")
		if err != nil {
			b.Fatal(err)
		}
		m = tuitest.Settle(m, m.SetSize(160, 50))
		if strings.Contains(m.View(), render.Placeholder) {
			b.Fatal("not rendered")
		}
	}
	b.Run("cold", func(b *testing.B) {
		b.ReportAllocs()
		start := tuitest.CPUTime()
		for b.Loop() {
			c.Renderer = markdown.New(0)
			first(b, c)
		}
		tuitest.CPUPerOp(b, start)
	})
	b.Run("warm", func(b *testing.B) {
		c.Renderer = markdown.New(0)
		first(b, c)
		b.ReportAllocs()
		b.ResetTimer()
		start := tuitest.CPUTime()
		for b.Loop() {
			first(b, c)
		}
		tuitest.CPUPerOp(b, start)
	})
}

// BenchmarkPickerKey measures one key typed into the picker of a pack of
// 10,000 sections: a fuzzy match over every aspect.
func BenchmarkPickerKey(b *testing.B) {
	p, err := knowledge.Load(packtest.Generate(10000))
	if err != nil {
		b.Fatal(err)
	}
	m := New(tuitest.CommonFor(p), "")
	m.SetSize(120, 40)
	b.Run("first", func(b *testing.B) {
		b.ReportAllocs()
		start := tuitest.CPUTime()
		for b.Loop() {
			_, _ = tuitest.Update(m, tuitest.Press("l"))
		}
		tuitest.CPUPerOp(b, start)
	})
	m = tuitest.TypeText(m, "la")
	b.Run("narrowing", func(b *testing.B) {
		b.ReportAllocs()
		start := tuitest.CPUTime()
		for b.Loop() {
			_, _ = tuitest.Update(m, tuitest.Press("t"))
		}
		tuitest.CPUPerOp(b, start)
	})
}

func TestSetCommonRerenders(t *testing.T) {
	m := view(t, "speed", "packages", 120, 40)
	c := tuitest.Common(t)
	c.Style = "ascii"
	c.Styles = theme.New(false, true)
	cmd := m.SetCommon(c)
	if cmd == nil {
		t.Fatal("a new markdown style asked for no render")
	}
	m = tuitest.Settle(m, cmd)
	for i, p := range m.panes {
		for _, tx := range p.texts {
			if tx.shown.Style != "ascii" {
				t.Fatalf("pane %d shows style %q", i, tx.shown.Style)
			}
		}
	}
	// Without colour the focused pane has a thick border.
	if v := tuitest.Plain(m.View()); !strings.HasPrefix(strings.SplitN(v, "\n", 2)[1], "┏") {
		t.Fatalf("focused pane border:\n%s", v)
	}
}

// TestFindInTheFocusedPane: ctrl+f finds in the focused pane as the query
// is typed, n steps on and scrolls to the match, tab finds the query in
// the other pane, and esc forgets the query before it goes back.
func TestFindInTheFocusedPane(t *testing.T) {
	m := speedConcurrency(t, 80, 24)
	m, _ = tuitest.Update(m, tuitest.Press("ctrl+f"))
	if !m.Capturing() {
		t.Fatal("the find box does not take typed text")
	}
	m = tuitest.TypeText(m, "thread")
	m, _ = tuitest.Update(m, tuitest.Press("enter"))
	if m.Capturing() || m.Query() != "thread" {
		t.Fatalf("enter: capturing %v, query %q", m.Capturing(), m.Query())
	}
	if got := tuitest.Plain(m.View()); !strings.Contains(got, "match 1/1") {
		t.Fatalf("the top pane (speed) has one match:\n%s", got)
	}
	m, _ = tuitest.Update(m, tuitest.Press("tab"))
	got := tuitest.Plain(m.View())
	if !strings.Contains(got, "7 matches") {
		t.Fatalf("tab did not find the query in the other pane:\n%s", got)
	}
	m, _ = tuitest.Update(m, tuitest.Press("g"))
	for range 7 {
		m, _ = tuitest.Update(m, tuitest.Press("n"))
	}
	if got := tuitest.Plain(m.View()); !strings.Contains(got, "match 7/7") {
		t.Fatalf("n did not step to the last match:\n%s", got)
	}
	if m.panes[Right].vp.YOffset() == 0 {
		t.Fatal("stepping to the last match did not scroll the focused pane")
	}
	if a := tuitest.Do(m, tuitest.Press("esc")); a != nil {
		t.Fatalf("esc with a query asked the root for %#v, want it cleared first", a)
	}
	m, _ = tuitest.Update(m, tuitest.Press("esc"))
	if a := tuitest.Do(m, tuitest.Press("esc")); a != (common.Close{}) {
		t.Fatalf("esc without a query: %#v, want Close", a)
	}
}

// Focused names the aspect in the focused pane, which the tables key
// opens, and nothing while the user is still picking.
func TestFocused(t *testing.T) {
	m := New(tuitest.Common(t), "speed")
	if id, ok := m.Focused(); ok {
		t.Fatalf("picker: Focused = %q, want none", id)
	}
	m = view(t, "speed", "packages", 120, 40)
	if id, ok := m.Focused(); !ok || id != "speed" {
		t.Fatalf("view: Focused = %q %v, want the left aspect", id, ok)
	}
	m, _ = tuitest.Update(m, tuitest.Press("tab"))
	if id, ok := m.Focused(); !ok || id != "packages" {
		t.Fatalf("after tab: Focused = %q %v, want the right aspect", id, ok)
	}
}
