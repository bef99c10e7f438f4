package tui

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/charmbracelet/x/exp/golden"
	"github.com/versus-dev/versus/tui/helpview"
)

// goldenSizes are the terminal sizes every golden view is drawn at: the
// narrow layout (one pane at a time) and the wide one (side by side).
var goldenSizes = [][2]int{{80, 24}, {120, 40}}

// TestGoldenViews draws each view of the browser at both sizes, as plain
// text, and compares it with testdata/TestGoldenViews/*.golden. Run with
// -update to rewrite the files after a deliberate change, and read them.
func TestGoldenViews(t *testing.T) {
	views := []struct {
		name  string
		opts  func(*Options)
		steps func(d *driver)
	}{
		{"start", nil, func(*driver) {}},
		{"section", nil, func(d *driver) { d.keys("1") }},
		{"section_link_focused", nil, func(d *driver) { d.keys("1", "G", "tab") }},
		{"tables_matrix", nil, func(d *driver) { d.keys("1", "t", "tab") }},
		{"faq", nil, func(d *driver) { d.keys("f") }},
		{"search", nil, func(d *driver) { d.keys("/").typeText("caffeine") }},
		{"search_opened", nil, func(d *driver) { d.keys("/").typeText("theanine").keys("enter") }},
		{"compare", func(o *Options) { o.Compare = [2]string{"caffeine", "taste"} }, func(*driver) {}},
		{"compare_picker", nil, func(d *driver) { d.keys("c") }},
		{"help", nil, func(d *driver) { d.keys("1", "?") }},
		{"help_list", nil, func(d *driver) { d.keys("?") }},
		{"find", nil, func(d *driver) { d.keys("1", "ctrl+f").typeText("tea") }},
	}
	for _, v := range views {
		for _, sz := range goldenSizes {
			t.Run(fmt.Sprintf("%s_%dx%d", v.name, sz[0], sz[1]), func(t *testing.T) {
				o := Options{Pack: fixture(t)}
				if v.opts != nil {
					v.opts(&o)
				}
				d := newDriver(t, o)
				d.send(tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
				v.steps(d)
				screen := d.screen()
				checkFits(t, d.m.View().Content, sz[0], sz[1])
				golden.RequireEqual(t, screen)
			})
		}
	}
}

// TestGoldenTooSmall draws the message shown below the minimum size.
func TestGoldenTooSmall(t *testing.T) {
	for _, sz := range [][2]int{{30, 8}, {39, 24}, {80, 9}} {
		t.Run(fmt.Sprintf("%dx%d", sz[0], sz[1]), func(t *testing.T) {
			d := newDriver(t, Options{Pack: fixture(t)})
			d.send(tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
			checkFits(t, d.m.View().Content, sz[0], sz[1])
			golden.RequireEqual(t, d.screen())
		})
	}
}

// statusViews are the views whose status bar and help have golden files.
var statusViews = []struct {
	name  string
	opts  func(*Options)
	steps func(d *driver)
}{
	{"list", nil, func(*driver) {}},
	{"reader", nil, func(d *driver) { d.keys("1") }},
	{"reader_link", nil, func(d *driver) { d.keys("2", "tab") }},
	{"reader_from_tables", nil, func(d *driver) { d.keys("1", "t", "enter") }},
	{"find", nil, func(d *driver) { d.keys("1", "ctrl+f").typeText("tea") }},
	{"tables", nil, func(d *driver) { d.keys("1", "t") }},
	{"tables_matrix", nil, func(d *driver) { d.keys("1", "t", "tab") }},
	{"faq", nil, func(d *driver) { d.keys("f") }},
	{"search", nil, func(d *driver) { d.keys("/").typeText("caffeine") }},
	{"compare", func(o *Options) { o.Compare = [2]string{"caffeine", "taste"} }, func(*driver) {}},
	{"compare_picker", nil, func(d *driver) { d.keys("c") }},
}

// TestGoldenStatusBar draws the status bar alone, for each view, at every
// size a user may run: hints drop whole from the end, "/ search" and
// "? help" stay.
func TestGoldenStatusBar(t *testing.T) {
	for _, v := range statusViews {
		for _, sz := range [][2]int{{60, 20}, {80, 24}, {120, 40}, {200, 60}} {
			t.Run(fmt.Sprintf("%s_%dx%d", v.name, sz[0], sz[1]), func(t *testing.T) {
				o := Options{Pack: fixture(t)}
				if v.opts != nil {
					v.opts(&o)
				}
				d := newDriver(t, o)
				d.send(tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
				v.steps(d)
				lines := strings.Split(d.screen(), "\n")
				golden.RequireEqual(t, lines[len(lines)-1]+"\n")
			})
		}
	}
}

// TestGoldenHelp draws the help overlay of each view. Where ? types text
// (search, find, filter, picker) the help box is drawn alone, with what
// it would list there.
func TestGoldenHelp(t *testing.T) {
	for _, v := range statusViews {
		t.Run(v.name, func(t *testing.T) {
			o := Options{Pack: fixture(t)}
			if v.opts != nil {
				v.opts(&o)
			}
			d := newDriver(t, o)
			d.send(tea.WindowSizeMsg{Width: 120, Height: 40})
			v.steps(d)
			if d.m.capturing() {
				h := helpview.New(d.m.c, d.m.helpKeys())
				h.SetSize(120, 38)
				golden.RequireEqual(t, ansi.Strip(h.View())+"\n")
				return
			}
			d.keys("?")
			golden.RequireEqual(t, d.screen())
		})
	}
}
