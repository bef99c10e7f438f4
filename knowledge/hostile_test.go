package knowledge

import (
	"os"
	"strings"
	"testing"

	"github.com/versus-dev/versus/knowledge/sanitize"
)

// packStrings lists every string of a loaded pack, with whether it is a
// one-line field.
func packStrings(p *Pack) map[string]bool {
	out := map[string]bool{p.Title: true, p.Summary: true, p.AsOf: true}
	for _, s := range p.Subjects {
		out[s] = true
	}
	for _, s := range p.Sections {
		for _, v := range append([]string{s.ID, s.Title, s.Summary, s.File, string(s.Kind)}, append(s.Aliases, s.Tags...)...) {
			out[v] = true
		}
		out[s.Body] = false
		for _, h := range s.Headings {
			out[h.Text], out[h.Anchor] = true, true
		}
		for _, t := range s.Tables {
			for _, row := range append([][]string{t.Header}, t.Rows...) {
				for _, c := range row {
					out[c] = true
				}
			}
		}
		for _, l := range s.Links {
			out[l.Text], out[l.Dest], out[l.Target], out[l.Anchor] = true, true, true, true
		}
		for _, f := range s.FAQ {
			out[f.Question], out[f.Anchor] = true, true
			out[f.Answer] = false
		}
	}
	return out
}

// TestHostileFixtureIsSafe loads the hostile fixture of package sanitize,
// whose every field carries escape sequences and control characters, and
// checks that no string of the pack can act on a terminal.
func TestHostileFixtureIsSafe(t *testing.T) {
	p := mustLoad(t, os.DirFS("testdata/hostile"))
	for s, oneLine := range packStrings(p) {
		if !sanitize.Safe(s) {
			t.Errorf("unsafe text: %q", s)
		}
		if oneLine && strings.ContainsAny(s, "\n\t") {
			t.Errorf("one-line field spans lines: %q", s)
		}
	}
}

// TestHostileProblemsAreSafe checks that problems quoting pack text (keys,
// ids, kinds, link destinations, file names) are safe to print.
func TestHostileProblemsAreSafe(t *testing.T) {
	const esc = "\x1b]0;pwned\x07"
	m := basePack()
	m["a.md"] = file("---\nid: \"" + `\e]0;pwned\a` + "\"\ntitle: T\nkind: \"" + `\e[2J` + "\"\n\"" + `\e[6n` + "\": 1\n---\n\n[x](" + "c\x1b[2J.md" + ") [y](#\x1b]52;c;aGk=\x07)\n")
	m["d\x1b[31m.md"] = file("---\nid: d\n---\n")
	m["pack.yaml"] = file("title: \"" + `\e]2;t\a` + "\"\nsummary: S\nsubjects: [Go, Rust]\nas_of: \"" + `\e[6n` + "\"\nsections: [a.md, b.md, \"e" + `\e[2J` + ".md\"]\n\"" + esc[:1] + "k\": 1\n")
	got := problemStrings(t, m)
	if len(got) < 6 {
		t.Fatalf("want a problem for each hostile field, got %q", got)
	}
	for _, s := range got {
		if !sanitize.Safe(s) || strings.ContainsAny(s, "\n\t") {
			t.Errorf("unsafe problem: %q", s)
		}
	}
}
