package knowledge

import (
	"bytes"
	"strings"
	"testing"
	"testing/fstest"
)

// TestTOMLFrontMatter opens a Hugo-style folder whose pages carry TOML
// front matter: title, weight, description and tags are read as from
// YAML, keys versus does not know are ignored, and a page whose TOML does
// not parse opens all the same with one problem at the bad line.
func TestTOMLFrontMatter(t *testing.T) {
	m := fstest.MapFS{
		"docs/setup.md": file("+++\ntitle = \"Setting up\"\nlinkTitle = \"Setup\"\nweight = 2\n" +
			"description = \"From nothing to a running site.\"\ntags = [\"install\", \"start\"]\n" +
			"date = 2026-03-14T09:00:00Z\ndraft = false\n\n[params]\nicon = \"gear\"\n[[menu.main]]\nname = \"Setup\"\n+++\n\n" +
			"# Getting started\n\nRun it.\n"),
		"docs/tune.md":   file("+++\nweight = 1\n+++\n\n# Tuning\n\nFaster.\n"),
		"docs/broken.md": file("+++\ntitle = \"Broken\"\nweight = 3\nauthor = Sam\n+++\n\n# Still readable\n\nText.\n"),
		"docs/dup.md":    file("+++\ntitle = \"A\"\ntitle = \"B\"\n+++\n\n# Duplicate\n"),
		"docs/open.md":   file("+++\ntitle = \"never closed\"\n\n# Open\n"),
	}
	p := openLenient(t, m)
	equalLines(t, problemLines(p.Problems), []string{
		`docs/broken.md:4: invalid TOML: expected value but found "Sam" instead`,
		`docs/dup.md:3: invalid TOML: Key 'title' has already been defined`,
	})
	var got []string
	for _, s := range p.Sections {
		got = append(got, s.ID+" | "+s.Title+" | "+s.Summary+" | "+strings.Join(s.Tags, ","))
	}
	equalLines(t, got, []string{
		"docs-tune | Tuning |  | ",
		"docs-setup | Setting up | From nothing to a running site. | install,start",
		"docs-broken | Still readable |  | ",
		"docs-dup | Duplicate |  | ",
		"docs-open | Open |  | ",
	})
	if b := p.Section("docs-setup").Body; strings.Contains(b, "+++") || strings.Contains(b, "gear") || !strings.Contains(b, "# Getting started") {
		t.Errorf("setup body:\n%s", b)
	}
	if b := p.Section("docs-open").Body; !strings.Contains(b, "never closed") {
		t.Errorf("an unclosed +++ is not front matter, and stays in the body:\n%s", b)
	}
}

// FuzzPlainFrontMatter feeds arbitrary text to the front matter reader of
// plain markdown, YAML or TOML: it must not panic, the body must be the
// end of the file starting on the line it claims, and every problem must
// lie inside the front matter.
func FuzzPlainFrontMatter(f *testing.F) {
	f.Add([]byte("+++\ntitle = \"T\"\nweight = 3\ntags = [\"a\"]\n[params]\nx = 1\n+++\n# Body\n"))
	f.Add([]byte("+++\ntitle = \n+++\n"))
	f.Add([]byte("+++\na = [[[[[[1]]]]]]\nb = {c = {d = 1}}\nweight = 9223372036854775807\n+++"))
	f.Add([]byte("+++\r\ntitle = \"\\u001b[31m\"\r\n+++\r\nx"))
	f.Add([]byte("---\ntitle: T\nweight: 2\n---\nbody\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		fm, body, bodyLine, ps := plainFrontMatter("x.md", src)
		start := len(src) - len(body)
		if start < 0 || !bytes.Equal(src[start:], body) {
			t.Fatal("body is not the end of the file")
		}
		if want := bytes.Count(src[:start], []byte{'\n'}) + 1; bodyLine != want && len(body) > 0 {
			t.Fatalf("bodyLine = %d, want %d", bodyLine, want)
		}
		for _, p := range ps {
			if p.File != "x.md" || p.Line < 1 || p.Line >= max(bodyLine, 2) {
				t.Fatalf("problem outside the front matter (body on line %d): %s", bodyLine, p)
			}
		}
		if strings.ContainsAny(fm.title+fm.summary+strings.Join(fm.tags, ""), "\x1b\x00") {
			t.Fatalf("control characters reach the title: %q", fm.title)
		}
	})
}

// TestTOMLFrontMatterBounds gives the TOML reader front matter nested
// as deep as a file allows, and front matter over MaxTOMLSize: each is
// one problem, at once, and the file opens.
func TestTOMLFrontMatterBounds(t *testing.T) {
	n := MaxTOMLSize / 8 // deep, and within the size bound
	for name, src := range map[string]string{
		"arrays": "+++\ntitle = \"T\"\na = " + strings.Repeat("[", n) + strings.Repeat("]", n) + "\n+++\n# Deep\n",
		"tables": "+++\ntitle = \"T\"\na = " + strings.Repeat("{b=", n) + "1" + strings.Repeat("}", n) + "\n+++\n# Deep\n",
		"large":  "+++\n" + strings.Repeat("k = 1\n", MaxTOMLSize/6+1) + "+++\n# Deep\n",
	} {
		fm, body, _, ps := plainFrontMatter("x.md", []byte(src))
		if string(body) != "# Deep\n" || fm.title != "" {
			t.Errorf("%s: body %.40q, title %q", name, body, fm.title)
		}
		want := "x.md:3: TOML front matter nested more than 32 deep; versus does not read it"
		if name == "large" {
			want = "x.md:2: TOML front matter is over 64 KiB; versus does not read it"
		}
		equalLines(t, problemLines(ps), []string{want})
	}
	// As deep as the bound allows is read.
	ok := "+++\ntitle = \"T\"\na = " + strings.Repeat("[", MaxTOMLNesting) + strings.Repeat("]", MaxTOMLNesting) + "\n+++\n"
	if fm, _, _, ps := plainFrontMatter("x.md", []byte(ok)); fm.title != "T" || len(ps) > 0 {
		t.Errorf("nesting %d: title %q, problems %v", MaxTOMLNesting, fm.title, ps)
	}
}
