package reader

import (
	"os"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/versus-dev/versus/knowledge"
	"github.com/versus-dev/versus/markdown"
	"github.com/versus-dev/versus/tui/common"
	"github.com/versus-dev/versus/tui/memory"
	"github.com/versus-dev/versus/tui/theme"
)

func testCommon(t testing.TB) common.Common {
	t.Helper()
	p, err := knowledge.Load(os.DirFS("../testdata/pack"))
	if err != nil {
		t.Fatal(err)
	}
	return common.Common{Pack: p, Renderer: markdown.New(0), Styles: theme.New(true, false), Style: "dark"}
}

// deliver runs cmd and hands its message to the reader.
func deliver(t testing.TB, m Model, cmd tea.Cmd) Model {
	t.Helper()
	if cmd == nil {
		t.Fatal("expected a command")
	}
	m, _ = m.Update(cmd())
	return m
}

func plain(m Model) string { return ansi.Strip(m.View()) }

func TestStaleRenderIsDropped(t *testing.T) {
	c := testCommon(t)
	m := New(c)
	if cmd := m.SetSize(60, 20); cmd != nil {
		t.Fatal("an empty reader asked for a render")
	}
	cmdA := m.Open(c.Pack.Section("caffeine"), "", "")
	cmdB := m.Open(c.Pack.Section("taste"), "", "")
	if !strings.Contains(plain(m), "rendering Taste…") {
		t.Fatalf("no rendering line while waiting:\n%s", plain(m))
	}
	m = deliver(t, m, cmdA)
	if m.Ready() || strings.Contains(plain(m), "How much") {
		t.Fatalf("a stale render of caffeine was shown:\n%s", plain(m))
	}
	m = deliver(t, m, cmdB)
	if !m.Ready() || !strings.Contains(plain(m), "Aroma") {
		t.Fatalf("taste not shown:\n%s", plain(m))
	}
}

func TestResizeKeepsOldRenderOnScreen(t *testing.T) {
	c := testCommon(t)
	m := New(c)
	m.SetSize(60, 20)
	m = deliver(t, m, m.Open(c.Pack.Section("caffeine"), "", ""))
	cmd := m.SetSize(70, 20)
	if strings.Contains(plain(m), "rendering") || !strings.Contains(plain(m), "How much") {
		t.Fatalf("resize blanked the reader:\n%s", plain(m))
	}
	for _, l := range strings.Split(m.View(), "\n") {
		if w := ansi.StringWidth(l); w > 70 {
			t.Fatalf("line %d wide in a 70-wide pane", w)
		}
	}
	if m.Ready() {
		t.Fatal("ready before the new render arrived")
	}
	m = deliver(t, m, cmd)
	if !m.Ready() {
		t.Fatal("new width not rendered")
	}
}

func TestRepeatOpenUsesCache(t *testing.T) {
	c := testCommon(t)
	m := New(c)
	m.SetSize(60, 20)
	m = deliver(t, m, m.Open(c.Pack.Section("caffeine"), "", ""))
	m = deliver(t, m, m.Open(c.Pack.Section("taste"), "", ""))
	if cmd := m.Back(); cmd != nil || !m.Ready() {
		t.Fatal("going back to a rendered section rendered again")
	}
	// Another reader sharing the renderer shows it at once too.
	other := New(c)
	other.SetSize(60, 20)
	if cmd := other.Open(c.Pack.Section("taste"), "", ""); cmd != nil || !other.Ready() {
		t.Fatal("a section in the renderer's cache was rendered again")
	}
}

func TestRenderErrorIsShown(t *testing.T) {
	c := testCommon(t)
	c.Style = "/nonexistent/style.json"
	m := New(c)
	m.SetSize(60, 20)
	m = deliver(t, m, m.Open(c.Pack.Section("taste"), "", ""))
	if !strings.Contains(plain(m), "Could not render this section") {
		t.Fatalf("render error not shown:\n%s", plain(m))
	}
}

func TestSourceHidesInternalDestinations(t *testing.T) {
	c := testCommon(t)
	src := source(c.Pack.Section("caffeine"))
	out, err := c.Renderer.Render(src, 80, "ascii")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(out, "taste.md") || strings.Contains(out, "price.md") {
		t.Fatalf("internal destinations shown:\n%s", out)
	}
	if !strings.Contains(out, "https://example.org/caffeine-survey") {
		t.Fatal("external destination removed")
	}
	if !strings.HasPrefix(src, "# 1. Caffeine content\n\n> A cup of coffee holds") {
		t.Fatalf("no numbered title and summary: %q", src[:60])
	}
}

// TestReaderShowsNumberAndSummary opens an aspect: its number and title
// come first, then its summary set apart, then the body, whose headings
// are still found below the summary.
func TestReaderShowsNumberAndSummary(t *testing.T) {
	c := testCommon(t)
	m := New(c)
	m.SetSize(80, 30)
	m = deliver(t, m, m.Open(c.Pack.Section("caffeine"), "", ""))
	lines := strings.Split(plain(m), "\n")
	at := func(s string) int {
		for i, l := range lines {
			if strings.Contains(l, s) {
				return i
			}
		}
		t.Fatalf("%q not on screen:\n%s", s, plain(m))
		return -1
	}
	title, sum, table := at("1. Caffeine content"), at("A cup of coffee holds about twice"), at("Caffeine per cup")
	if !(title < sum && sum < table) {
		t.Errorf("title at %d, summary at %d, table at %d; want them in that order:\n%s", title, sum, table, plain(m))
	}
	if line, ok := m.doc.anchors["how-much"]; !ok || line <= sum {
		t.Errorf("heading How much at %d (found %v), want below the summary at %d", line, ok, sum)
	}
}

func TestKeysEnabledOnlyWhenTheyAct(t *testing.T) {
	c := testCommon(t)
	m := New(c)
	m.SetSize(60, 20)
	m = deliver(t, m, m.Open(c.Pack.Section("brewing"), "", "")) // no links
	k := m.KeyMap
	for name, b := range map[string]bool{
		"next link": k.NextLink.Enabled(), "follow": k.Follow.Enabled(),
		"back": k.Back.Enabled(), "forward": k.Forward.Enabled(),
		"next match": k.NextMatch.Enabled(),
	} {
		if b {
			t.Errorf("%s enabled with nothing to act on", name)
		}
	}
	m = deliver(t, m, m.Open(c.Pack.Section("caffeine"), "", "cup"))
	k = m.KeyMap
	if !k.NextLink.Enabled() || !k.Back.Enabled() || !k.NextMatch.Enabled() {
		t.Error("links, back or matches disabled while they act")
	}
}

// TestReaderExpandsTabsAndKeepsFlags opens a section with a tab-indented
// Go block, tabs in prose and flags in inline code, at widths where the
// flags fall near the end of a line: the code keeps four columns per
// level, "Columns<TAB>separated" keeps a gap, every line fits the pane,
// and no flag is split over two lines.
func TestReaderExpandsTabsAndKeepsFlags(t *testing.T) {
	p, err := knowledge.Load(os.DirFS("../testdata/codepack"))
	if err != nil {
		t.Fatal(err)
	}
	c := common.Common{Pack: p, Renderer: markdown.New(0), Styles: theme.New(true, false), Style: "dark"}
	for _, w := range []int{44, 52, 60, 80} {
		m := New(c)
		m.SetSize(w, 60)
		m = deliver(t, m, m.Open(p.Section("tooling"), "", ""))
		view := plain(m)
		for _, l := range strings.Split(view, "\n") {
			if ansi.StringWidth(l) != w {
				t.Fatalf("width %d: line %q is %d wide", w, l, ansi.StringWidth(l))
			}
		}
		if strings.Contains(m.View(), "\t") {
			t.Errorf("width %d: a tab reached the screen", w)
		}
		if !strings.Contains(view, "Columns separated") {
			t.Errorf("width %d: the tab between words was dropped:\n%s", w, view)
		}
		col := func(s string) int {
			for _, l := range strings.Split(view, "\n") {
				if i := strings.Index(l, s); i >= 0 {
					return ansi.StringWidth(l[:i])
				}
			}
			t.Fatalf("width %d: %q not on screen:\n%s", w, s, view)
			return 0
		}
		if f, r, i, pr := col("func main"), col("for _, arg"), col(`if arg == "-v"`), col("fmt.Println"); r-f != 4 || i-f != 8 || pr-f != 12 {
			t.Errorf("width %d: Go indentation %d, %d, %d; want 4, 8, 12:\n%s", w, r-f, i-f, pr-f, view)
		}
		for _, flag := range []string{"-test.run=TestName", "--release", "--inspect-brk"} {
			if !strings.Contains(view, flag) {
				t.Errorf("width %d: %q split over lines:\n%s", w, flag, view)
			}
		}
	}
}

// TestHistoryComesBackFromAnEarlierRun checks that the back and forward
// stacks handed out for saving are the ones taken back in, nearest the
// present last, and that more places than the reader keeps are cut from
// the far end.
func TestHistoryComesBackFromAnEarlierRun(t *testing.T) {
	c := testCommon(t)
	// step runs a move's command, if it needs one: a section in the
	// cache is shown at once.
	step := func(m Model, cmd tea.Cmd) Model {
		if cmd != nil {
			m, _ = m.Update(cmd())
		}
		return m
	}
	m := New(c)
	m.SetSize(80, 20)
	for _, id := range []string{"overview", "taste", "price"} {
		m = deliver(t, m, m.Open(c.Pack.Section(id), "", ""))
	}
	m = step(m, m.Back())
	back, forward := m.History()
	if len(back) != 1 || back[0].Section != "overview" || len(forward) != 1 || forward[0].Section != "price" {
		t.Fatalf("history back %+v forward %+v, want [overview] and [price]", back, forward)
	}

	n := New(c)
	n.SetSize(80, 20)
	n = step(n, n.Open(c.Pack.Section("taste"), "", ""))
	n.SetHistory(back, forward)
	n = step(n, n.Back())
	if s := n.Section(); s == nil || s.ID != "overview" {
		t.Fatalf("back went to %v, want overview", s)
	}
	n = step(n, n.Forward())
	n = step(n, n.Forward())
	if s := n.Section(); s == nil || s.ID != "price" {
		t.Fatalf("forward went to %v, want price", s)
	}

	long := make([]memory.Place, maxHistory+5)
	for i := range long {
		long[i] = memory.Place{Section: "taste", Line: i}
	}
	n.SetHistory(long, nil)
	if back, _ := n.History(); len(back) != maxHistory || back[0].Line != 5 {
		t.Errorf("kept %d places from line %d, want the %d nearest", len(back), back[0].Line, maxHistory)
	}
}
