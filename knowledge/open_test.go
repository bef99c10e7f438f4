package knowledge

import (
	"errors"
	"fmt"
	"os"
	"reflect"
	"strings"
	"testing"
	"testing/fstest"
)

// openLenient loads fsys as the CLI does, failing the test on a fatal
// problem.
func openLenient(t *testing.T, fsys fstest.MapFS) *Pack {
	t.Helper()
	p, err := LoadWith(fsys, Options{})
	if err != nil {
		t.Fatalf("LoadWith: %v", err)
	}
	return p
}

func problemLines(ps Problems) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.String()
	}
	return out
}

func TestDeadLinkOpensThePack(t *testing.T) {
	m := basePack()
	m["b.md"] = file("---\nid: b\ntitle: Overview\nkind: overview\n---\n\n## Intro\n\nSee [the **missing** page](gone.md) and [here](#nowhere).\n")
	p := openLenient(t, m)
	equalLines(t, problemLines(p.Problems), []string{
		`b.md:9: link to missing file "gone.md"`,
		`b.md:9: link to missing heading "#nowhere"`,
	})
	if len(p.Sections) != 2 {
		t.Fatalf("sections = %d, want both", len(p.Sections))
	}
	b := p.Section("b")
	for _, l := range b.Links {
		if !l.Broken || l.External() {
			t.Errorf("link %+v: want broken, not external", l)
		}
	}
	doc := b.Document()
	if !strings.Contains(doc, "See the **missing** page *(broken link)* and here *(broken link)*.") {
		t.Errorf("Document does not mark the broken links as text:\n%s", doc)
	}
	if strings.Contains(doc, "gone.md") {
		t.Errorf("Document still links to the missing file:\n%s", doc)
	}
	// Load, strict, refuses the same pack.
	if q, err := Load(m); q != nil || err == nil {
		t.Errorf("Load opened a pack with a dead link")
	}
}

func TestContentProblemsLeaveOutOnlyWhatTheyConcern(t *testing.T) {
	m := basePack()
	// A second file claiming a's id, and a file whose front matter never
	// closes: both reported, the rest opens.
	m["pack.yaml"] = file("title: Go vs Rust\nsummary: Two languages.\nsubjects: [Go, Rust]\nas_of: 2025-06-01\nsections:\n  - a.md\n  - b.md\n  - c.md\n  - d.md\n")
	m["c.md"] = file("---\nid: a\ntitle: Copy\nkind: guide\n---\n")
	m["d.md"] = file("---\nid: d\n")
	p := openLenient(t, m)
	equalLines(t, problemLines(p.Problems), []string{
		`c.md:2: duplicate id "a", already used by a.md`,
		`d.md:1: front matter is not closed: no "---" line after this one`,
	})
	var ids []string
	for _, s := range p.Sections {
		ids = append(ids, s.ID)
	}
	if !reflect.DeepEqual(ids, []string{"a", "b"}) {
		t.Errorf("sections = %v, want a b", ids)
	}
}

func TestFileWithoutFrontMatterOpensInAPack(t *testing.T) {
	m := basePack()
	m["c.md"] = file("# Notes\n\nSome notes.\n")
	p := openLenient(t, m)
	equalLines(t, problemLines(p.Problems), []string{
		`c.md: not listed under sections in pack.yaml`,
		`c.md:1: no front matter: a section file starts with a "---" line, then id, title and kind, then "---"`,
	})
	s := p.Section("c")
	if s == nil || s.Title != "Notes" || s.Kind != KindGuide || strings.Contains(s.Body, "# Notes") {
		t.Errorf("derived section = %+v", s)
	}
}

func TestFatalProblems(t *testing.T) {
	for _, c := range []struct {
		name string
		fsys fstest.MapFS
		want string
	}{
		{"pack.yaml not YAML", fstest.MapFS{"pack.yaml": file("title: [x\n"), "a.md": file("# A\n")}, "pack.yaml:"},
		{"no markdown", fstest.MapFS{"notes.txt": file("text")}, ".: no markdown files (.md, .markdown) to read"},
		{"no readable markdown", fstest.MapFS{"a.md": file("\xff\n")}, "a.md:1: not valid UTF-8"},
	} {
		t.Run(c.name, func(t *testing.T) {
			p, err := LoadWith(c.fsys, Options{})
			var ps Problems
			if p != nil || !errors.As(err, &ps) {
				t.Fatalf("LoadWith = %v, %v; want a fatal Problems error", p, err)
			}
			if !strings.Contains(ps.Error(), c.want) {
				t.Errorf("problems %q do not mention %q", ps.Error(), c.want)
			}
		})
	}
}

// TestLinkTargetsAreDecoded checks that links are resolved as CommonMark
// reads them, and that messages show what they were read as.
func TestLinkTargetsAreDecoded(t *testing.T) {
	m := fstest.MapFS{
		"a_b.md":     file("# Underscore\n"),
		"fö.md":      file("# Umlaut\n"),
		"with sp.md": file("# Space\n"),
		"index.md": file("# Links\n\n" +
			"[escape](a\\_b.md) [entity](f&ouml;.md) [numeric](a&#95;b.md) [percent](with%20sp.md)\n\n" +
			"![see [the alt link](nowhere.md)](picture.png)\n\n" +
			"[slash](/bar\\*) [missing](gone&amp;lost.md)\n"),
	}
	p := openLenient(t, m)
	equalLines(t, problemLines(p.Problems), []string{
		`index.md:7: link "/bar*" starts with /; write the path relative to this file`,
		`index.md:7: link to missing file "gone&lost.md"`,
	})
	s := p.Section("index")
	var targets []string
	for _, l := range s.Links {
		targets = append(targets, l.Text+"→"+l.Target)
	}
	want := []string{"escape→a-b", "entity→f", "numeric→a-b", "percent→with-sp", "slash→", "missing→"}
	if !reflect.DeepEqual(targets, want) {
		t.Errorf("links = %v\nwant %v (the image's alt text holds no link)", targets, want)
	}
}

func TestHugoFolder(t *testing.T) {
	p, err := LoadWith(os.DirFS("testdata/hugo"), Options{Title: "hugo"})
	if err != nil {
		t.Fatal(err)
	}
	if p.Source != SourceFolder || p.Title != "hugo" {
		t.Errorf("source %v, title %q", p.Source, p.Title)
	}
	equalLines(t, problemLines(p.Problems), nil)
	var got []string
	for _, s := range p.Sections {
		got = append(got, s.Group+" | "+s.ID+" | "+s.Title+" | "+string(s.Kind))
	}
	want := []string{
		"Lantern | content | Lantern | guide",
		"content/blog | content-blog-first-release | Lantern 1.0 is out | guide",
		"Documentation | content-docs | Documentation | guide",
		"Documentation | content-docs-configuration | Configuration | aspect",
		// TOML front matter gives the title and the weight (30, before
		// the FAQ's 40).
		"Documentation | content-docs-deploy | Deploying | aspect",
		"Documentation | content-docs-faq | FAQ | faq",
		"content/docs/install | content-docs-install-macos | Install on macOS | guide",
		"content/docs/install | content-docs-install-linux | Install on Linux | guide",
	}
	equalLines(t, got, want)
	if !reflect.DeepEqual(p.Subjects, []string{"Lantern", "Hugo", "Jekyll"}) {
		t.Errorf("subjects = %v", p.Subjects)
	}
	conf := p.Section("content-docs-configuration")
	if ts := conf.ComparisonTables(); len(ts) != 1 || ts[0].Header[1] != "Lantern" || len(conf.Tables) != 2 {
		t.Errorf("configuration tables: %d comparison of %d", len(ts), len(conf.Tables))
	}
	if len(p.FAQ()) != 2 {
		t.Errorf("FAQ entries = %d, want 2", len(p.FAQ()))
	}
	root := p.Section("content")
	if l := root.Links[0]; l.Target != "content-docs" {
		t.Errorf("a link to a folder leads to %q, want its _index.md", l.Target)
	}
	if strings.Contains(p.Section("content-docs-deploy").Body, "+++") {
		t.Error("TOML front matter left in the body")
	}
}

func TestReadmeSplit(t *testing.T) {
	p, err := LoadWith(os.DirFS("testdata/readme"), Options{File: "README.md"})
	if err != nil {
		t.Fatal(err)
	}
	if p.Source != SourceFile || p.Title != "Quill" {
		t.Errorf("source %v, title %q", p.Source, p.Title)
	}
	equalLines(t, problemLines(p.Problems), []string{`README.md:54: link to missing heading "#changes"`})
	var got []string
	for _, s := range p.Sections {
		got = append(got, s.ID+" | "+s.Title+" | "+string(s.Kind))
	}
	equalLines(t, got, []string{
		"quill | Quill | guide",
		"installation | Installation | guide",
		"usage | Usage | guide",
		"comparison | Comparison | aspect",
		"configuration | Configuration | guide",
		"frequently-asked-questions | Frequently asked questions | faq",
		"why-not-just-use-a-wiki | Why not just use a wiki? | faq",
		"licence | Licence | guide",
	})
	if len(p.FAQ()) != 3 {
		t.Errorf("FAQ entries = %d, want 3", len(p.FAQ()))
	}
	inst := p.Section("installation")
	if l := inst.Links[0]; l.Target != "usage" || l.Anchor != "usage" {
		t.Errorf("#usage from another part leads to %+v", l)
	}
	if inst.BodyLine != 10 || !strings.HasPrefix(inst.Body, "\nQuill ships") {
		t.Errorf("installation body starts on line %d: %q", inst.BodyLine, inst.Body[:20])
	}
	if !reflect.DeepEqual(p.Subjects, []string{"Quill", "Notes app", "Wiki"}) {
		t.Errorf("subjects = %v", p.Subjects)
	}
}

// TestPlainMarkdownIsSanitized feeds escape sequences through every place
// plain markdown gives a name: headings, front matter, file and folder
// names, a single file's parts.
func TestPlainMarkdownIsSanitized(t *testing.T) {
	evil := "\x1b]0;pwned\a\x1b[2J"
	m := fstest.MapFS{
		"a" + evil + ".md":          file("No heading here.\n"),
		"dir" + evil + "/_index.md": file("---\ntitle: \"T\\e[31m\"\n---\n"),
		"dir" + evil + "/page.md":   file("# Head" + evil + "\n\n| x | A" + evil + " | B |\n| - | - | - |\n| 1 | 2 | 3 |\n"),
		"bare" + evil + "/page.md":  file("Words.\n"), // a folder with no page of its own: its name is the group
		"single.md":                 file("# Doc" + evil + "\n\nintro\n\n## Part" + evil + "\n\ntext\n\n## FAQ\n\n### Why" + evil + "?\n\nYes.\n"),
	}
	p := openLenient(t, m)
	q, err := LoadWith(m, Options{File: "single.md", Title: "x" + evil})
	if err != nil {
		t.Fatal(err)
	}
	for _, pk := range []*Pack{p, q} {
		texts := append([]string{pk.Title}, pk.Subjects...)
		for _, s := range pk.Sections {
			texts = append(texts, s.ID, s.Title, s.Group, s.File)
		}
		for _, f := range pk.FAQ() {
			texts = append(texts, f.Question)
		}
		for _, x := range texts {
			if strings.ContainsAny(x, "\x1b\a") {
				t.Errorf("%q reaches the caller", x)
			}
		}
	}
}

// TestBrokenLinkUnderATitleHeading checks that a body whose title heading
// was taken out still marks its broken links where they are.
func TestBrokenLinkUnderATitleHeading(t *testing.T) {
	m := fstest.MapFS{"a.md": file("---\nweight: 2\n---\n# Routing\n\nSee [nowhere](gone.md) and [a bad anchor](a.md#nope).\n")}
	p := openLenient(t, m)
	want := "\nSee nowhere *(broken link)* and a bad anchor *(broken link)*.\n"
	if got := p.Section("a").MarkedBody(); got != want {
		t.Errorf("MarkedBody = %q, want %q", got, want)
	}
	// The same file in a pack, without front matter.
	pk := basePack()
	pk["c.md"] = file("# Routing\n\nSee [nowhere](gone.md).\n")
	p = openLenient(t, pk)
	if got := p.Section("c").MarkedBody(); got != "\nSee nowhere *(broken link)*.\n" {
		t.Errorf("in a pack, MarkedBody = %q", got)
	}
}

// TestShapeLimitsKeepASectionOut opens a pack one of whose sections
// nests lists too deep for the renderer: the section stays out, the
// rest opens.
func TestShapeLimitsKeepASectionOut(t *testing.T) {
	m := basePack()
	var deep strings.Builder
	for i := range MaxNesting + 2 {
		deep.WriteString(strings.Repeat("  ", i) + "- x\n")
	}
	m["b.md"] = file("---\nid: b\ntitle: Overview\nkind: overview\n---\n\n## Intro\n\n" + deep.String())
	p := openLenient(t, m)
	if len(p.Problems) == 0 || p.Section("b") != nil || p.Section("a") == nil {
		t.Errorf("problems %v; b %v, a %v", p.Problems, p.Section("b"), p.Section("a"))
	}
}

func TestSectionAt(t *testing.T) {
	p, err := LoadWith(os.DirFS("testdata/readme"), Options{File: "README.md"})
	if err != nil {
		t.Fatal(err)
	}
	pr := p.Problems[0]
	if s := p.SectionAt(pr.File, pr.Line); s == nil || s.ID != "configuration" {
		t.Errorf("SectionAt(%s) = %v, want configuration", pr, s)
	}
	if s := p.SectionAt("README.md", 0); s == nil || s.ID != "quill" {
		t.Errorf("SectionAt(README.md, 0) = %v", s)
	}
	if s := p.SectionAt("pack.yaml", 3); s != nil {
		t.Errorf("SectionAt(pack.yaml) = %v", s)
	}
}

func TestPlainAspectNumbers(t *testing.T) {
	table := "| Criterion | Go | Rust |\n| --- | --- | --- |\n| x | y | z |\n"
	m := fstest.MapFS{
		"a.md": file("# A\n\n" + table),
		"b.md": file("---\nkind: aspect\nnumber: 1\n---\n# B\n\n" + table),
		"c.md": file("# C\n\n" + table),
		"d.md": file("# FAQ\n\nNo questions here.\n"),
	}
	p := openLenient(t, m)
	var got []string
	for _, s := range p.Sections {
		got = append(got, fmt.Sprintf("%s %s %d", s.ID, s.Kind, s.Number))
	}
	equalLines(t, got, []string{"a aspect 2", "b aspect 1", "c aspect 3", "d guide 0"})
}

// A title made from a file name capitalises its first letter, whatever
// its script: "été.md" is "Été", not a broken byte.
func TestFileTitleCapitalisesARune(t *testing.T) {
	for file, want := range map[string]string{"été.md": "Été", "getting-started.md": "Getting started", "docs/ñu/index.md": "Ñu"} {
		if got := fileTitle(file); got != want {
			t.Errorf("fileTitle(%q) = %q, want %q", file, got, want)
		}
	}
}

// TestHeadingBadgesStayOutOfTitles opens a README whose headings carry
// badges: the titles and ids are the headings' words, the badges are
// still links, and a heading of badges alone keeps their alt text.
func TestHeadingBadgesStayOutOfTitles(t *testing.T) {
	p, err := LoadWith(fstest.MapFS{"README.md": file("# Quill [![CI](https://ci.example/q.svg)](https://ci.example/q) [![Go](https://go.example/b.svg)](https://go.example/q)\n\n" +
		"Notes.\n\n## Install ![new](new.png) now\n\nRun it.\n\n## [![Sponsor](s.svg)](https://s.example)\n\nThanks.\n")}, Options{File: "README.md"})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range p.Sections {
		got = append(got, s.ID+" | "+s.Title)
	}
	equalLines(t, got, []string{"quill | Quill", "install-now | Install now", "sponsor | Sponsor"})
	if p.Title != "Quill" {
		t.Errorf("pack title %q, want Quill", p.Title)
	}
	var links []string
	for _, l := range p.Section("quill").Links {
		links = append(links, l.Text+" → "+l.Dest)
	}
	equalLines(t, links, []string{"CI → https://ci.example/q", "Go → https://go.example/q"})
}
