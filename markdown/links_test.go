package markdown

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

func TestLocalDestination(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"speed.md", "#speed"},
		{"aspects/speed.md#memory-use", "#speed-memory-use"},
		{"https://example.com/a.md", ""},
		{"//example.com/a.md", ""},
		{"mailto:a@b.md", ""},
		{"#here", ""},
		{"picture.png", ""},
		{"install/macos.markdown", "#macos"},
		{"docs/guide/#setup", "#guide-setup"},
	} {
		got, ok := localDestination(tc.in)
		if ok != (tc.want != "") || got != tc.want {
			t.Errorf("localDestination(%q) = %q, %v; want %q", tc.in, got, ok, tc.want)
		}
	}
}

// TestLinksInCodeSurvive renders a pack link written inside code: it is
// code, shown exactly as written, never rewritten as a link would be.
func TestLinksInCodeSurvive(t *testing.T) {
	r := New(4)
	for name, md := range map[string]string{
		"fenced":   "```\nsee [docs](guide.md#setup)\n```\n",
		"unknown":  "```jungle\nsee [docs](guide.md#setup)\n```\n",
		"indented": "Text.\n\n    see [docs](guide.md#setup)\n",
		"inline":   "Write `see [docs](guide.md#setup)` here.\n",
	} {
		out, err := r.Render(md, 80, "ascii")
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(ansi.Strip(out), "[docs](guide.md#setup)") {
			t.Errorf("%s: the link in code was changed:\n%s", name, out)
		}
	}
}

// TestReferenceLinksHideTheirFile renders a reference-style link to a pack
// file: its text shows, its file does not.
func TestReferenceLinksHideTheirFile(t *testing.T) {
	out, err := New(4).Render("See [the FAQ][faq].\n\n[faq]: faq.md#why\n", 80, "ascii")
	if err != nil {
		t.Fatal(err)
	}
	if plain := ansi.Strip(out); !strings.Contains(plain, "the FAQ") || strings.Contains(plain, "faq.md") {
		t.Errorf("reference link:\n%s", out)
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

// TestBadgesShowTheirText renders a README's row of badges (images inside
// links): each reads as its alt text, a link like any other, and the
// images' own addresses are not printed; an image on its own is still
// named with its address.
func TestBadgesShowTheirText(t *testing.T) {
	md := "[![Go Reference](https://pkg.go.dev/badge/x.svg)](https://pkg.go.dev/x) " +
		"[![Build status](https://img.example/ci.svg?branch=main&label=Test)](https://ci.example/x) " +
		"[![](https://img.example/empty.svg)](https://ci.example/empty)\n\n" +
		"![A diagram](https://img.example/diagram.png)\n"
	r := New(4)
	for _, style := range []string{"dark", "notty", "ascii"} {
		out, err := r.Render(md, 80, style)
		if err != nil {
			t.Fatal(err)
		}
		plain := ansi.Strip(out)
		for _, want := range []string{"Go Reference", "Build status", "https://ci.example/empty", "A diagram", "diagram.png"} {
			if !strings.Contains(plain, want) {
				t.Errorf("%s: %q missing:\n%s", style, want, plain)
			}
		}
		for _, gone := range []string{"badge/x.svg", "ci.svg", "empty.svg"} {
			if strings.Contains(plain, gone) {
				t.Errorf("%s: the badge's image address %q is printed:\n%s", style, gone, plain)
			}
		}
	}
}

// TestLinkWithoutText checks that a link with no text to show (a badge
// without alt text, or "[](url)") reads as its address, placed where a
// word in its place would start: glamour put a blank before it.
func TestLinkWithoutText(t *testing.T) {
	const addr = "https://ci.example/build"
	r := New(4)
	for _, doc := range []string{"%s\n", "Built by\n%s\n", "- %s\n"} {
		for _, link := range []string{"[![](https://img.example/ci.svg)](" + addr + ")", "[](" + addr + ")"} {
			for _, style := range []string{"dark", "notty", "ascii"} {
				got, err := r.Render(fmt.Sprintf(doc, link), 80, style)
				if err != nil {
					t.Fatal(err)
				}
				want, err := r.Render(fmt.Sprintf(doc, addr), 80, style)
				if err != nil {
					t.Fatal(err)
				}
				if g, w := ansi.Strip(got), ansi.Strip(want); g != w {
					t.Errorf("%s, %q: got\n%q\nwant, as for the bare address,\n%q", style, fmt.Sprintf(doc, link), g, w)
				}
			}
		}
	}
}
