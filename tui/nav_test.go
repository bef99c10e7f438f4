package tui

import (
	"strings"
	"testing"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/versus-dev/versus/knowledge/packtest"
	"github.com/versus-dev/versus/tui/internal/tuitest"
)

// body is the screen without its status bar, which names the keys of the
// moment: what esc must bring back exactly.
func body(d *driver) string {
	lines := strings.Split(d.screen(), "\n")
	return strings.Join(lines[:len(lines)-1], "\n")
}

func TestEscGoesBackToCompareWithItsScroll(t *testing.T) {
	for _, size := range []tea.WindowSizeMsg{wide, narrow} {
		d := newDriver(t, Options{Pack: fixture(t), Compare: [2]string{"caffeine", "taste"}}).send(size)
		d.keys("j", "j", "j")
		before := body(d)
		d.keys("t")
		wantMode(t, d, ModeTables, OverlayNone)
		d.keys("esc")
		wantMode(t, d, ModeCompare, OverlayNone)
		if got := body(d); got != before {
			t.Fatalf("%dx%d: esc did not bring the compare view back as it was:\n%s\nwant:\n%s", size.Width, size.Height, got, before)
		}
		// Nothing behind it (it was where versus started): esc goes to browse.
		d.keys("esc")
		wantMode(t, d, ModeBrowse, OverlayNone)
	}
}

func TestEscGoesBackAlongTheTrail(t *testing.T) {
	d := open(t, wide).keys("1")
	d.keys("t") // tables of caffeine
	wantMode(t, d, ModeTables, OverlayNone)
	d.keys("f")
	wantMode(t, d, ModeFAQ, OverlayNone)
	d.keys("j", "enter") // an answer, in the reader
	wantMode(t, d, ModeBrowse, OverlayNone)
	wantScreen(t, d, "esc back to FAQ")
	d.keys("esc")
	wantMode(t, d, ModeFAQ, OverlayNone)
	d.keys("esc")
	wantMode(t, d, ModeTables, OverlayNone)
	d.keys("esc")
	wantMode(t, d, ModeBrowse, OverlayNone)
	wantSection(t, d, "caffeine")
	if d.m.Focus() != FocusReader {
		t.Fatal("esc did not come back to the reader it left")
	}
	// Nothing left behind: esc is the reader's again, back to the list.
	d.keys("esc")
	if d.m.Focus() != FocusList {
		t.Fatal("esc with an empty trail did not go to the list")
	}
}

func TestEscFromSearchResultGoesBackToSearch(t *testing.T) {
	d := open(t, wide).keys("1")
	before := body(d)
	d.keys("/").typeText("theanine").keys("enter")
	wantMode(t, d, ModeBrowse, OverlayNone)
	d.keys("esc") // clears the query's highlight first
	d.keys("esc")
	wantMode(t, d, ModeBrowse, OverlaySearch)
	wantScreen(t, d, "› theanine")
	d.keys("esc")
	wantMode(t, d, ModeBrowse, OverlayNone)
	wantSection(t, d, "caffeine")
	if got := body(d); got != before {
		t.Fatalf("closing the search did not show the reader as it was:\n%s\nwant:\n%s", got, before)
	}
}

func TestEscFromDigitJumpGoesBackToCompare(t *testing.T) {
	d := newDriver(t, Options{Pack: fixture(t), Compare: [2]string{"caffeine", "taste"}}).send(wide)
	d.keys("3")
	wantSection(t, d, "price")
	d.keys("esc")
	wantMode(t, d, ModeCompare, OverlayNone)
}

func TestBackAndForwardFromEveryView(t *testing.T) {
	// The list: ⌫ and [ go back in the reader's history, ] forward.
	d := open(t, narrow).keys("1", "2", "h")
	if d.m.Focus() != FocusList {
		t.Fatal("h did not focus the list")
	}
	d.keys("backspace")
	wantSection(t, d, "caffeine")
	if d.m.Focus() != FocusReader {
		t.Fatal("⌫ in the list did not show the reader")
	}
	d.keys("h", "]")
	wantSection(t, d, "taste")
	d.keys("h", "[")
	wantSection(t, d, "caffeine")

	// Tables, FAQ, compare: ⌫ goes back to the view left, ] forward again.
	d = open(t, wide).keys("1", "t", "f")
	d.keys("backspace")
	wantMode(t, d, ModeTables, OverlayNone)
	d.keys("]")
	wantMode(t, d, ModeFAQ, OverlayNone)
	d.keys("[", "[")
	wantMode(t, d, ModeBrowse, OverlayNone)
	d.keys("]")
	wantMode(t, d, ModeTables, OverlayNone)
	d = newDriver(t, Options{Pack: fixture(t), Compare: [2]string{"caffeine", "taste"}}).send(wide)
	d.keys("backspace")
	wantMode(t, d, ModeBrowse, OverlayNone)

	// Nowhere to go: said, not silent.
	d = open(t, wide).keys("]")
	wantScreen(t, d, "nothing to go forward to")
	d.keys("backspace")
	wantScreen(t, d, "nothing to go back to")
}

func TestSearchKeepsItsQuerySelected(t *testing.T) {
	d := open(t, wide)
	d.keys("/").typeText("theanine").keys("esc")
	d.keys("/")
	wantScreen(t, d, "› theanine")
	d.typeText("crema") // typing replaces the recalled query
	wantScreen(t, d, "› crema")
	if strings.Contains(d.screen(), "theaninecrema") {
		t.Fatal("typing appended to the recalled query")
	}
	d.keys("esc", "/", "down") // moving keeps it
	d.typeText("x")
	wantScreen(t, d, "› cremax")
}

func TestFindStartsEmptyAndRecallsTheLastQuery(t *testing.T) {
	d := open(t, narrow).keys("1", "ctrl+f").typeText("espresso").keys("enter")
	d.keys("ctrl+f")
	wantScreen(t, d, "find: espresso (↑ to edit)") // the placeholder
	if q := d.m.Reader().Query(); q != "espresso" {
		t.Fatalf("opening find changed the query to %q", q)
	}
	d.typeText("npm")
	if q := d.m.Reader().Query(); q != "npm" {
		t.Fatalf("typing after ctrl+f made the query %q, want npm (not appended)", q)
	}
	d.keys("esc", "ctrl+f", "up")
	if q := d.m.Reader().Query(); q != "espresso" {
		t.Fatalf("↑ recalled %q, want espresso", q)
	}
	d.typeText("s").keys("enter")
	if q := d.m.Reader().Query(); q != "espressos" {
		t.Fatalf("the recalled query is not editable: %q", q)
	}
	// A paste reaches the find box.
	d.keys("ctrl+f").send(tea.PasteMsg{Content: "cup"})
	if q := d.m.Reader().Query(); q != "cup" {
		t.Fatalf("paste made the query %q, want cup", q)
	}
}

func TestDigitJumpToMissingAspectSaysSo(t *testing.T) {
	d := open(t, wide).keys("3", "9")
	wantSection(t, d, "price")
	wantScreen(t, d, "no aspect 9")

	d = newDriver(t, Options{Pack: loadPack(t, packtest.Generate(14))}).send(wide)
	d.keys("1", "9")
	wantSection(t, d, "aspect-00001")
	wantScreen(t, d, "no aspect 19")
}

// TestSilentKeys presses, in each view, the keys that used to do nothing
// there without a word.
func TestSilentKeys(t *testing.T) {
	cases := []struct {
		name  string
		setup func(t *testing.T) *driver
		key   string
		want  string
	}{
		{"list ctrl+f", func(t *testing.T) *driver { return open(t, narrow) }, "ctrl+f", "ctrl+f finds in the reader"},
		{"FAQ l", func(t *testing.T) *driver { return open(t, wide).keys("f") }, "l", "l does nothing in FAQ"},
		{"FAQ tab", func(t *testing.T) *driver { return open(t, wide).keys("f") }, "tab", "tab does nothing in FAQ"},
		{"compare n", func(t *testing.T) *driver {
			return newDriver(t, Options{Pack: fixture(t), Compare: [2]string{"caffeine", "taste"}}).send(wide)
		}, "n", "n: no matches to step through; ctrl+f finds"},
		{"FAQ N", func(t *testing.T) *driver { return open(t, wide).keys("f") }, "N", "N: no matches to step through"},
		{"reader tab without links", func(t *testing.T) *driver { return open(t, wide).keys("4") }, "tab", "tab does nothing in reader"},
		{"reader enter without a link", func(t *testing.T) *driver { return open(t, wide).keys("1") }, "enter", "tab selects one"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := c.setup(t)
			d.keys(c.key)
			wantScreen(t, d, c.want)
			listed := inHelp(d, c.key)
			if works := strings.Contains(c.want, "tab selects"); listed != works {
				t.Fatalf("%s listed in help: %v, want %v", c.key, listed, works)
			}
		})
	}
}

// TestWorkingKeysSayNothing: the keys the issue found silent that now
// work (d and u in compare, ⌫ and [ in the list) leave no complaint.
func TestWorkingKeysSayNothing(t *testing.T) {
	d := newDriver(t, Options{Pack: fixture(t), Compare: [2]string{"caffeine", "taste"}}).send(narrow)
	before := body(d)
	d.keys("d")
	if body(d) == before {
		t.Fatal("d did not scroll the compare view")
	}
	d.keys("u")
	if body(d) != before {
		t.Fatal("u did not scroll the compare view back")
	}
	if strings.Contains(d.screen(), "does nothing") {
		t.Fatalf("a working key complained:\n%s", d.screen())
	}
}

// inHelp reports whether the help of the view on screen lists a binding
// for the key named k.
func inHelp(d *driver, k string) bool {
	msg := tuitest.Press(k)
	for _, g := range d.m.helpKeys().FullHelp() {
		for _, b := range g {
			if key.Matches(msg, b) {
				return true
			}
		}
	}
	return false
}

func TestStatusNamesTheListSelectionAfterG(t *testing.T) {
	d := open(t, narrow).keys("1", "h", "G")
	lines := strings.Split(d.screen(), "\n")
	last := lines[len(lines)-1]
	if strings.Contains(last, "Caffeine content") || !strings.Contains(last, "Sources") {
		t.Fatalf("after G the status names %q, not the selected section", last)
	}
}

func TestTypingIsShown(t *testing.T) {
	d := open(t, wide).keys("1", "t", "tab") // the matrix's filter
	wantScreen(t, d, "typing")
	d.typeText("q")
	if d.quit {
		t.Fatal("q quit while typing in the filter")
	}
	d.send(tea.PasteMsg{Content: "kettle"})
	wantScreen(t, d, "/ qkettle")
	d = open(t, wide).keys("c") // the compare picker
	wantScreen(t, d, "typing")
}

// TestTablesFromCompareShowTheFocusedAspect: t in the compare view opens
// the tables of the aspect in the focused pane, not of the section the
// reader had before.
func TestTablesFromCompareShowTheFocusedAspect(t *testing.T) {
	d := newDriver(t, Options{Pack: fixture(t), Compare: [2]string{"caffeine", "taste"}}).send(wide)
	d.keys("tab", "t")
	wantMode(t, d, ModeTables, OverlayNone)
	wantScreen(t, d, "Taste · comparison table", "Grassy to malty")
	d.keys("esc") // back in compare, as it was left
	wantMode(t, d, ModeCompare, OverlayNone)
	d.keys("tab", "t")
	wantScreen(t, d, "Caffeine content · comparison table")
}

// TestFindInFAQAndCompare: ctrl+f opens the pane's find box through the
// root, which then gives it every key (q types, / does not search).
func TestFindInFAQAndCompare(t *testing.T) {
	for name, setup := range map[string]func(t *testing.T) *driver{
		"FAQ": func(t *testing.T) *driver { return open(t, wide).keys("f") },
		"compare": func(t *testing.T) *driver {
			return newDriver(t, Options{Pack: fixture(t), Compare: [2]string{"caffeine", "taste"}}).send(wide)
		},
	} {
		t.Run(name, func(t *testing.T) {
			d := setup(t)
			mode := d.m.mode
			d.keys("ctrl+f").typeText("q/t")
			wantMode(t, d, mode, OverlayNone)
			wantScreen(t, d, "find: q/t")
			d.keys("esc") // cancels the find, and stays
			wantMode(t, d, mode, OverlayNone)
			d.keys("ctrl+f").typeText("caffeine").keys("enter")
			wantScreen(t, d, "match 1/")
		})
	}
}
