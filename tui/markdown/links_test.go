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
