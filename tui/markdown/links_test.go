package markdown

import (
	"strings"
	"testing"
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
