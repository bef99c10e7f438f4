package knowledge

import (
	"io/fs"
	"os"
	"reflect"
	"strings"
	"testing"
	"testing/fstest"
)

// TestLoadClean checks the model built from testdata/clean, a pack that
// uses every feature of the format.
func TestLoadClean(t *testing.T) {
	p := mustLoad(t, os.DirFS("testdata/clean"))

	if p.Title != "Go vs Rust" || p.Summary != "Two systems languages, compared aspect by aspect." ||
		p.AsOf != "2025-06-01" || !reflect.DeepEqual(p.Subjects, []string{"Go", "Rust"}) {
		t.Errorf("pack = %q %q %q %q", p.Title, p.Summary, p.AsOf, p.Subjects)
	}
	var ids []string
	for _, s := range p.Sections {
		ids = append(ids, s.ID)
	}
	if want := []string{"overview", "speed", "memory", "choosing", "faq"}; !reflect.DeepEqual(ids, want) {
		t.Fatalf("sections = %q, want %q (pack.yaml order)", ids, want)
	}
	for _, id := range ids {
		if p.Section(id) == nil || p.Section(id).ID != id {
			t.Errorf("Section(%q) does not find it", id)
		}
	}
	if p.Section("nope") != nil {
		t.Error("Section(nope) found something")
	}

	speed := p.Section("speed")
	if speed.Title != "Performance" || speed.Kind != KindAspect || speed.Number != 1 ||
		!reflect.DeepEqual(speed.Aliases, []string{"perf", "throughput"}) ||
		!reflect.DeepEqual(speed.Tags, []string{"benchmarks", "jit"}) ||
		speed.Summary != "Both compile to native code." || speed.File != "aspects/speed.md" || speed.BodyLine != 10 {
		t.Errorf("speed = %+v", speed)
	}
	if !strings.HasPrefix(speed.Body, "\n# Speed\n\n| Metric |") {
		t.Errorf("speed body starts %q", speed.Body[:min(len(speed.Body), 30)])
	}
	if c := p.Section("choosing"); c.Kind != KindGuide || c.Number != 1 {
		t.Errorf("a guide keeps its number: %+v", c)
	}

	overview := p.Section("overview")
	wantHeadings := []Heading{
		{Level: 1, Text: "Overview", Anchor: "overview", Line: 8},
		{Level: 2, Text: "Usage", Anchor: "usage", Line: 13},
		{Level: 2, Text: "Usage", Anchor: "usage-1", Line: 19},
		{Level: 2, Text: "Usage", Anchor: "usage-2", Line: 26},
	}
	if !reflect.DeepEqual(overview.Headings, wantHeadings) {
		t.Errorf("headings:\n got %+v\nwant %+v", overview.Headings, wantHeadings)
	}

	wantTables := []Table{
		{Header: []string{"Name", "Year"}, Rows: [][]string{{"Go", "2009"}}, Line: 15},
		{
			Header:     []string{"Criterion", "Go", "Rust"},
			Rows:       [][]string{{"Typing", "Static, structural", "Static, nominal"}, {"Short row", "Yes", ""}},
			Comparison: true,
			Line:       21,
		},
	}
	if !reflect.DeepEqual(overview.Tables, wantTables) {
		t.Errorf("tables:\n got %+v\nwant %+v", overview.Tables, wantTables)
	}
	if got := speed.ComparisonTables(); len(got) != 1 || got[0].Line != 13 ||
		!reflect.DeepEqual(got[0].Header, []string{"Metric", "go", "RUST"}) {
		t.Errorf("a header matches the subjects without regard to case: %+v", got)
	}

	wantLinks := []Link{
		{Text: "the FAQ", Dest: "../faq.md#Is-Go-Faster", Target: "faq", Anchor: "is-go-faster", Line: 19, Start: 90, End: 123},
		{Text: "latency", Dest: "#latency", Target: "speed", Anchor: "latency", Line: 19, Start: 125, End: 144},
		{Text: "https://go.dev", Dest: "https://go.dev", Line: 19},
		{Text: "memory aspect", Dest: "memory.md", Target: "memory", Line: 20, Start: 171, End: 191},
	}
	if !reflect.DeepEqual(speed.Links, wantLinks) {
		t.Errorf("links:\n got %+v\nwant %+v", speed.Links, wantLinks)
	}
	if got := speed.Body[90:123] + speed.Body[125:144] + speed.Body[171:191]; got != "[the FAQ](../faq.md#Is-Go-Faster)[latency](#latency)[memory aspect][mem]" {
		t.Errorf("link spans hold %q", got)
	}
	if l := overview.Links[1]; l.Target != "memory" || l.Anchor != "allocation" || l.External() {
		t.Errorf("link into a sub-folder = %+v", l)
	}
	if l := overview.Links[3]; !l.External() || l.Dest != "https://example.com/types" || l.Line != 23 {
		t.Errorf("link in a table cell = %+v", l)
	}
	if l := p.Section("choosing").Links[0]; l.Target != "overview" || l.Anchor != "usage-2" {
		t.Errorf("link to a de-duplicated anchor = %+v", l)
	}

	wantFAQ := []FAQEntry{
		{
			Question:  "Is Go faster?",
			Answer:    "Usually not: Rust has no garbage collector.\n\n### A detail\n\nStill part of the answer.",
			SectionID: "faq", Anchor: "is-go-faster", Line: 11,
		},
		{Question: "Which is easier?", Answer: "Go, by most accounts.", SectionID: "faq", Anchor: "which-is-easier", Line: 19},
	}
	if !reflect.DeepEqual(p.FAQ(), wantFAQ) {
		t.Errorf("FAQ:\n got %#v\nwant %#v", p.FAQ(), wantFAQ)
	}
	if len(p.Aspects()) != 2 {
		t.Errorf("aspects = %d, want 2", len(p.Aspects()))
	}

	st := p.Stats()
	want := Stats{Sections: 5, Aspects: 2, Tables: 3, ComparisonTables: 2, FAQEntries: 2, Links: 9, ExternalLinks: 2}
	if st != want {
		t.Errorf("stats = %+v, want %+v", st, want)
	}
	if got := st.String(); got != "5 sections, 3 tables, 2 FAQ entries, 9 links" {
		t.Errorf("stats line = %q", got)
	}
}

// TestLoadMapFSMatchesDirFS checks that the same files load the same from
// an in-memory file system as from a folder.
func TestLoadMapFSMatchesDirFS(t *testing.T) {
	m := fstest.MapFS{}
	err := fs.WalkDir(os.DirFS("testdata/clean"), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile("testdata/clean/" + p)
		m[p] = &fstest.MapFile{Data: data}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	a, b := mustLoad(t, os.DirFS("testdata/clean")), mustLoad(t, m)
	if !reflect.DeepEqual(a, b) {
		t.Error("the pack differs between os.DirFS and fstest.MapFS")
	}
}

func TestLoadSanitizes(t *testing.T) {
	m := basePack()
	m["b.md"] = file("---\nid: b\ntitle: \"Over\\eview\"\nkind: overview\naliases: [\"a\\u202Eb\"]\nsummary: \"one\\ttwo\"\n---\n\n## In\x1b[31mtro\n\n| Criterion | Go | Rust |\n| --- | --- | --- |\n| x&#27;y | \x07 | ok |\n\nBody \x1b]52;c;aGk=\x07 &#27;[2J\n")
	m["a.md"] = file("---\nid: a\ntitle: Speed\nkind: aspect\nnumber: 1\n---\n\nSee [the intro](b.md#intro).\n")
	if _, err := Load(m); err == nil {
		t.Fatal("want a problem: the heading anchor changed")
	} else if got := err.Error(); got != `a.md:8: link to missing heading "#intro" in b.md` {
		t.Errorf("problems = %s", got)
	}
	m["a.md"] = file("---\nid: a\ntitle: Speed\nkind: aspect\nnumber: 1\n---\n")
	p := mustLoad(t, m)
	b := p.Section("b")
	checks := map[string]string{
		"title":   b.Title,
		"alias":   b.Aliases[0],
		"summary": b.Summary,
		"heading": b.Headings[0].Text,
		"cell":    strings.Join(b.Tables[0].Rows[0], "|"),
		"body":    b.Body,
	}
	for name, s := range checks {
		if strings.ContainsAny(s, "\x1b\x07\t\u202e") {
			t.Errorf("%s keeps a control character: %q", name, s)
		}
	}
	if b.Title != "Over^[view" || b.Summary != "one two" || b.Headings[0].Text != "In^[[31mtro" {
		t.Errorf("title %q, summary %q, heading %q", b.Title, b.Summary, b.Headings[0].Text)
	}
	if !strings.HasSuffix(b.Body, "\nBody ^[]52;c;aGk=^G &amp;#27;[2J\n") {
		t.Errorf("body = %q", b.Body)
	}
	if row := b.Tables[0].Rows[0]; !reflect.DeepEqual(row, []string{"x&#27;y", "^G", "ok"}) {
		t.Errorf("an entity for ESC in a cell must stay visible text: %q", row)
	}
	if b.Aliases[0] != "a<U+202E>b" {
		t.Errorf("alias = %q", b.Aliases[0])
	}
}

func TestProblemFileNamesAreSanitized(t *testing.T) {
	m := basePack()
	m["x\x1b[2J.md"] = file("---\nid: x\ntitle: X\nkind: guide\n---\n")
	got := problemStrings(t, m)
	equalLines(t, got, []string{"x^[[2J.md: not listed under sections in pack.yaml"})
}

func TestLoadKeepsLinesWithCRLF(t *testing.T) {
	m := basePack()
	m["a.md"] = file(strings.ReplaceAll("---\nid: a\ntitle: Speed\nkind: aspect\nnumber: 1\n---\n\n# Speed\n\nSee [x](c.md).\n", "\n", "\r\n"))
	equalLines(t, problemStrings(t, m), []string{`a.md:10: link to missing file "c.md"`})
	m["a.md"] = file("\uFEFF---\r\nid: a\r\ntitle: Speed\r\nkind: aspect\r\nnumber: 1\r\n---\r\n")
	p := mustLoad(t, m)
	if s := p.Section("a"); s.Title != "Speed" || s.BodyLine != 7 {
		t.Errorf("with a byte order mark and CRLF: %+v", s)
	}
}

// TestNoUnlistedCheckWithoutList checks that a broken sections list does
// not flag every file as unlisted.
func TestNoUnlistedCheckWithoutList(t *testing.T) {
	m := basePack()
	m["pack.yaml"] = file("title: T\nsummary: S\nsubjects: [Go, Rust]\nas_of: 2025-06-01\nsections: {a: b}\n")
	equalLines(t, problemStrings(t, m), []string{`pack.yaml:5: sections must be a list of file paths, one per line after "- "`})
}

// TestAllProblemsReported checks that problems in several files are all
// reported, sorted by file then line.
func TestAllProblemsReported(t *testing.T) {
	m := basePack()
	m["pack.yaml"] = file("title: T\nsummary: S\nsubjects: [Go, Rust]\nas_of: 2025-06-01\nsections:\n  - b.md\n  - a.md\n  - c.md\n  - d.md\n")
	m["a.md"] = file("---\nid: a\ntitle: Speed\nkind: aspect\n---\n\n[x](nope.md) [y](b.md#nope)\n\n| C | Rust | Go |\n|-|-|-|\n")
	m["b.md"] = file("---\nid: b\ntitle: B\nkind: overview\nwhat: 1\n---\n")
	m["c.md"] = file("---\nid: c\n")
	m["d.md"] = file("no front matter\n\n[z](a.md#speed)\n")
	equalLines(t, problemStrings(t, m), []string{
		`a.md:4: aspect has no number; add "number: N" to the front matter`,
		`a.md:7: link to missing file "nope.md"`,
		`a.md:7: link to missing heading "#nope" in b.md`,
		`a.md:9: comparison table columns must be a criterion column, then Go, Rust, in that order`,
		`b.md:5: unknown key "what"; the keys are id, title, kind, number, aliases, tags, summary`,
		`c.md:1: front matter is not closed: no "---" line after this one`,
		`d.md:1: no front matter: a section file starts with a "---" line, then id, title and kind, then "---"`,
		`d.md:3: link to missing heading "#speed" in a.md`,
	})
}

// failingFS fails to open one file, as a file without read permission does.
type failingFS struct {
	fstest.MapFS
	fail string
}

func (f failingFS) Open(name string) (fs.File, error) {
	if name == f.fail {
		return nil, &fs.PathError{Op: "open", Path: "/abs/" + name, Err: fs.ErrPermission}
	}
	return f.MapFS.Open(name)
}

func TestUnreadable(t *testing.T) {
	equalLines(t, problemStrings(t, failingFS{basePack(), "b.md"}), []string{"b.md: cannot read: permission denied"})
	equalLines(t, problemStrings(t, failingFS{basePack(), "."}), []string{
		".: cannot read folder: permission denied",
		`pack.yaml: not found: a pack needs a pack.yaml manifest naming its title, subjects and sections`,
	})
}

func TestDepthEightIsFine(t *testing.T) {
	m := basePack()
	m["pack.yaml"] = file("title: T\nsummary: S\nsubjects: [Go, Rust]\nas_of: 2025-06-01\nsections:\n  - a.md\n  - b.md\n  - 1/2/3/4/5/6/7/8/c.md\n")
	m["1/2/3/4/5/6/7/8/c.md"] = file("---\nid: c\ntitle: C\nkind: guide\n---\n\nBack to [A](../../../../../../../../a.md#speed).\n")
	p := mustLoad(t, m)
	if l := p.Section("c").Links[0]; l.Target != "a" || l.Anchor != "speed" {
		t.Errorf("link = %+v", l)
	}
}

func TestHiddenEntriesIgnored(t *testing.T) {
	m := basePack()
	m[".git/objects/big"] = &fstest.MapFile{Data: make([]byte, MaxFileSize+1)}
	m[".draft.md"] = file("no front matter")
	m["sub/.notes.md"] = file("no front matter")
	mustLoad(t, m)
}
