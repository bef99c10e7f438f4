package tui

import (
	"strings"
	"testing"
	"testing/fstest"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"

	"github.com/versus-dev/versus/knowledge"
	"github.com/versus-dev/versus/knowledge/packtest"
	"github.com/versus-dev/versus/tui/common"
	"github.com/versus-dev/versus/tui/searchview"
)

// wide and narrow are the two layouts' sizes.
var (
	wide   = tea.WindowSizeMsg{Width: 120, Height: 40}
	narrow = tea.WindowSizeMsg{Width: 80, Height: 24}
)

func open(t *testing.T, size tea.WindowSizeMsg) *driver {
	t.Helper()
	return newDriver(t, Options{Pack: fixture(t)}).send(size)
}

func wantMode(t *testing.T, d *driver, mode Mode, ov Overlay) {
	t.Helper()
	if d.m.Mode() != mode || d.m.Overlay() != ov {
		t.Fatalf("mode %v, overlay %v; want %v, %v\n%s", d.m.Mode(), d.m.Overlay(), mode, ov, d.screen())
	}
}

func wantSection(t *testing.T, d *driver, id string) {
	t.Helper()
	s := d.m.Reader().Section()
	if s == nil || s.ID != id {
		got := "none"
		if s != nil {
			got = s.ID
		}
		t.Fatalf("reader shows %s, want %s\n%s", got, id, d.screen())
	}
}

func wantScreen(t *testing.T, d *driver, texts ...string) {
	t.Helper()
	screen := d.screen()
	for _, s := range texts {
		if !strings.Contains(screen, s) {
			t.Fatalf("screen lacks %q:\n%s", s, screen)
		}
	}
}

func TestModesOpenAndClose(t *testing.T) {
	for _, size := range []tea.WindowSizeMsg{wide, narrow} {
		d := open(t, size)
		steps := []struct {
			key  string
			mode Mode
			ov   Overlay
			see  string
		}{
			{"?", ModeBrowse, OverlayHelp, "esc or ? closes"},
			{"esc", ModeBrowse, OverlayNone, "Overview"},
			{"f", ModeFAQ, OverlayNone, "Is tea cheaper?"},
			{"esc", ModeBrowse, OverlayNone, "Overview"},
			{"t", ModeTables, OverlayNone, "Origin"},
			{"esc", ModeBrowse, OverlayNone, "Overview"},
			{"/", ModeBrowse, OverlaySearch, "search"},
			{"esc", ModeBrowse, OverlayNone, "Overview"},
			{"c", ModeCompare, OverlayNone, "choose the first aspect"},
			{"esc", ModeBrowse, OverlayNone, "Overview"},
			{"f", ModeFAQ, OverlayNone, "Is tea cheaper?"},
			{"?", ModeFAQ, OverlayHelp, "read in context"},
			{"?", ModeFAQ, OverlayNone, "Is tea cheaper?"},
			{"/", ModeFAQ, OverlaySearch, "search"},
			{"esc", ModeFAQ, OverlayNone, "Is tea cheaper?"},
		}
		for _, s := range steps {
			d.keys(s.key)
			wantMode(t, d, s.mode, s.ov)
			wantScreen(t, d, s.see)
		}
		if d.quit {
			t.Fatal("quit early")
		}
		d.keys("q")
		if !d.quit {
			t.Fatal("q did not quit")
		}
	}
}

func TestCtrlCQuitsWhileTyping(t *testing.T) {
	d := open(t, wide).keys("/").typeText("q")
	if d.quit {
		t.Fatal("q typed into search quit")
	}
	d.keys("ctrl+c")
	if !d.quit {
		t.Fatal("ctrl+c did not quit from search")
	}
}

func TestNarrowShowsOnePaneAtATime(t *testing.T) {
	d := open(t, narrow)
	wantScreen(t, d, "sections", "1. Caffeine content")
	d.keys("j", "enter")
	if d.m.Focus() != FocusReader {
		t.Fatalf("enter did not open the reader")
	}
	wantScreen(t, d, "How much", "reader")
	if strings.Contains(d.screen(), "2. Taste") {
		t.Fatalf("narrow layout shows the list beside the reader:\n%s", d.screen())
	}
	d.keys("esc")
	if d.m.Focus() != FocusList {
		t.Fatal("esc did not go back to the list")
	}
	wantScreen(t, d, "2. Taste")
	d.keys("l")
	wantScreen(t, d, "How much")
	d.keys("h")
	wantScreen(t, d, "2. Taste")
}

func TestWideListPreviewsInReader(t *testing.T) {
	d := open(t, wide)
	d.keys("j")
	wantSection(t, d, "caffeine")
	if d.m.Focus() != FocusList {
		t.Fatal("moving in the list moved the focus")
	}
	d.keys("j", "j") // taste, price
	wantSection(t, d, "price")
	d.keys("enter")
	if d.m.Focus() != FocusReader {
		t.Fatal("enter did not focus the reader")
	}
	// The previews took one place in the history: back is the overview.
	d.keys("backspace")
	wantSection(t, d, "overview")
	d.keys("backspace")
	wantSection(t, d, "overview")
}

func TestAspectNumbers(t *testing.T) {
	d := open(t, wide)
	d.keys("3")
	wantSection(t, d, "price")
	d.keys("9") // no aspect 9: nothing happens
	wantSection(t, d, "price")

	// A pack with twelve aspects: "1" then "2" is aspect 12, and going
	// back skips aspect 1.
	p := loadPack(t, packtest.Generate(14))
	d = newDriver(t, Options{Pack: p}).send(wide)
	var expire func(time.Time) tea.Msg // the wait for a second digit, ended by hand
	d.m.tick = func(_ time.Duration, f func(time.Time) tea.Msg) tea.Cmd { expire = f; return nil }
	d.keys("1")
	wantSection(t, d, "aspect-00001")
	wantScreen(t, d, "aspect 1…")
	d.keys("2")
	wantSection(t, d, "aspect-00012")
	d.keys("backspace")
	wantSection(t, d, "overview")
	// After the wait, a digit starts a new number.
	d.keys("1")
	d.send(expire(time.Time{}))
	d.keys("2")
	wantSection(t, d, "aspect-00002")
}

func TestFollowLinkAndComeBack(t *testing.T) {
	d := open(t, narrow)
	d.keys("1") // caffeine
	for range 9 {
		d.keys("j")
	}
	// The first link is "Taste" (taste.md#bitterness), at the bottom:
	// focusing it scrolls there.
	d.keys("tab")
	wantScreen(t, d, "→ Taste › Bitterness")
	d.keys("k", "k")
	before := d.m.Reader().YOffset()
	if before == 0 {
		t.Fatal("did not scroll")
	}
	d.keys("enter")
	wantSection(t, d, "taste")
	wantScreen(t, d, "Bitterness") // taste fits: no scrolling to do
	d.keys("backspace")
	wantSection(t, d, "caffeine")
	if got := d.m.Reader().YOffset(); got != before {
		t.Fatalf("back restored offset %d, want %d", got, before)
	}
	d.keys("]")
	wantSection(t, d, "taste")
	d.keys("[")
	wantSection(t, d, "caffeine")
	if got := d.m.Reader().YOffset(); got != before {
		t.Fatalf("[ restored offset %d, want %d", got, before)
	}
}

func TestFollowLinkToAnchor(t *testing.T) {
	d := open(t, narrow).keys("2") // taste links to caffeine#alertness
	d.keys("tab")
	wantScreen(t, d, "→ Caffeine content › Alertness")
	d.keys("enter")
	wantSection(t, d, "caffeine")
	// The view starts at the Alertness heading.
	first := strings.Split(d.screen(), "\n")[1]
	if !strings.Contains(first, "## Alertness") {
		t.Fatalf("anchor not at the top: first line %q\n%s", first, d.screen())
	}
	d.keys("backspace")
	wantSection(t, d, "taste")
}

func TestLinkCycleAndExternalLink(t *testing.T) {
	d := open(t, wide).keys("1", "l")
	want := []string{"→ Taste › Bitterness", "→ Price per cup", "→ Frequently asked questions", "→ https://example.org/caffeine-survey (external)"}
	for _, w := range want {
		d.keys("tab")
		wantScreen(t, d, w)
	}
	d.keys("enter") // external: shown, not followed
	wantSection(t, d, "caffeine")
	wantScreen(t, d, "external link, not opened")
	d.keys("tab")
	wantScreen(t, d, want[0])
	d.keys("shift+tab")
	wantScreen(t, d, want[3])
	d.keys("esc") // clears the focus first
	if _, ok := d.m.Reader().FocusedLink(); ok {
		t.Fatal("esc did not clear the link focus")
	}
	if d.m.Focus() != FocusReader {
		t.Fatal("esc with a focused link left the reader")
	}
}

func TestLinkHighlightIsDrawn(t *testing.T) {
	d := open(t, narrow).keys("1", "G", "tab")
	view := d.m.View().Content
	styled := d.m.c.Styles.LinkFocus.Render("Taste")
	if !strings.Contains(view, styled) {
		t.Fatalf("focused link not drawn with LinkFocus (%q) in:\n%q", styled, view)
	}
}

func TestSearchOpensSectionWithMatches(t *testing.T) {
	d := open(t, narrow)
	d.send(common.OpenSectionMsg{ID: "caffeine", Query: "caffeine"})
	wantSection(t, d, "caffeine")
	cur, n := d.m.Reader().Match()
	if n < 3 || cur != 1 {
		t.Fatalf("match %d/%d, want 1/3 or more", cur, n)
	}
	wantScreen(t, d, "match 1/")
	d.keys("n")
	if cur, _ := d.m.Reader().Match(); cur != 2 {
		t.Fatalf("n: match %d, want 2", cur)
	}
	d.keys("N", "N")
	if cur, _ := d.m.Reader().Match(); cur != n {
		t.Fatalf("N N: match %d, want %d (wrapped)", cur, n)
	}
	// The view follows the current match.
	last := d.m.Reader().YOffset()
	if last == 0 {
		t.Fatalf("view did not scroll to the last match")
	}
	styled := d.m.c.Styles.MatchFocus.Render("caffeine")
	if !strings.Contains(strings.ToLower(d.m.View().Content), strings.ToLower(styled)) {
		t.Fatalf("current match not drawn with MatchFocus")
	}
}

func TestBackRestoresQuery(t *testing.T) {
	d := open(t, narrow)
	d.send(common.OpenSectionMsg{ID: "caffeine", Query: "cup"})
	d.keys("n")
	cur, n := d.m.Reader().Match()
	d.keys("2") // taste
	if q := d.m.Reader().Query(); q != "" {
		t.Fatalf("query %q carried into another section", q)
	}
	d.keys("backspace")
	wantSection(t, d, "caffeine")
	if c, m := d.m.Reader().Match(); c != cur || m != n || d.m.Reader().Query() != "cup" {
		t.Fatalf("back: match %d/%d of %q, want %d/%d of cup", c, m, d.m.Reader().Query(), cur, n)
	}
}

func TestSearchOverlayEndToEnd(t *testing.T) {
	d := open(t, wide)
	d.keys("/").typeText("theanine")
	wantScreen(t, d, "Caffeine content")
	d.keys("enter")
	wantMode(t, d, ModeBrowse, OverlayNone)
	wantSection(t, d, "caffeine")
	if _, n := d.m.Reader().Match(); n == 0 {
		t.Fatal("the query did not carry into the reader")
	}
}

func TestFindInSection(t *testing.T) {
	d := open(t, narrow).keys("1", "ctrl+f").typeText("espresso")
	wantScreen(t, d, "find: espresso", "match 1/1")
	d.keys("enter")
	if d.m.Reader().Finding() {
		t.Fatal("enter did not end the find")
	}
	wantScreen(t, d, "match 1/1")
	// esc while typing restores the previous query.
	// A new find starts empty: typing starts a new query.
	d.keys("ctrl+f").typeText("zzz")
	wantScreen(t, d, `no match for "zzz"`)
	d.keys("esc")
	if q := d.m.Reader().Query(); q != "espresso" {
		t.Fatalf("esc left query %q, want espresso", q)
	}
	// q types while finding.
	d.keys("ctrl+f").typeText("q")
	if d.quit {
		t.Fatal("q quit while finding")
	}
}

func TestFAQOpensAnswerInReader(t *testing.T) {
	d := open(t, wide).keys("f", "j", "enter")
	wantMode(t, d, ModeBrowse, OverlayNone)
	wantSection(t, d, "faq")
	wantScreen(t, d, "Is tea cheaper?")
}

func TestCompareFromOptions(t *testing.T) {
	d := newDriver(t, Options{Pack: fixture(t), Compare: [2]string{"caffeine", "price"}}).send(wide)
	wantMode(t, d, ModeCompare, OverlayNone)
	wantScreen(t, d, "Caffeine content", "Price per cup")
	d.keys("esc")
	wantMode(t, d, ModeBrowse, OverlayNone)
}

func TestComparePicker(t *testing.T) {
	d := open(t, wide).keys("c").typeText("taste").keys("enter").typeText("price").keys("enter")
	wantMode(t, d, ModeCompare, OverlayNone)
	wantScreen(t, d, "2 Taste", "3 Price per cup")
}

func TestStartOption(t *testing.T) {
	d := newDriver(t, Options{Pack: fixture(t), Start: "taste"}).send(narrow)
	wantSection(t, d, "taste")
	if d.m.Focus() != FocusReader {
		t.Fatal("Start did not open the reader")
	}
	wantScreen(t, d, "Aroma")
}

func TestResizeRerendersAtPaneWidth(t *testing.T) {
	d := open(t, narrow).keys("1")
	for _, w := range []int{40, 60, 100, 160} {
		d.send(tea.WindowSizeMsg{Width: w, Height: 30})
		if !d.m.Reader().Ready() {
			t.Fatalf("width %d: render not on screen", w)
		}
		checkFits(t, d.m.View().Content, w, 30)
	}
	// Long lines rewrap: at 160 columns the first paragraph is one line.
	wantScreen(t, d, "A cup of black tea holds roughly 40 mg of caffeine. Green tea holds less, and white tea less")
}

func TestBackgroundColourRethemes(t *testing.T) {
	d := open(t, narrow).keys("1")
	if d.m.c.Style != "dark" {
		t.Fatalf("start style %q, want dark", d.m.c.Style)
	}
	d.send(tea.BackgroundColorMsg{Color: lightColor{}})
	if d.m.c.Style != "light" || d.m.c.Styles.IsDark {
		t.Fatalf("after a light background: style %q, dark %v", d.m.c.Style, d.m.c.Styles.IsDark)
	}
	if !d.m.Reader().Ready() {
		t.Fatal("no render in the light style")
	}
	// An explicit style stays.
	d = newDriver(t, Options{Pack: fixture(t), Style: "dracula"}).send(narrow)
	d.send(tea.BackgroundColorMsg{Color: lightColor{}})
	if d.m.c.Style != "dracula" {
		t.Fatalf("explicit style replaced by %q", d.m.c.Style)
	}
}

type lightColor struct{}

func (lightColor) RGBA() (r, g, b, a uint32) { return 0xffff, 0xffff, 0xffff, 0xffff }

// TestNoColorHasNoColour checks what reaches the terminal under NO_COLOR:
// the views drawn as Bubble Tea draws them with the profile Run sets.
func TestNoColorHasNoColour(t *testing.T) {
	d := newDriver(t, Options{Pack: fixture(t), NoColor: true}).send(wide)
	for _, keys := range [][]string{{"1", "tab"}, {"f"}, {"esc", "t"}, {"esc", "?"}, {"esc", "/", "c"}} {
		d.keys(keys...)
		out := toTerminal(t, d.m.View().Content, colorprofile.Ascii)
		if c := colourSGR(out); c != "" {
			t.Fatalf("after %v: colour sequence %q sent to the terminal", keys, c)
		}
		if !strings.Contains(out, "\x1b[") {
			t.Fatalf("after %v: no attributes at all", keys)
		}
		if keys[0] == "1" && colourSGR(toTerminal(t, d.m.View().Content, colorprofile.ANSI256)) == "" {
			// The reader's markdown has colours to drop.
			t.Fatalf("after %v: no colour even in 256 colours: the check checks nothing", keys)
		}
	}
	// The theme has no colour of its own either: nothing for a renderer to
	// get wrong.
	if c := colourSGR(d.m.c.Styles.Selected.Render("x") + d.m.c.Styles.LinkFocus.Render("x")); c != "" {
		t.Fatalf("NO_COLOR theme has colour %q", c)
	}
}

func TestMouse(t *testing.T) {
	d := open(t, wide)
	// Click the third row of the list (inside the border): "1. Caffeine".
	d.send(tea.MouseClickMsg{X: 5, Y: 2 + 3, Button: tea.MouseLeft})
	wantSection(t, d, "caffeine")
	// The wheel over the reader scrolls it.
	d.send(tea.MouseWheelMsg{X: 80, Y: 10, Button: tea.MouseWheelDown})
	if d.m.Reader().YOffset() == 0 {
		t.Fatal("wheel over the reader did not scroll it")
	}
	// The wheel over the list moves the selection.
	d.send(tea.MouseWheelMsg{X: 5, Y: 10, Button: tea.MouseWheelDown})
	wantSection(t, d, "taste")
}

func TestClickFollowsLink(t *testing.T) {
	d := open(t, narrow).keys("2") // taste: "Back to caffeine." near the end
	lines := strings.Split(d.screen(), "\n")
	for y, l := range lines {
		if x := strings.Index(l, "Back to caffeine"); x >= 0 {
			d.send(tea.MouseClickMsg{X: x + len("Back to "), Y: y, Button: tea.MouseLeft})
			wantSection(t, d, "caffeine")
			return
		}
	}
	t.Fatalf("no link on screen:\n%s", d.screen())
}

func TestTooSmallThenBack(t *testing.T) {
	d := open(t, wide).keys("1")
	d.send(tea.WindowSizeMsg{Width: 30, Height: 8})
	wantScreen(t, d, "Terminal too small", "30×8")
	d.send(wide)
	wantSection(t, d, "caffeine")
	wantScreen(t, d, "How much")
}

func TestHelpListsOnlyWhatActs(t *testing.T) {
	d := open(t, wide).keys("4", "?") // brewing: no links, no query
	for _, absent := range []string{"next link", "follow link", "next match"} {
		if strings.Contains(d.screen(), absent) {
			t.Fatalf("help lists %q, which cannot act here:\n%s", absent, d.screen())
		}
	}
	// Back and forward are listed everywhere: with nowhere to go, they say so.
	wantScreen(t, d, "scroll down", "⌫/[ back", "forward", "find in section", "search", "go to aspect")
	d.keys("esc", "1", "2", "backspace", "?") // caffeine has links; forward is possible
	wantScreen(t, d, "next link", "forward")
	// The list's help is the list's.
	d.keys("esc", "h", "?")
	wantScreen(t, d, "→/l reader")
	if strings.Contains(d.screen(), "scroll down") {
		t.Fatalf("list help lists the reader's keys:\n%s", d.screen())
	}
}

// Without an index in Options the browser starts at once and builds one in
// a command. Search is offered from the start: a query typed before the
// index arrives shows as searching and is answered when it does, so a
// `/` typed at the first frame is never lost.
func TestIndexBuiltAfterStart(t *testing.T) {
	d := &driver{t: t, m: New(Options{Pack: fixture(t)})}
	d.m.tick = noTick
	if !d.m.keys.Search.Enabled() {
		t.Fatal("search not offered while the index is being built")
	}
	var ready tea.Msg
	for _, msg := range d.exec(d.m.Init()) {
		if _, ok := msg.(searchview.IndexMsg); ok {
			ready = msg
			continue
		}
		d.send(msg)
	}
	if ready == nil {
		t.Fatal("Init did not start building the index")
	}
	d.send(wide).keys("/").typeText("theanine")
	wantScreen(t, d, "searching…")
	d.send(ready)
	wantScreen(t, d, "Caffeine content")
	d.keys("enter")
	wantSection(t, d, "caffeine")
}

// TestLinkWithoutTextIsDrawnFocused opens a README whose badge has no alt
// text: the reader shows the link as its address, and tab focuses it
// where it stands, not as an invisible stop.
func TestLinkWithoutTextIsDrawnFocused(t *testing.T) {
	const addr = "https://ci.example/build"
	fsys := fstest.MapFS{
		"README.md": {Data: []byte("# Tool\n\nA tool.\n\n[![](https://img.example/ci.svg)](" + addr + ")\n")},
	}
	p, err := knowledge.LoadWith(fsys, knowledge.Options{Title: "tool"})
	if err != nil {
		t.Fatalf("load: %v", err)
	}
	d := newDriver(t, Options{Pack: p}).send(wide).keys("enter", "tab")
	wantScreen(t, d, "→ "+addr+" (external)")
	styled := d.m.c.Styles.LinkFocus.Render(addr)
	if view := d.m.View().Content; !strings.Contains(view, styled) {
		t.Fatalf("focused link not drawn with LinkFocus (%q) in:\n%q", styled, view)
	}
}
