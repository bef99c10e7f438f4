package tui

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/versus-dev/versus/knowledge"
)

// brokenPack is a pack that opens with two dead links: one at the top of
// its first page, one under a heading far down its second.
func brokenPack(t testing.TB) *knowledge.Pack {
	t.Helper()
	var long strings.Builder
	for i := range 60 {
		fmt.Fprintf(&long, "Filler paragraph %d.\n\n", i)
	}
	fsys := fstest.MapFS{
		"pack.yaml": {Data: []byte("title: Dead ends\nsummary: S\nsubjects: [A, B]\nas_of: 2025-01-01\nsections: [one.md, two.md]\n")},
		"one.md":    {Data: []byte("---\nid: one\ntitle: First page\nkind: guide\n---\n\nRead [the lost page](lost.md) first.\n")},
		"two.md": {Data: []byte("---\nid: two\ntitle: Second page\nkind: guide\n---\n\nFine.\n\n" + long.String() +
			"## Far down\n\nSee [nowhere](#no-such-heading).\n")},
	}
	p, err := knowledge.LoadWith(fsys, knowledge.Options{})
	if err != nil {
		t.Fatalf("load: %v", err)
	}
	if len(p.Problems) != 2 {
		t.Fatalf("want 2 problems, got %v", p.Problems)
	}
	return p
}

// plainFolder is a folder of markdown without pack.yaml: no tables, no
// FAQ, no aspects.
func plainFolder(t testing.TB) *knowledge.Pack {
	t.Helper()
	fsys := fstest.MapFS{
		"intro.md": {Data: []byte("# Intro\n\nHello.\n")},
		"usage.md": {Data: []byte("# Usage\n\nRun it.\n")},
	}
	p, err := knowledge.LoadWith(fsys, knowledge.Options{Title: "docs"})
	if err != nil {
		t.Fatalf("load: %v", err)
	}
	if p.Source != knowledge.SourceFolder {
		t.Fatalf("source %v, want a folder", p.Source)
	}
	return p
}

func statusLine(d *driver) string {
	lines := strings.Split(d.screen(), "\n")
	return lines[len(lines)-1]
}

func TestProblemsBadgeAndKey(t *testing.T) {
	for _, size := range []tea.WindowSizeMsg{wide, narrow} {
		d := newDriver(t, Options{Pack: brokenPack(t)}).send(size)
		if s := statusLine(d); !strings.Contains(s, "2 problems") || !strings.Contains(s, "! problems") {
			t.Fatalf("%dx%d: no badge or ! hint in %q", size.Width, size.Height, s)
		}
		d.keys("?")
		if !regexp.MustCompile(`!\s+problems`).MatchString(d.screen()) { // help aligns keys in columns
			t.Fatalf("help does not list !:\n%s", d.screen())
		}

		clean := open(t, size)
		if s := clean.screen(); strings.Contains(s, "problem") {
			t.Fatalf("clean pack shows problems:\n%s", s)
		}
		clean.keys("?")
		if s := clean.screen(); strings.Contains(s, "problem") {
			t.Fatalf("clean pack's help offers problems:\n%s", s)
		}
		clean.keys("esc", "!")
		wantMode(t, clean, ModeBrowse, OverlayNone)
	}
}

func TestProblemsOverlay(t *testing.T) {
	d := newDriver(t, Options{Pack: brokenPack(t)}).send(wide)
	d.keys("!")
	wantMode(t, d, ModeBrowse, OverlayProblems)
	for _, p := range d.m.c.Pack.Problems {
		if !strings.Contains(d.screen(), p.String()) {
			t.Fatalf("overlay lacks %q:\n%s", p, d.screen())
		}
	}
	d.keys("esc")
	wantMode(t, d, ModeBrowse, OverlayNone)
	d.keys("!", "!")
	wantMode(t, d, ModeBrowse, OverlayNone)

	// The first problem is at the top of one.md: enter opens it.
	d.keys("2", "!", "enter")
	wantMode(t, d, ModeBrowse, OverlayNone)
	wantSection(t, d, "one")

	// The second is under "Far down", far below the top of two.md: the
	// reader opens there, not at the top.
	d.keys("!", "down", "enter")
	wantSection(t, d, "two")
	if d.m.Reader().YOffset() == 0 {
		t.Fatalf("reader at the top of two, not at its heading:\n%s", d.screen())
	}
	if !strings.Contains(d.screen(), "Far down") {
		t.Fatalf("heading not in view:\n%s", d.screen())
	}
}

func TestProblemsOverlayFromOtherModes(t *testing.T) {
	d := newDriver(t, Options{Pack: brokenPack(t)}).send(narrow)
	d.keys("!", "enter")
	wantSection(t, d, "one")
	d.keys("/")
	if d.m.Overlay() != OverlaySearch {
		t.Fatalf("no search overlay")
	}
	d.keys("!") // typed into the search, not the problems
	wantMode(t, d, ModeBrowse, OverlaySearch)
}

func TestUnavailableKeysSaySo(t *testing.T) {
	d := newDriver(t, Options{Pack: plainFolder(t)}).send(wide)
	for k, want := range map[string]string{
		"t": "this folder has no comparison tables",
		"f": "this folder has no FAQ",
		"c": "this folder has fewer than two aspects to compare",
	} {
		d.keys(k)
		wantMode(t, d, ModeBrowse, OverlayNone)
		if s := statusLine(d); !strings.Contains(s, want) {
			t.Fatalf("%s: status %q, want %q", k, s, want)
		}
		d.keys("down") // the next key clears it
		if s := statusLine(d); strings.Contains(s, want) {
			t.Fatalf("%s: note stays: %q", k, s)
		}
	}
	// The fixture has all three: the keys open their views.
	for k, mode := range map[string]Mode{"t": ModeTables, "f": ModeFAQ, "c": ModeCompare} {
		o := open(t, wide)
		o.keys(k)
		wantMode(t, o, mode, OverlayNone)
	}
}

// TestGoldenProblems draws the problems overlay at both golden sizes.
func TestGoldenProblems(t *testing.T) {
	for _, sz := range goldenSizes {
		t.Run(fmt.Sprintf("%dx%d", sz[0], sz[1]), func(t *testing.T) {
			d := newDriver(t, Options{Pack: brokenPack(t)})
			d.send(tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
			d.keys("!", "down")
			checkFits(t, d.m.View().Content, sz[0], sz[1])
			golden.RequireEqual(t, d.screen())
		})
	}
}

func TestProblemsOverlayScrolls(t *testing.T) {
	var body strings.Builder
	for i := range 40 {
		fmt.Fprintf(&body, "See [page %d](gone%d.md).\n\n", i, i)
	}
	fsys := fstest.MapFS{
		"pack.yaml": {Data: []byte("title: Many\nsummary: S\nsubjects: [A, B]\nas_of: 2025-01-01\nsections: [one.md]\n")},
		"one.md":    {Data: []byte("---\nid: one\ntitle: Only page\nkind: guide\n---\n\n" + body.String())},
	}
	p, err := knowledge.LoadWith(fsys, knowledge.Options{})
	if err != nil || len(p.Problems) != 40 {
		t.Fatalf("load: %v, %d problems", err, len(p.Problems))
	}
	d := newDriver(t, Options{Pack: p}).send(narrow)
	d.keys("!")
	if s := d.screen(); !strings.Contains(s, "1/40") || !strings.Contains(s, p.Problems[0].String()) || strings.Contains(s, p.Problems[39].String()) {
		t.Fatalf("top of the list:\n%s", s)
	}
	d.keys("G")
	if s := d.screen(); !strings.Contains(s, "40/40") || !strings.Contains(s, p.Problems[39].String()) || strings.Contains(s, p.Problems[0].String()+" ") {
		t.Fatalf("bottom of the list:\n%s", s)
	}
	checkFits(t, d.m.View().Content, narrow.Width, narrow.Height)
}
