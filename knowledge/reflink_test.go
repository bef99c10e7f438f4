package knowledge

import (
	"strings"
	"testing"
	"testing/fstest"
)

// TestBrokenReferenceLinksAreMarked opens a file whose reference links
// ("[text][ref]", "[text][]", "[text]") lead to a missing file or
// heading: each is reported and, like an inline dead link, shown as its
// text marked broken; a reference link that works is left as written.
func TestBrokenReferenceLinksAreMarked(t *testing.T) {
	m := fstest.MapFS{
		"a.md": file("# Alpha\n\n## Setup\n\nRead [the *old* guide][old], the [Gone][] page, [nowhere] and [setup][ok].\n" +
			"A [bracket] [that is no label] and [kept][ok].\n\n" +
			"[old]: old.md\n[gone]: gone.md#top\n[nowhere]: #nowhere\n[ok]: #setup\n"),
		"b.md": file("# Beta\n"),
	}
	p := openLenient(t, m)
	equalLines(t, problemLines(p.Problems), []string{
		`a.md:5: link to missing file "old.md"`,
		`a.md:5: link to missing file "gone.md"`,
		`a.md:5: link to missing heading "#nowhere"`,
	})
	a := p.Section("a")
	if a == nil {
		t.Fatal("no section a")
	}
	want := "Read the *old* guide *(broken link)*, the Gone *(broken link)* page, nowhere *(broken link)* and [setup][ok].\n" +
		"A [bracket] [that is no label] and [kept][ok]."
	if got := a.MarkedBody(); !strings.Contains(got, want) {
		t.Errorf("MarkedBody:\n%s\nwant it to hold:\n%s", got, want)
	}
	broken := 0
	for _, l := range a.Links {
		if l.Broken {
			broken++
		}
	}
	if broken != 3 || len(a.Links) != 5 {
		t.Errorf("links %+v: want 5, 3 of them broken", a.Links)
	}
}

func TestLinkText(t *testing.T) {
	for written, want := range map[string]string{
		"[a](b.md)":           "a",
		"[a (b)](c.md)":       "a (b)",
		"[a][b]":              "a",
		"[a][]":               "a",
		"[a]":                 "a",
		"[[x] y][ref]":        "[x] y",
		"[**a**](x (y))":      "**a**",
		"[a](<b c.md> \"t\")": "a",
	} {
		if got := linkText(written); got != want {
			t.Errorf("linkText(%q) = %q, want %q", written, got, want)
		}
	}
}
