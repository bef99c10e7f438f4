package markdown

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

func TestLocalLinksRewrite(t *testing.T) {
	l := newLocalLinks()
	for _, tc := range []struct{ in, want string }{
		{"See [speed](speed.md).", "See [speed](#speed)."},
		{"See [mem](aspects/speed.md#memory-use) now", "See [mem](#speed-memory-use) now"},
		{"[a](<speed.md>)", "[a](<#speed>)"},
		{"[web](https://example.com/a.md)", "[web](https://example.com/a.md)"},
		{"[same](#here)", "[same](#here)"},
		{"[ref]: faq.md#why\n", "[ref]: #faq-why\n"},
		{"[ref]: https://x.org/faq.md\n", "[ref]: https://x.org/faq.md\n"},
		{"no links at all", "no links at all"},
	} {
		if got := l.rewrite(tc.in); got != tc.want {
			t.Errorf("rewrite(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestRenderHidesLocalLinkTargets(t *testing.T) {
	r := New(4)
	out, err := r.Render("Read [the speed page](speed.md#memory) or [the web](https://example.com).", 80, "ascii")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(out, "speed.md") {
		t.Errorf("render shows the file of a local link:\n%s", out)
	}
	if !strings.Contains(out, "the speed page") || !strings.Contains(out, "https://example.com") {
		t.Errorf("render lost link text or an external URL:\n%s", out)
	}
}

// TestTableLinksStayInTheirCells renders links inside a table: they show
// in their cells, not as a list of numbered notes under the table (which,
// with local targets hidden, read "[1]: Startup #speed").
func TestTableLinksStayInTheirCells(t *testing.T) {
	r := New(4)
	md := "| Criterion | Go |\n| --- | --- |\n| [Startup](speed.md#memory) | see <https://example.com> |\n"
	out, err := r.Render(md, 80, "ascii")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(out, "[1]") || strings.Contains(out, "speed.md") {
		t.Errorf("table links became notes or show their file:\n%s", out)
	}
	if !strings.Contains(out, "Startup") || !strings.Contains(out, "https://example.com") {
		t.Errorf("a table link lost its text or URL:\n%s", out)
	}
}

func TestRenderTrimsPadding(t *testing.T) {
	r := New(4)
	for _, style := range []string{"dark", "ascii", "notty"} {
		out, err := r.Render("> A quoted paragraph long enough to wrap over several lines of the wrap width given to the renderer.\n\nShort.", 40, style)
		if err != nil {
			t.Fatal(err)
		}
		for i, l := range strings.Split(out, "\n") {
			plain := ansi.Strip(l)
			if strings.HasSuffix(plain, " ") {
				t.Errorf("%s: line %d ends in blanks: %q", style, i+1, plain)
			}
			if w := ansi.StringWidth(l); w > 40 {
				t.Errorf("%s: line %d is %d wide, over the wrap width 40: %q", style, i+1, w, plain)
			}
		}
	}
}

// A quoted paragraph must wrap within the width at every width, each line
// keeping its bar: glamour's own styles overflow by one column and re-wrap.
func TestBlockQuoteWrapsWithinWidth(t *testing.T) {
	r := New(64)
	md := "> Node.js gets a clear lead in raw speed from V8 and from I/O that never blocks, most visibly when serving web traffic or real-time updates. Python is held back by interpretation and the GIL.\n"
	for _, style := range []string{"dark", "light", "ascii"} { // the styles that draw a bar
		for w := 30; w <= 90; w++ {
			out, err := r.Render(md, w, style)
			if err != nil {
				t.Fatal(err)
			}
			for _, l := range strings.Split(out, "\n") {
				plain := strings.TrimSpace(ansi.Strip(l))
				if plain == "" {
					continue
				}
				if !strings.HasPrefix(plain, "▏") && !strings.HasPrefix(plain, "|") {
					t.Fatalf("%s at %d: quoted line without its bar: %q\n%s", style, w, plain, ansi.Strip(out))
				}
			}
		}
	}
}
