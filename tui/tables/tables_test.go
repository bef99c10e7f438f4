package tables

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"

	"github.com/versus-dev/versus/knowledge"
	"github.com/versus-dev/versus/knowledge/packtest"
	"github.com/versus-dev/versus/tui/common"
	"github.com/versus-dev/versus/tui/internal/grid"
	"github.com/versus-dev/versus/tui/internal/tuitest"
)

func TestModeString(t *testing.T) {
	for m, want := range map[Mode]string{ModeAspect: "aspect", ModeMatrix: "matrix", Mode(7): "Mode(7)"} {
		if got := m.String(); got != want {
			t.Errorf("Mode(%d).String() = %q, want %q", int(m), got, want)
		}
	}
}

func TestOpensOnTheSectionTables(t *testing.T) {
	m := New(tuitest.Common(t), "speed")
	if m.Mode() != ModeAspect {
		t.Fatalf("mode = %v, want aspect", m.Mode())
	}
	// speed has two comparison tables: 4 rows and 2 rows.
	if shown, total := m.RowCount(); shown != 6 || total != 6 {
		t.Fatalf("rows = %d of %d, want 6 of 6", shown, total)
	}
}

func TestOpensOnTheMatrixWithoutTables(t *testing.T) {
	for _, id := range []string{"faq", "", "no-such-section"} {
		m := New(tuitest.Common(t), id)
		if m.Mode() != ModeMatrix {
			t.Errorf("New(%q): mode = %v, want matrix", id, m.Mode())
		}
		// The overview's table restates the aspects: it is left out.
		if shown, total := m.RowCount(); shown != 12 || total != 12 {
			t.Errorf("New(%q): rows = %d of %d, want 12 of 12", id, shown, total)
		}
		for _, r := range m.matrix {
			if r.section == "overview" {
				t.Errorf("New(%q): the overview's row %q is among all aspects", id, r.cells)
			}
		}
	}
}

func TestToggleKeepsTheSelectedRow(t *testing.T) {
	m := New(tuitest.Common(t), "speed")
	m.SetSize(80, 24)
	m, _ = tuitest.Update(m, tuitest.Press("down"))
	m, _ = tuitest.Update(m, tuitest.Press("j"))
	before, _ := m.selected()
	if before.cells[0] != "CPU-bound loops" {
		t.Fatalf("selected %q, want CPU-bound loops", before.cells[0])
	}
	m, _ = tuitest.Update(m, tuitest.Press("tab"))
	if m.Mode() != ModeMatrix {
		t.Fatalf("after tab: mode = %v, want matrix", m.Mode())
	}
	after, _ := m.selected()
	if !reflect.DeepEqual(after.cells, append([]string{"1 Performance"}, before.cells...)) {
		t.Fatalf("matrix selects %q, want the same row as the aspect table", after.cells)
	}
	if !strings.Contains(tuitest.Plain(m.View()), "CPU-bound loops") {
		t.Fatal("the selected row is not in view")
	}
	m, _ = tuitest.Update(m, tuitest.Press("tab"))
	if m.Mode() != ModeAspect {
		t.Fatalf("after second tab: mode = %v, want aspect", m.Mode())
	}
}

func TestFilter(t *testing.T) {
	cases := []struct {
		query string
		want  []string // criteria of the rows kept
	}{
		{"event", []string{"I/O-bound servers", "Model"}},
		{"EVENT LOOP", []string{"I/O-bound servers", "Model"}},
		{"gil", []string{"Model"}},
		{"oop", nil}, // a word prefix, not a substring
		{"perf start", []string{"Startup time"}},
		{"node.js", nil}, // "Node.js" is a header, not a cell
		{"pypi", []string{"Registry"}},
		{"600", []string{"Registry"}},
		{"2 model", []string{"Model"}}, // the aspect's number is a word of its cell
	}
	for _, tc := range cases {
		t.Run(tc.query, func(t *testing.T) {
			m := New(tuitest.Common(t), "")
			m.SetSize(80, 24)
			m = tuitest.TypeText(m, tc.query)
			if m.Filter() != tc.query {
				t.Fatalf("filter = %q, want %q", m.Filter(), tc.query)
			}
			var got []string
			for i := range m.count() {
				got = append(got, m.rowAt(i).cells[1])
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Fatalf("rows = %q, want %q", got, tc.want)
			}
			count := fmt.Sprintf("%d of 12 rows", len(tc.want))
			if !strings.Contains(tuitest.Plain(m.View()), count) {
				t.Fatalf("view does not say %q:\n%s", count, tuitest.Plain(m.View()))
			}
		})
	}
}

func TestLettersTypeInTheMatrix(t *testing.T) {
	m := New(tuitest.Common(t), "")
	m.SetSize(80, 24)
	m = tuitest.TypeText(m, "jkgG")
	if m.Filter() != "jkgG" {
		t.Fatalf("filter = %q, want the letters typed", m.Filter())
	}
	if m.cursor != 0 && m.count() > 0 {
		t.Fatalf("letters moved the cursor to %d", m.cursor)
	}
	m, _ = tuitest.Update(m, tuitest.Press("backspace"))
	if m.Filter() != "jkg" {
		t.Fatalf("after backspace: filter = %q", m.Filter())
	}
}

func TestNoMatchSaysSo(t *testing.T) {
	m := New(tuitest.Common(t), "")
	m.SetSize(80, 24)
	m = tuitest.TypeText(m, "zzz")
	v := tuitest.Plain(m.View())
	if !strings.Contains(v, "No row matches “zzz”") || !strings.Contains(v, "0 of 12 rows") {
		t.Fatalf("view:\n%s", v)
	}
	if _, cmd := tuitest.Update(m, tuitest.Press("enter")); cmd != nil {
		t.Fatal("enter with no row selected returned a command")
	}
}

func TestEscClearsTheFilterThenCloses(t *testing.T) {
	m := New(tuitest.Common(t), "")
	m = tuitest.TypeText(m, "gil")
	m, cmd := tuitest.Update(m, tuitest.Press("esc"))
	if m.Filter() != "" || cmd != nil {
		t.Fatalf("first esc: filter = %q, cmd = %v; want the filter cleared and no command", m.Filter(), cmd)
	}
	if shown, _ := m.RowCount(); shown != 12 {
		t.Fatalf("after clearing: %d rows, want 12", shown)
	}
	if a := tuitest.Do(m, tuitest.Press("esc")); a != (common.Close{}) {
		t.Fatalf("second esc asked %v, want Close", a)
	}
	// In the aspect table esc closes at once.
	m = New(tuitest.Common(t), "speed")
	if a := tuitest.Do(m, tuitest.Press("esc")); a != (common.Close{}) {
		t.Fatalf("esc in the aspect table asked %v, want Close", a)
	}
}

func TestEnterOpensTheRowsSectionAtItsTable(t *testing.T) {
	cases := []struct {
		name string
		id   string
		keys []string
		want common.Open
	}{
		{"first table", "speed", nil, common.Open{ID: "speed", Anchor: "benchmarks"}},
		{"second table", "speed", []string{"end"}, common.Open{ID: "speed", Anchor: "memory"}},
		{"table before any sub-heading", "concurrency", nil, common.Open{ID: "concurrency", Anchor: "concurrency"}},
		{"matrix, first aspect", "", nil, common.Open{ID: "speed", Anchor: "benchmarks"}},
		{"matrix, filtered", "", []string{"p", "y", "p", "i"}, common.Open{ID: "packages", Anchor: "registries"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			m := New(tuitest.Common(t), tc.id)
			m.SetSize(80, 24)
			for _, k := range tc.keys {
				m, _ = tuitest.Update(m, tuitest.Press(k))
			}
			if a := tuitest.Do(m, tuitest.Press("enter")); a != tc.want {
				t.Fatalf("enter asked %v, want %v", a, tc.want)
			}
		})
	}
}

// TestCellsWrap: the aspect table wraps its cells where the reader
// wraps, and below 80 columns each row is a block with each subject's
// cell whole under its criterion; nothing is cut with an ellipsis.
func TestCellsWrap(t *testing.T) {
	m := New(tuitest.Common(t), "speed")
	m.SetSize(80, 24)
	v := tuitest.Plain(m.View())
	if strings.Contains(v, "…") {
		t.Fatalf("a cell is cut at 80 columns:\n%s", v)
	}
	for _, part := range []string{"Just-in-time compiled by V8,", "functions while the program"} {
		if !strings.Contains(v, part) {
			t.Fatalf("the wrapped cell lacks %q:\n%s", part, v)
		}
	}
	m.SetSize(60, 20)
	v = tuitest.Plain(m.View())
	joined := strings.Join(strings.Fields(v), " ")
	want := "▸ Execution model Node.js Just-in-time compiled by V8, which optimises hot functions while the program runs Python Bytecode"
	if !strings.Contains(joined, want) || strings.Contains(v, "…") {
		t.Fatalf("at 60 columns the row is not a block of whole cells:\n%s", v)
	}
	// The selected row scrolls into view, whole, at the bottom.
	m, _ = tuitest.Update(m, tuitest.Press("G"))
	v = tuitest.Plain(m.View())
	if !strings.Contains(v, "▸ Garbage collection") || !strings.Contains(v, "cycle collector") {
		t.Fatalf("G did not show the last row whole:\n%s", v)
	}
}

func TestHelpFollowsTheState(t *testing.T) {
	keysOf := func(m Model) string {
		var out []string
		for _, b := range m.ShortHelp() {
			out = append(out, b.Help().Desc)
		}
		return strings.Join(out, ",")
	}
	m := New(tuitest.Common(t), "speed")
	if got := keysOf(m); got != "up,down,open section,copy row,all aspects,back" {
		t.Errorf("aspect help = %s", got)
	}
	m, _ = tuitest.Update(m, tuitest.Press("tab"))
	m = tuitest.TypeText(m, "zzz")
	if got := keysOf(m); got != "this aspect,clear filter" {
		t.Errorf("matrix help with no rows = %s", got)
	}
	if len(m.FullHelp()) != 1 {
		t.Errorf("full help with no rows has %d groups, want 1", len(m.FullHelp()))
	}
}

func TestGolden(t *testing.T) {
	for _, size := range [][2]int{{60, 20}, {80, 24}, {120, 40}, {200, 60}} {
		w, h := size[0], size[1]
		views := map[string]func() Model{
			"aspect": func() Model { return New(tuitest.Common(t), "speed") },
			"matrix": func() Model { return New(tuitest.Common(t), "") },
			"matrix_filtered": func() Model {
				m := New(tuitest.Common(t), "")
				return tuitest.TypeText(m, "event")
			},
		}
		for name, mk := range views {
			t.Run(fmt.Sprintf("%s_%dx%d", name, w, h), func(t *testing.T) {
				m := mk()
				m.SetSize(w, h)
				v := m.View()
				tuitest.CheckSize(t, v, w, h)
				golden.RequireEqual(t, []byte(tuitest.Plain(v)))
			})
		}
	}
}

func TestRandomInput(t *testing.T) {
	packs := map[string]common.Common{"fixture": tuitest.Common(t), "default": defaultPack(t)}
	for name, c := range packs {
		t.Run(name, func(t *testing.T) {
			ids := []string{"", "speed", "faq", "performance", "overview"}
			tuitest.Random{Seed: 1, New: func(rng *rand.Rand) common.Pane {
				m := New(c, ids[rng.IntN(len(ids))])
				return &m
			}}.Run(t)
		})
	}
}

func TestZeroSize(t *testing.T) {
	m := New(tuitest.Common(t), "speed")
	m.SetSize(0, 0)
	if v := m.View(); v != "" {
		t.Fatalf("0x0 view = %q", v)
	}
}

// defaultPack loads the embedded default pack.
func defaultPack(tb testing.TB) common.Common {
	tb.Helper()
	return tuitest.CommonFor(tuitest.DefaultPack(tb))
}

// generatedPack loads a synthetic pack of n sections.
func generatedPack(tb testing.TB, n int) common.Common {
	tb.Helper()
	p, err := knowledge.Load(packtest.Generate(n))
	if err != nil {
		tb.Fatalf("load generated pack: %v", err)
	}
	return tuitest.CommonFor(p)
}

// BenchmarkFilterKey measures one key press in the matrix filter: the
// filter narrows the rows and the table takes them.
func BenchmarkFilterKey(b *testing.B) {
	for _, pk := range benchPacks() {
		m := New(pk.c(b), "")
		m.SetSize(120, 40)
		m = tuitest.TypeText(m, "cach")
		key := tuitest.Press("e")
		b.Run(pk.name+"/update", func(b *testing.B) {
			b.ReportAllocs()
			start := tuitest.CPUTime()
			for b.Loop() {
				_, _ = tuitest.Update(m, key)
			}
			tuitest.CPUPerOp(b, start)
		})
		b.Run(pk.name+"/update+view", func(b *testing.B) {
			b.ReportAllocs()
			start := tuitest.CPUTime()
			for b.Loop() {
				next, _ := tuitest.Update(m, key)
				_ = next.View()
			}
			tuitest.CPUPerOp(b, start)
		})
	}
}

// BenchmarkNew measures opening the pane on a section without a
// comparison table, which gathers every comparison row of the pack into
// the matrix and measures its cells. Opening on an aspect skips that.
func BenchmarkNew(b *testing.B) {
	for _, pk := range benchPacks() {
		c := pk.c(b)
		b.Run(pk.name, func(b *testing.B) {
			b.ReportAllocs()
			start := tuitest.CPUTime()
			for b.Loop() {
				m := New(c, "")
				m.SetSize(120, 40)
			}
			tuitest.CPUPerOp(b, start)
		})
	}
}

// benchPacks are the packs benchmarks run on, loaded one at a time so
// that the large one does not weigh on the small one's figures.
func benchPacks() []struct {
	name string
	c    func(testing.TB) common.Common
} {
	return []struct {
		name string
		c    func(testing.TB) common.Common
	}{
		{"default", defaultPack},
		{"generated10000", func(tb testing.TB) common.Common { return generatedPack(tb, 10000) }},
	}
}

// TestFilterHighlightsTheMatch filters on "thread": the matched words
// are highlighted in the rows, on the selected row's background there,
// side by side and stacked.
func TestFilterHighlightsTheMatch(t *testing.T) {
	for _, w := range []int{120, 60} {
		m := New(tuitest.Common(t), "")
		m.SetSize(w, 24)
		m = tuitest.TypeText(m, "thread")
		plain := m.styles.match.Render("thread")
		onSelected := m.styles.match.Background(m.styles.selected.GetBackground()).Render("thread")
		if plain == "thread" || onSelected == plain {
			t.Fatal("the match styles draw nothing apart: the check checks nothing")
		}
		v := m.View()
		if !strings.Contains(v, plain) {
			t.Fatalf("%d columns: the matched word is not highlighted in an unselected row:\n%q", w, v)
		}
		if w >= grid.StackBelow && !strings.Contains(v, onSelected) {
			t.Fatalf("%d columns: the matched word is not highlighted in the selected row:\n%q", w, v)
		}
	}
}
