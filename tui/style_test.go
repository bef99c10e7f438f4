package tui

import (
	"image/color"
	"strconv"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"

	"github.com/versus-dev/versus/tui/theme"
)

// TestNoColorUnderlinesLinks reads what reaches the terminal under
// NO_COLOR: a link's text carries the underline attribute (SGR 4), so it
// does not look like bold emphasis.
func TestNoColorUnderlinesLinks(t *testing.T) {
	d := newDriver(t, Options{Pack: fixture(t), NoColor: true}).send(wide).keys("1", "G")
	out := toTerminal(t, d.m.View().Content, colorprofile.Ascii)
	from := strings.Index(out, "See ") // the paragraph of links; the list names Taste too
	for _, link := range []string{"Taste", "a public survey"} {
		at := strings.Index(out[max(from, 0):], link) + max(from, 0)
		if from < 0 || at < from {
			t.Fatalf("link %q not on screen:\n%s", link, d.screen())
		}
		last := sgr.FindAllStringSubmatch(out[:at], -1)
		if len(last) == 0 || !hasParam(last[len(last)-1][1], "4") {
			t.Errorf("link %q is not underlined: %q", link, out[max(at-40, 0):at+len(link)])
		}
	}
}

func hasParam(params, want string) bool {
	for _, p := range strings.FieldsFunc(params, func(r rune) bool { return r == ';' || r == ':' }) {
		if p == want {
			return true
		}
	}
	return false
}

// TestStyleLightLightensChrome starts with --style light on a terminal
// that never answers (so the background is taken as dark): the chrome is
// drawn from the light palette, as the markdown is.
func TestStyleLightLightensChrome(t *testing.T) {
	d := newDriver(t, Options{Pack: fixture(t), Style: "light"}).send(wide)
	light := theme.NewPalette(false, false)
	if d.m.c.Style != "light" || d.m.c.Styles.IsDark || d.m.c.Styles.Palette != light {
		t.Fatalf("--style light: style %q, dark chrome %v", d.m.c.Style, d.m.c.Styles.IsDark)
	}
	// A dark background answer keeps the chosen style's palette.
	d.send(tea.BackgroundColorMsg{Color: darkColor{}})
	if d.m.c.Styles.IsDark {
		t.Fatal("a dark background answer made the --style light chrome dark")
	}
	// What is drawn uses it: the focused border is the light accent.
	out := toTerminal(t, d.m.View().Content, colorprofile.TrueColor)
	if want := sgrFG(light.Accent); !strings.Contains(out, want) {
		t.Errorf("no light accent %q in the chrome", want)
	}
	if dark := sgrFG(theme.NewPalette(true, false).Accent); strings.Contains(out, dark) {
		t.Errorf("dark accent %q still drawn", dark)
	}
}

type darkColor struct{}

func (darkColor) RGBA() (r, g, b, a uint32) { return 0, 0, 0, 0xffff }

// sgrFG is the true-colour foreground sequence parameters of c.
func sgrFG(c color.Color) string {
	r, g, b, _ := c.RGBA()
	return "38;2;" + strconv.Itoa(int(r>>8)) + ";" + strconv.Itoa(int(g>>8)) + ";" + strconv.Itoa(int(b>>8))
}
