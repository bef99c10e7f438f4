package tui

import (
	"fmt"
	"image/color"
	"slices"
	"strconv"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"

	"github.com/versus-dev/versus/markdown"
)

// lightScreens are the views a user meets, each reached by keys from the
// start; every one is drawn in both themes by TestLightThemeHasNoDarkColour.
var lightScreens = []struct {
	name string
	keys []string
}{
	{"list", nil},
	{"reader", []string{"enter"}},
	{"link", []string{"enter", "tab"}},
	{"find", []string{"enter", "ctrl+f", "n", "o", "d", "e", "enter"}},
	{"faq", []string{"f"}},
	{"tables", []string{"2", "t"}},
	{"all aspects", []string{"2", "t", "tab", "g", "i", "l"}},
	{"compare picker", []string{"c"}},
	{"compare", []string{"c", "enter", "enter"}},
	{"help", []string{"?"}},
	{"search", []string{"/", "n", "o", "d", "e"}},
	{"bookmarks", []string{"'"}},
}

// colours is the set of colours a view sets, foreground and background,
// in any form: "fg 2;R;G;B", "bg 5;N", "fg 31".
func colours(view string) map[string]bool {
	out := map[string]bool{}
	for _, m := range sgr.FindAllStringSubmatch(view, -1) {
		ps := strings.FieldsFunc(m[1], func(r rune) bool { return r == ';' || r == ':' })
		for i := 0; i < len(ps); i++ {
			v, _ := strconv.Atoi(ps[i])
			layer := "fg "
			if v >= 40 && v <= 49 || v >= 100 {
				layer = "bg "
			}
			switch {
			case (v == 38 || v == 48) && i+1 < len(ps) && ps[i+1] == "5" && i+2 < len(ps):
				out[layer+"5;"+ps[i+2]] = true
				i += 2
			case (v == 38 || v == 48) && i+1 < len(ps) && ps[i+1] == "2" && i+4 < len(ps):
				out[layer+strings.Join(ps[i+1:i+5], ";")] = true
				i += 4
			case v >= 30 && v <= 37 || v >= 90 && v <= 97 || v >= 40 && v <= 47 || v >= 100 && v <= 107:
				out[layer+ps[i]] = true
			}
		}
	}
	return out
}

// screenIn draws the screen keys lead to at size, in a theme: "dark" or
// "light" as --style sets them, or "osc-light" for a terminal that
// answers the background colour query with white.
func screenIn(t *testing.T, theme string, size tea.WindowSizeMsg, keys []string) string {
	t.Helper()
	o := Options{Pack: fixture(t), Style: theme}
	if theme == "osc-light" {
		o.Style = ""
	}
	d := newDriver(t, o)
	if theme == "osc-light" {
		d.send(tea.BackgroundColorMsg{Color: color.White})
	}
	d.send(size).keys(keys...)
	return toTerminal(t, d.m.View().Content, colorprofile.TrueColor)
}

// glamourShared is the colours glamour's own light and dark styles both
// use (its first heading's banner, yellow on violet, in either): they are
// the markdown's design, not a dark colour left behind.
func glamourShared(t *testing.T) map[string]bool {
	t.Helper()
	const sample = "# One\n\n## Two\n\nText with `code`, *emphasis*, **strong** and [a link](https://example.com).\n\n" +
		"> A quote.\n\n- an item\n\n| A | B |\n| --- | --- |\n| 1 | 2 |\n\n```go\nfunc main() {}\n```\n"
	r := markdown.New(0)
	out := map[string]bool{}
	var got [2]map[string]bool
	for i, style := range []string{"dark", "light"} {
		s, err := r.Render(sample, 80, style)
		if err != nil {
			t.Fatal(err)
		}
		got[i] = colours(s)
	}
	for c := range got[0] {
		if got[1][c] {
			out[c] = true
		}
	}
	return out
}

// TestLightThemeHasNoDarkColour draws every view with --style dark and
// --style light: no colour of the dark view may appear in the light one,
// chrome and markdown alike. A component left on its dark defaults (a
// list, an input, the help) shows up as a colour both share.
func TestLightThemeHasNoDarkColour(t *testing.T) {
	allowed := glamourShared(t)
	sizes := []tea.WindowSizeMsg{wide, {Width: 80, Height: 24}}
	for _, sc := range lightScreens {
		for _, size := range sizes {
			for _, theme := range []string{"light", "osc-light"} {
				t.Run(fmt.Sprintf("%s %dx%d %s", sc.name, size.Width, size.Height, theme), func(t *testing.T) {
					dark, light := screenIn(t, "dark", size, sc.keys), screenIn(t, theme, size, sc.keys)
					dc, lc := colours(dark), colours(light)
					if len(dc) == 0 || len(lc) == 0 {
						t.Fatalf("no colour drawn: %d dark, %d light; the check checks nothing", len(dc), len(lc))
					}
					var both []string
					for c := range lc {
						if dc[c] && !allowed[c] {
							both = append(both, c)
						}
					}
					slices.Sort(both)
					if len(both) > 0 {
						t.Errorf("the light view draws colours of the dark one: %s\n%s", strings.Join(both, " "), where(light, both))
					}
				})
			}
		}
	}
}

// where shows the lines of view that set colours cs, for the failure
// message.
func where(view string, cs []string) string {
	var b strings.Builder
	for i, l := range strings.Split(view, "\n") {
		for _, c := range cs {
			if strings.Contains(l, strings.TrimPrefix(strings.TrimPrefix(c, "fg "), "bg ")) {
				fmt.Fprintf(&b, "line %d (%s): %q\n", i, c, ansiStripShort(l))
				break
			}
		}
	}
	return b.String()
}

func ansiStripShort(l string) string {
	s := sgr.ReplaceAllString(l, "")
	if len(s) > 100 {
		s = s[:100]
	}
	return s
}
