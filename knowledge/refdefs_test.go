package knowledge

import (
	"bytes"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// openDoc opens src as a single markdown file.
func openDoc(t *testing.T, src string) *Pack {
	t.Helper()
	p, err := LoadWith(fstest.MapFS{"doc.md": &fstest.MapFile{Data: []byte(src)}}, Options{File: "doc.md"})
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// linkDests maps each link's text to its destination.
func linkDests(s *Section) map[string]string {
	m := map[string]string{}
	for _, l := range s.Links {
		m[l.Text] = l.Dest
	}
	return m
}

// TestSplitPartsBorrowReferenceDefinitions opens a README-like document
// whose reference definitions sit at its end: every part that uses one
// carries it, so its links are links (listed, with their destinations)
// and render without brackets; the part that holds the definitions does
// not get them twice.
func TestSplitPartsBorrowReferenceDefinitions(t *testing.T) {
	p := openDoc(t, "# Tool\n\n## Install\n\nSee [the docs][docs], [Go] and [the guide][].\n\n"+
		"## Usage\n\nRead [docs] again.\n\n"+
		"[docs]: https://example.org/docs \"The docs\"\n[go]: <https://go.dev/a b>\n[the guide]: guide.md\n")
	install := p.Section("install")
	if install == nil {
		t.Fatalf("no install section in %v", p.Sections)
	}
	got := linkDests(install)
	for text, dest := range map[string]string{"the docs": "https://example.org/docs", "Go": "https://go.dev/a b", "the guide": "guide.md"} {
		if got[text] != dest {
			t.Errorf("install: link %q → %q, want %q (links %v)", text, got[text], dest, got)
		}
	}
	if !strings.Contains(install.Body, "[docs]: <https://example.org/docs> \"The docs\"\n") {
		t.Errorf("install's body lacks the docs definition:\n%s", install.Body)
	}
	if !strings.HasPrefix(strings.TrimSpace(install.Body), "See [the docs][docs], [Go] and [the guide][].\n\n[docs]:") {
		t.Errorf("install's own text changed:\n%s", install.Body)
	}
	usage := p.Section("usage")
	if n := strings.Count(usage.Body, "[docs]:"); n != 1 {
		t.Errorf("usage holds the definitions and got %d docs definitions:\n%s", n, usage.Body)
	}
	if linkDests(usage)["docs"] != "https://example.org/docs" {
		t.Errorf("usage links %v", usage.Links)
	}
}

// TestFAQAnswersBorrowReferenceDefinitions: an answer cut from an FAQ
// whose definitions come after the last question still has its link.
func TestFAQAnswersBorrowReferenceDefinitions(t *testing.T) {
	p := openDoc(t, "# Tool\n\n## Intro\n\nText.\n\n## FAQ\n\n### Why?\n\nSee [the docs][docs].\n\n"+
		"### How?\n\nLike this.\n\n[docs]: https://example.org/docs\n")
	var faq []FAQEntry
	for _, s := range p.Sections {
		faq = append(faq, s.FAQ...)
	}
	if len(faq) != 2 {
		t.Fatalf("FAQ %+v, want two questions", faq)
	}
	if want := "See [the docs][docs].\n\n[docs]: <https://example.org/docs>"; faq[0].Answer != want {
		t.Errorf("first answer %q, want %q", faq[0].Answer, want)
	}
	if faq[1].Answer != "Like this.\n\n[docs]: https://example.org/docs" {
		t.Errorf("second answer %q: it holds the definition and needs none lent", faq[1].Answer)
	}
}

// TestLendLeavesPiecesWithoutReferencesAlone: nothing is appended to a
// piece that names no label of the file, or defines the ones it uses.
func TestLendLeavesPiecesWithoutReferencesAlone(t *testing.T) {
	d := refsOf(t, "[a]: /a\n[b]: /b\n")
	for _, src := range []string{"plain text\n", "[c] is no label\n", "[a] defined here\n\n[a]: /mine\n", `\[a\] escaped` + "\n"} {
		if got := d.lend([]byte(src), newLendBudget()); string(got) != src {
			t.Errorf("lend(%q) = %q, want it unchanged", src, got)
		}
	}
	if got := d.lend([]byte("[x][a] and [A] twice"), newLendBudget()); string(got) != "[x][a] and [A] twice\n\n[a]: </a>\n" {
		t.Errorf("lend = %q", got)
	}
}

// longDefinitionDocument is a document of n parts that each use one
// definition of 100n bytes, written at its end.
func longDefinitionDocument(n int) string {
	var b strings.Builder
	for i := range n {
		b.WriteString("## Part " + strconv.Itoa(i) + "\n\nSee [docs].\n\n")
	}
	b.WriteString("[docs]: /" + strings.Repeat("d", 100*n) + "\n")
	return b.String()
}

// TestLendingIsBoundedByTheFile opens documents of n and 4n parts that
// each use one long definition: the definition is lent to the first
// parts, and what all parts hold is bounded, so that four times the
// document keeps about as much, not sixteen times as much (every part
// used to get a copy: 225 KB took 5.4 s to open and kept 381 MB).
func TestLendingIsBoundedByTheFile(t *testing.T) {
	held := func(n int) int {
		p := openDoc(t, longDefinitionDocument(n))
		if len(p.Sections) != n {
			t.Fatalf("%d sections, want %d", len(p.Sections), n)
		}
		if l := p.Sections[0].Links; len(l) != 1 || l[0].Text != "docs" {
			t.Errorf("first part's links %v, want the docs link lent its definition", l)
		}
		total := 0
		for _, s := range p.Sections {
			total += len(s.Body)
		}
		return total
	}
	const n = 200
	small, large := held(n), held(4*n)
	if large > 6*small {
		t.Errorf("%d parts hold %d bytes of body, %d parts %d: %.1f times as much for 4 times the document",
			n, small, 4*n, large, float64(large)/float64(small))
	}
}

// TestLendBudget: a piece is lent what it needs out of the budget, or
// nothing when the budget cannot pay for all of it.
func TestLendBudget(t *testing.T) {
	d := refsOf(t, "[a]: /a\n[b]: /b\n")
	b := &lendBudget{left: 100}
	if got := d.lend([]byte("[a] [b]\n"), b); string(got) != "[a] [b]\n\n[a]: </a>\n[b]: </b>\n" || b.left != 100-20 {
		t.Errorf("lend = %q, %d left; want both definitions lent and 80 left", got, b.left)
	}
	b.left = 15
	if got := d.lend([]byte("[a] [b]\n"), b); string(got) != "[a] [b]\n" || b.left != 15 {
		t.Errorf("lend = %q, %d left; want nothing lent and 15 left", got, b.left)
	}
}

// refsOf parses src and returns its definitions.
func refsOf(t testing.TB, src string) refDefs {
	t.Helper()
	pc := parser.NewContext()
	newParser().Parse(text.NewReader([]byte(src)), parser.WithContext(pc))
	return newRefDefs(pc)
}

// TestWriteRefDefReadsBack writes definitions that need care (spaces,
// parentheses, angle brackets, quotes in titles, escapes) and reads each
// back as the same destination and title.
func TestWriteRefDefReadsBack(t *testing.T) {
	for _, def := range []string{
		"[a]: /plain",
		"[a]: </with space>",
		"[a]: /paren(s) 'single'",
		"[a]: a>b \"x\"",
		"[a]: /t \"has 'both' and (parens)\"",
		"[a]: /t 'has \"double\"'",
		"[a]: /t (has \"both\" 'quotes')",
		`[a]: /esc\) "back\\slash"`,
		"[a]: <>",
		"[Multi\n  Line]: /m",
	} {
		roundTrip(t, def)
	}
}

// roundTrip checks that every definition of src written by writeRefDef
// reads back the same, or is left out.
func roundTrip(t testing.TB, src string) {
	t.Helper()
	for k, r := range refsOf(t, src+"\n") {
		var b bytes.Buffer
		writeRefDef(&b, r)
		if b.Len() == 0 {
			continue // left out: its links stay as they were
		}
		back := refsOf(t, b.String())
		if len(back) != 1 {
			t.Fatalf("%q written as %q reads back %d definitions", src, b.String(), len(back))
		}
		got, ok := back[k]
		if !ok || !bytes.Equal(got.Destination(), r.Destination()) || !bytes.Equal(got.Title(), r.Title()) {
			t.Errorf("%q written as %q reads back dest %q title %q (label ok %v), want %q %q",
				src, b.String(), got.Destination(), got.Title(), ok, r.Destination(), r.Title())
		}
	}
}

// FuzzRefDefs: any definition goldmark reads is written so that it reads
// back the same, or left out; lending keeps the piece's own text first.
func FuzzRefDefs(f *testing.F) {
	f.Add("[a]: /plain 'title'", "[a] [b]")
	f.Add("[a]: <x y> (t)\n[b]: a>b", "[x][a] [b][]")
	f.Add("[a\\]]: /e\\\\ \"q\\\"\"", "[a\\]]")
	f.Fuzz(func(t *testing.T, defs, piece string) {
		roundTrip(t, defs)
		d := refsOf(t, defs+"\n")
		out := d.lend([]byte(piece), newLendBudget())
		if !bytes.HasPrefix(out, []byte(piece)) {
			t.Fatalf("lend(%q) = %q, lost the piece", piece, out)
		}
		if len(out) > len(piece) {
			for k := range refsOf(t, string(out[len(piece):])) {
				if _, ok := d[k]; !ok {
					t.Fatalf("lend(%q) defined %q, which the file does not", piece, k)
				}
			}
		}
	})
}
