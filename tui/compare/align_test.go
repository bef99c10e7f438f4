package compare

import (
	"fmt"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/versus-dev/versus/knowledge"
	"github.com/versus-dev/versus/knowledge/sanitize"
	"github.com/versus-dev/versus/tui/internal/layout"
	"github.com/versus-dev/versus/tui/internal/tuitest"
)

// sharedPack has two aspects whose tables share three criteria, listed in
// other orders, with cells of very different lengths, summaries of
// different lengths and a criterion of each side's own.
func sharedPack(t *testing.T) *knowledge.Pack {
	t.Helper()
	fsys := fstest.MapFS{
		"pack.yaml": {Data: []byte("title: Shared\nsummary: S\nsubjects: [Node.js, Python]\nas_of: 2025-01-01\nsections: [runtime.md, servers.md]\n")},
		"runtime.md": {Data: []byte("---\nid: runtime\ntitle: Runtime\nkind: aspect\nnumber: 1\n" +
			"summary: How each runtime runs code, from the first instruction to the last, and what that costs in time and memory on a typical server with a typical workload.\n---\n\n" +
			"# Runtime\n\n| Criterion | Node.js | Python |\n| --- | --- | --- |\n" +
			"| Speed | Just-in-time compiled by V8, which optimises hot functions while the program runs and keeps them fast | Bytecode interpreter with an experimental JIT |\n" +
			"| Tooling | npm scripts | pip and venv |\n" +
			"| Memory use | Small | Small |\n" +
			"| Startup | Fast | Faster, with nothing to compile first and a small interpreter to load before the first line runs |\n\n" +
			"Text under the table.\n")},
		"servers.md": {Data: []byte("---\nid: servers\ntitle: Servers\nkind: aspect\nnumber: 2\nsummary: Serving requests.\n---\n\n" +
			"# Servers\n\n| Criterion | Node.js | Python |\n| --- | --- | --- |\n" +
			"| Startup | About 40 ms | About 20 ms |\n" +
			"| Concurrency | One event loop for every connection, with worker threads for computation | Threads, asyncio or processes |\n" +
			"| Speed | Fast | Slower |\n" +
			"| Memory use | Grows with the heap the garbage collector keeps, about 40 MB idle | Grows with the objects alive, about 10 MB idle, and reference counting frees most at once |\n\n" +
			"## More\n\nText under this table.\n")},
	}
	p, err := knowledge.Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// sharedView opens the view of the two aspects of sharedPack.
func sharedView(t *testing.T, w, h int) Model {
	t.Helper()
	m, err := NewView(tuitest.CommonFor(sharedPack(t)), "runtime", "servers")
	if err != nil {
		t.Fatal(err)
	}
	return tuitest.Settle(m, m.SetSize(w, h))
}

// criterionLines finds, in each pane of a side-by-side view, the screen
// line each criterion starts on: the line whose text, inside the border,
// starts with it.
func criterionLines(t *testing.T, m Model, criteria []string) [2]map[string]int {
	t.Helper()
	rects := m.paneRects()
	out := [2]map[string]int{{}, {}}
	for y, line := range strings.Split(tuitest.Plain(m.View()), "\n") {
		cells := []rune(line)
		for side, r := range rects {
			if r.X+r.W > len(cells) {
				continue
			}
			text := strings.TrimLeft(strings.Trim(string(cells[r.X:r.X+r.W]), "│┃"), " ")
			for _, c := range criteria {
				_, seen := out[side][c]
				if !seen && (text == c || strings.HasPrefix(text, c+"  ") || strings.HasPrefix(text, c+" ")) {
					out[side][c] = y
				}
			}
		}
	}
	return out
}

var shared = []string{"Speed", "Memory use", "Startup"}

// TestSharedCriteriaAreLevel: side by side, at every width, each
// criterion both aspects have starts on the same line in both panes,
// also after synced scrolling; criteria of one side's own come after.
func TestSharedCriteriaAreLevel(t *testing.T) {
	for w := layout.Wide; w <= 220; w += 7 {
		m := sharedView(t, w, 60)
		check := func(when string) {
			t.Helper()
			at := criterionLines(t, m, shared)
			for _, c := range shared {
				l, lok := at[Left][c]
				r, rok := at[Right][c]
				if !lok || !rok || l != r {
					t.Fatalf("%d columns, %s: %q on line %d (found %v) left, %d (found %v) right\n%s", w, when, c, l, lok, r, rok, tuitest.Plain(m.View()))
				}
			}
		}
		check("at the top")
		for range 3 {
			m, _ = tuitest.Update(m, tuitest.Press("j"))
		}
		check("after 3 lines down")
		m, _ = tuitest.Update(m, tuitest.Press("tab"))
		m, _ = tuitest.Update(m, tuitest.Press("j"))
		check("after a line down in the right pane")
	}
}

// TestSharedCriteriaComeFirst: the shared criteria lead both tables, in
// the left aspect's order, and each side's own follow.
func TestSharedCriteriaComeFirst(t *testing.T) {
	m := sharedView(t, 200, 60)
	at := criterionLines(t, m, []string{"Speed", "Memory use", "Startup", "Tooling", "Concurrency"})
	if !(at[Left]["Speed"] < at[Left]["Memory use"] && at[Left]["Memory use"] < at[Left]["Startup"] && at[Left]["Startup"] < at[Left]["Tooling"]) {
		t.Errorf("left order: %v", at[Left])
	}
	if !(at[Right]["Startup"] < at[Right]["Concurrency"]) || at[Right]["Speed"] != at[Left]["Speed"] {
		t.Errorf("right order: %v", at[Right])
	}
	if _, ok := at[Right]["Tooling"]; ok {
		t.Error("a criterion of the left's own shows on the right")
	}
}

func TestGoldenShared(t *testing.T) {
	for _, sz := range [][2]int{{120, 40}, {200, 60}} {
		t.Run(fmt.Sprintf("%dx%d", sz[0], sz[1]), func(t *testing.T) {
			v := sharedView(t, sz[0], sz[1]).View()
			tuitest.CheckSize(t, v, sz[0], sz[1])
			golden.RequireEqual(t, []byte(tuitest.Plain(v)))
		})
	}
}

// TestPairRows: criteria match whatever their case and spacing, each row
// pairs once, and the order is shared (left's order), left's own,
// right's own.
func TestPairRows(t *testing.T) {
	row := func(c string) []string { return []string{c, "x", "y"} }
	left := [][]string{row("Speed"), row("Only left"), row("Memory  use"), row("speed")}
	right := [][]string{row("Memory use"), row("Only right"), row("SPEED")}
	var got []string
	for _, p := range pairRows(left, right) {
		l, r := "-", "-"
		if p[0] != nil {
			l = p[0][0]
		}
		if p[1] != nil {
			r = p[1][0]
		}
		got = append(got, l+"|"+r)
	}
	want := "Speed|SPEED,Memory  use|Memory use,Only left|-,speed|-,-|Only right"
	if strings.Join(got, ",") != want {
		t.Fatalf("pairs %s, want %s", strings.Join(got, ","), want)
	}
}

// TestSyncedScrollKeepsTablesLevel scrolls a short view line by line to
// its end: a shared criterion on screen is on the same line in both
// panes at every step, even where one pane's text ends well before the
// other's.
func TestSyncedScrollKeepsTablesLevel(t *testing.T) {
	for _, w := range []int{120, 200} {
		m := sharedView(t, w, 14)
		for step := range 30 {
			at := criterionLines(t, m, shared)
			for _, c := range shared {
				l, lok := at[Left][c]
				r, rok := at[Right][c]
				if lok != rok || l != r {
					t.Fatalf("%d columns, %d lines down: %q on line %d (shown %v) left, %d (shown %v) right\n%s", w, step, c, l, lok, r, rok, tuitest.Plain(m.View()))
				}
			}
			m, _ = tuitest.Update(m, tuitest.Press("j"))
		}
	}
}

// FuzzDrawTables feeds the table drawing any cells and widths: it never
// panics, and from the narrowest text a pane has (a 40-column terminal
// leaves 34) no line is wider than its pane's text.
func FuzzDrawTables(f *testing.F) {
	f.Add("Speed|fast|slow\nMemory|a lot|less", "memory|x|y\nspeed|1|2\nOther|3|4", 40, 41)
	f.Add("", "a|b", 0, 100)
	f.Add("日本語|\t|x", "日本語|y|z", 3, 90)
	f.Fuzz(func(t *testing.T, left, right string, wl, wr int) {
		parse := func(s string) table {
			t := table{header: []string{"Criterion", "A", "B"}}
			for _, l := range strings.Split(s, "\n") {
				if l == "" {
					continue
				}
				cells := append(strings.Split(l, "|"), "", "", "")[:3]
				for i, c := range cells {
					cells[i] = sanitize.Line(c) // as the loader cleans every cell
				}
				t.rows = append(t.rows, cells)
			}
			return t
		}
		w := [2]int{min(max(wl, -5), 300), min(max(wr, -5), 300)}
		ts := [2]table{parse(left), parse(right)}
		out, _ := drawTables(ts, w, true, tableStyles{})
		for i := range out {
			if w[i] < 34 {
				continue // narrower than any pane: only must not panic
			}
			for _, l := range out[i] {
				if got := ansi.StringWidth(l); got > w[i]+len(margin) {
					t.Fatalf("side %d: line %q is %d wide at %d", i, l, got, w[i])
				}
			}
		}
	})
}
