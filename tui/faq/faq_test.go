package faq

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"testing/fstest"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/versus-dev/versus/knowledge"
	"github.com/versus-dev/versus/tui/common"
	"github.com/versus-dev/versus/tui/internal/layout"
	"github.com/versus-dev/versus/tui/internal/render"
	"github.com/versus-dev/versus/tui/internal/tuitest"
)

// open returns the pane at a size with the selected answer rendered.
func open(t *testing.T, c common.Common, w, h int) Model {
	t.Helper()
	m := New(c)
	return tuitest.Settle(m, m.SetSize(w, h))
}

func TestLayoutString(t *testing.T) {
	if LayoutBeside.String() != "beside" || LayoutBelow.String() != "below" {
		t.Fatal("layout names")
	}
}

func TestLayoutFollowsWidth(t *testing.T) {
	m := New(tuitest.Common(t))
	m.SetSize(layout.Wide-1, 30)
	if m.Layout() != LayoutBelow {
		t.Fatalf("at %d columns: %v, want below", layout.Wide-1, m.Layout())
	}
	m.SetSize(layout.Wide, 30)
	if m.Layout() != LayoutBeside {
		t.Fatalf("at %d columns: %v, want beside", layout.Wide, m.Layout())
	}
}

func TestAnswerRendersInACommand(t *testing.T) {
	m := New(tuitest.Common(t))
	cmd := m.SetSize(80, 24)
	if !strings.Contains(tuitest.Plain(m.View()), render.Placeholder) {
		t.Fatalf("before the render:\n%s", tuitest.Plain(m.View()))
	}

	if cmd == nil {
		t.Fatal("Init returned no render command")
	}
	m = tuitest.Settle(m, cmd)
	v := tuitest.Plain(m.View())
	if strings.Contains(v, render.Placeholder) || !strings.Contains(v, "For I/O-bound servers, usually") {
		t.Fatalf("after the render:\n%s", v)
	}
}

func TestStaleRenderIsDropped(t *testing.T) {
	m := New(tuitest.Common(t))
	first := tuitest.Run(m.SetSize(80, 24)) // the render of question 1, not delivered yet
	m, second := tuitest.Update(m, tuitest.Press("down"))
	for _, msg := range first {
		m, _ = tuitest.Update(m, msg)
	}
	v := tuitest.Plain(m.View())
	if strings.Contains(v, "For I/O-bound servers") {
		t.Fatalf("the answer to question 1 shows under question 2:\n%s", v)
	}
	m = tuitest.Settle(m, second)
	if v := tuitest.Plain(m.View()); !strings.Contains(v, "The one your team or your course already uses") {
		t.Fatalf("answer to question 2 missing:\n%s", v)
	}
}

func TestCachedAnswerShowsAtOnce(t *testing.T) {
	m := open(t, tuitest.Common(t), 80, 24)
	m, cmd := tuitest.Update(m, tuitest.Press("down"))
	m = tuitest.Settle(m, cmd) // question 2 rendered
	m, _ = tuitest.Update(m, tuitest.Press("down"))
	m, cmd = tuitest.Update(m, tuitest.Press("up"))
	if cmd != nil {
		t.Fatal("going back to a rendered answer asked for a render")
	}
	if v := tuitest.Plain(m.View()); !strings.Contains(v, "The one your team or your course already uses") {
		t.Fatalf("cached answer not shown:\n%s", v)
	}
}

func TestEnterOpensTheQuestion(t *testing.T) {
	m := open(t, tuitest.Common(t), 80, 24)
	m, _ = tuitest.Update(m, tuitest.Press("j"))
	m, _ = tuitest.Update(m, tuitest.Press("down"))
	want := common.Open{ID: "faq", Anchor: "can-i-use-both-in-one-project"}
	if a := tuitest.Do(m, tuitest.Press("enter")); a != want {
		t.Fatalf("enter asked %v, want %v", a, want)
	}
}

func TestEscCloses(t *testing.T) {
	m := open(t, tuitest.Common(t), 80, 24)
	if a := tuitest.Do(m, tuitest.Press("esc")); a != (common.Close{}) {
		t.Fatalf("esc asked %v, want Close", a)
	}
}

func TestAnswerScrolls(t *testing.T) {
	m := open(t, tuitest.Common(t), 80, 14)
	m, cmd := tuitest.Update(m, tuitest.Press("end")) // the long answer... is question 3
	m = tuitest.Settle(m, cmd)
	m, cmd = tuitest.Update(m, tuitest.Press("up"))
	m = tuitest.Settle(m, cmd)
	if m.Selected() != 2 {
		t.Fatalf("selected %d, want 2", m.Selected())
	}
	if !m.scrollable() {
		t.Fatal("the answer to question 3 should not fit in 14 lines")
	}
	top := tuitest.Plain(m.View())
	if !strings.Contains(top, "  0%") {
		t.Fatalf("title lacks the scroll position:\n%s", top)
	}
	m, _ = tuitest.Update(m, tuitest.Press("pgdown"))
	if m.answer.YOffset() == 0 {
		t.Fatal("pgdown did not scroll the answer")
	}
	if tuitest.Plain(m.View()) == top {
		t.Fatal("view unchanged after pgdown")
	}
	m, _ = tuitest.Update(m, tuitest.Press("pgup"))
	if m.answer.YOffset() != 0 {
		t.Fatalf("pgup left the answer at line %d", m.answer.YOffset())
	}
	// A new question starts at the top of its answer.
	m, _ = tuitest.Update(m, tuitest.Press("pgdown"))
	m, cmd = tuitest.Update(m, tuitest.Press("down"))
	m = tuitest.Settle(m, cmd)
	if m.answer.YOffset() != 0 {
		t.Fatalf("new question opened at line %d", m.answer.YOffset())
	}
}

func TestMouseWheel(t *testing.T) {
	m := open(t, tuitest.Common(t), 120, 10)
	// Over the list (left): next question.
	m, _ = tuitest.Update(m, tea.MouseWheelMsg{X: 5, Y: 2, Button: tea.MouseWheelDown})
	if m.Selected() != 1 {
		t.Fatalf("wheel over the list: selected %d, want 1", m.Selected())
	}
	m, _ = tuitest.Update(m, tea.MouseWheelMsg{X: 5, Y: 2, Button: tea.MouseWheelUp})
	m, _ = tuitest.Update(m, tea.MouseWheelMsg{X: 5, Y: 2, Button: tea.MouseWheelDown})
	m, cmd := tuitest.Update(m, tea.MouseWheelMsg{X: 5, Y: 2, Button: tea.MouseWheelDown})
	m = tuitest.Settle(m, cmd)
	if m.Selected() != 2 {
		t.Fatalf("selected %d, want 2", m.Selected())
	}
	// Over the answer (right): scroll it.
	m, _ = tuitest.Update(m, tea.MouseWheelMsg{X: 80, Y: 5, Button: tea.MouseWheelDown})
	want := min(wheelLines, m.answer.TotalLineCount()-m.answer.Height())
	if want <= 0 || m.answer.YOffset() != want {
		t.Fatalf("wheel over the answer: line %d, want %d", m.answer.YOffset(), want)
	}
}

func TestPackWithoutFAQ(t *testing.T) {
	fsys := fstest.MapFS{
		"pack.yaml": {Data: []byte("title: T\nsummary: S\nsubjects: [A, B]\nas_of: 2025-01-01\nsections: [a.md]\n")},
		"a.md":      {Data: []byte("---\nid: a\ntitle: A\nkind: overview\n---\n\nText.\n")},
	}
	p, err := knowledge.Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	m := New(tuitest.CommonFor(p))
	if cmd := m.SetSize(80, 24); cmd != nil {
		t.Fatal("nothing to render, yet Init returned a command")
	}
	if v := tuitest.Plain(m.View()); !strings.Contains(v, "This pack has no frequently asked questions.") {
		t.Fatalf("view:\n%s", v)
	}
	if _, cmd := tuitest.Update(m, tuitest.Press("enter")); cmd != nil {
		t.Fatal("enter with no question returned a command")
	}
	if h := m.ShortHelp(); len(h) != 1 || h[0].Help().Desc != "back" {
		t.Fatalf("help = %v, want back only", h)
	}
}

func TestWithoutRenderer(t *testing.T) {
	c := tuitest.Common(t)
	c.Renderer = nil
	m := New(c)
	if cmd := m.SetSize(80, 24); cmd != nil {
		t.Fatal("no renderer, yet Init returned a command")
	}
	if v := tuitest.Plain(m.View()); !strings.Contains(v, "## Is Node.js faster than Python?") {
		t.Fatalf("raw answer not shown:\n%s", v)
	}
}

func TestGolden(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {120, 40}} {
		w, h := size[0], size[1]
		t.Run(fmt.Sprintf("first_%dx%d", w, h), func(t *testing.T) {
			m := open(t, tuitest.Common(t), w, h)
			v := m.View()
			tuitest.CheckSize(t, v, w, h)
			golden.RequireEqual(t, []byte(tuitest.Plain(v)))
		})
		t.Run(fmt.Sprintf("third_%dx%d", w, h), func(t *testing.T) {
			m := open(t, tuitest.Common(t), w, h)
			m, cmd := tuitest.Update(m, tuitest.Press("down"))
			m = tuitest.Settle(m, cmd)
			m, cmd = tuitest.Update(m, tuitest.Press("down"))
			m = tuitest.Settle(m, cmd)
			v := m.View()
			tuitest.CheckSize(t, v, w, h)
			golden.RequireEqual(t, []byte(tuitest.Plain(v)))
		})
	}
}

func TestRandomInput(t *testing.T) {
	packs := map[string]common.Common{"fixture": tuitest.Common(t), "default": tuitest.CommonFor(tuitest.DefaultPack(t))}
	for name, c := range packs {
		t.Run(name, func(t *testing.T) {
			tuitest.Random{Seed: 3, New: func(*rand.Rand) common.Pane {
				m := New(c)
				return &m
			}}.Run(t)
		})
	}
}

func TestSetCommonRerenders(t *testing.T) {
	m := open(t, tuitest.Common(t), 80, 24)
	c := tuitest.Common(t)
	c.Style = "ascii"
	cmd := m.SetCommon(c)
	if cmd == nil {
		t.Fatal("a new markdown style asked for no render")
	}
	m = tuitest.Settle(m, cmd)
	if m.shown.Style != "ascii" {
		t.Fatalf("answer rendered in style %q", m.shown.Style)
	}
}

// TestFindInTheAnswer: ctrl+f types a query that is found in the answer
// as typed, n and N step through the matches, the query stays for the
// next question, and esc forgets it before it goes back.
func TestFindInTheAnswer(t *testing.T) {
	m := open(t, tuitest.Common(t), 80, 24)
	m, _ = tuitest.Update(m, tuitest.Press("ctrl+f"))
	if !m.Capturing() {
		t.Fatal("the find box does not take typed text")
	}
	m = tuitest.TypeText(m, "for")
	if got := tuitest.Plain(m.View()); !strings.Contains(got, "find: for") || !strings.Contains(got, "match 1/3") {
		t.Fatalf("typing a query:\n%s", got)
	}
	m, _ = tuitest.Update(m, tuitest.Press("enter"))
	if m.Capturing() || m.Query() != "for" {
		t.Fatalf("enter: capturing %v, query %q", m.Capturing(), m.Query())
	}
	m, _ = tuitest.Update(m, tuitest.Press("n"))
	if got := tuitest.Plain(m.View()); !strings.Contains(got, "match 2/3") {
		t.Fatalf("n did not step to the second match:\n%s", got)
	}
	m, _ = tuitest.Update(m, tuitest.Press("N"))
	if got := tuitest.Plain(m.View()); !strings.Contains(got, "match 1/3") {
		t.Fatalf("N did not step back:\n%s", got)
	}
	m, cmd := tuitest.Update(m, tuitest.Press("down"))
	m = tuitest.Settle(m, cmd)
	if got := tuitest.Plain(m.View()); !strings.Contains(got, `no match for "for"`) {
		t.Fatalf("the next answer does not say the query is not in it:\n%s", got)
	}
	if a := tuitest.Do(m, tuitest.Press("esc")); a != nil {
		t.Fatalf("esc with a query asked the root for %#v, want it cleared first", a)
	}
	m, _ = tuitest.Update(m, tuitest.Press("esc"))
	if m.Query() != "" {
		t.Fatalf("esc left the query %q", m.Query())
	}
	if a := tuitest.Do(m, tuitest.Press("esc")); a != (common.Close{}) {
		t.Fatalf("esc without a query: %#v, want Close", a)
	}
	// A new find offers the last query; ↑ brings it back, esc cancels.
	m, _ = tuitest.Update(m, tuitest.Press("ctrl+f"))
	m, _ = tuitest.Update(m, tuitest.Press("up"))
	if m.Query() != "for" {
		t.Fatalf("↑ recalled %q, want for", m.Query())
	}
	m, _ = tuitest.Update(m, tuitest.Press("esc"))
	if m.Capturing() || m.Query() != "" {
		t.Fatalf("esc in the box: capturing %v, query %q", m.Capturing(), m.Query())
	}
}

func TestGoldenFind(t *testing.T) {
	for _, size := range [][2]int{{60, 20}, {120, 40}} {
		w, h := size[0], size[1]
		t.Run(fmt.Sprintf("%dx%d", w, h), func(t *testing.T) {
			m := open(t, tuitest.Common(t), w, h)
			m, _ = tuitest.Update(m, tuitest.Press("ctrl+f"))
			m = tuitest.TypeText(m, "python")
			v := m.View()
			tuitest.CheckSize(t, v, w, h)
			golden.RequireEqual(t, []byte(tuitest.Plain(v)))
		})
	}
}

// answerWidth is the widest line of the answer beside the questions:
// where its last character is, counted from the gutter.
func answerWidth(t *testing.T, view string) int {
	t.Helper()
	widest := 0
	for _, l := range strings.Split(tuitest.Plain(view), "\n")[1:] {
		_, right, ok := strings.Cut(l, gutter)
		if !ok {
			t.Fatalf("no gutter in %q", l)
		}
		widest = max(widest, len([]rune(strings.TrimRight(right, " "))))
	}
	return widest
}

// The answer is prose, held to the reader's measure (--width) on a wide
// terminal rather than running 140 columns across it.
func TestAnswerKeepsTheMeasure(t *testing.T) {
	c := tuitest.CommonFor(tuitest.DefaultPack(t))
	m := open(t, c, 200, 60)
	if got := answerWidth(t, m.View()); got > layout.DefaultMeasure || got < layout.DefaultMeasure-20 {
		t.Fatalf("answer lines reach %d columns at 200 wide, want about %d", got, layout.DefaultMeasure)
	}
	// The width the answer leaves goes to the questions: none is cut.
	if v := tuitest.Plain(m.View()); strings.Contains(v, "…") {
		t.Fatalf("a question is cut at 200 columns:\n%s", v)
	}
	c.Measure = 60
	m = open(t, c, 200, 60)
	if got := answerWidth(t, m.View()); got > 60 || got < 40 {
		t.Fatalf("answer lines reach %d columns with --width 60", got)
	}
}
