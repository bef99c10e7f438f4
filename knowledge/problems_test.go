package knowledge

import (
	"fmt"
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"
)

func TestBasePackIsClean(t *testing.T) {
	p := mustLoad(t, basePack())
	if got := p.Section("a").Links[0]; got.Target != "b" || got.Anchor != "intro" {
		t.Errorf("link = %+v, want Target b, Anchor intro", got)
	}
}

// TestProblems holds one fixture per validation problem: the base pack
// broken in one way, and every problem Load must report for it.
func TestProblems(t *testing.T) {
	const aBody = "---\nid: a\ntitle: Speed\nkind: aspect\nnumber: 1\n---\n\n# Speed\n\n"
	const aTable = "| Criterion | Go | Rust |\n| --- | --- | --- |\n| Startup | Fast | Fast |\n\n"
	withA := func(body string) func(fstest.MapFS) {
		return func(m fstest.MapFS) { m["a.md"] = file(body) }
	}
	withB := func(body string) func(fstest.MapFS) {
		return func(m fstest.MapFS) { m["b.md"] = file(body) }
	}
	withManifest := func(body string) func(fstest.MapFS) {
		return func(m fstest.MapFS) { m["pack.yaml"] = file(body) }
	}
	const manifest = "title: Go vs Rust\nsummary: Two languages.\nsubjects: [Go, Rust]\nas_of: 2025-06-01\nsections:\n  - a.md\n  - b.md\n"

	tests := []struct {
		name string
		edit func(fstest.MapFS)
		want []string
	}{
		// Section files.
		{"not UTF-8", withA(aBody + aTable[:60] + "\xff" + aTable[60:]),
			[]string{"a.md:12: not valid UTF-8 (byte 0xFF); save the file as UTF-8"}},
		{"no front matter", withB("## Intro\n\nText.\n"),
			[]string{`b.md:1: no front matter: a section file starts with a "---" line, then id, title and kind, then "---"`}},
		{"front matter not closed", withB("---\nid: b\ntitle: Overview\nkind: overview\n\n## Intro\n"),
			[]string{`b.md:1: front matter is not closed: no "---" line after this one`}},
		{"invalid YAML", withB("---\nid: b\ntitle: Overview\nkind: [overview\n---\n\n## Intro\n"),
			[]string{`b.md:4: invalid YAML: did not find expected ',' or ']'`}},
		{"front matter not a mapping", withB("---\n- id: b\n---\n\n## Intro\n"),
			[]string{`b.md:2: want key: value pairs, one per line`}},
		{"unknown front matter key", withB("---\nid: b\ntitel: Overview\nkind: overview\n---\n\n## Intro\n"),
			[]string{
				`b.md:1: missing title in front matter`,
				`b.md:3: unknown key "titel"; the keys are id, title, kind, number, aliases, tags, summary`,
			}},
		{"repeated front matter key", withB("---\nid: b\ntitle: Overview\nkind: overview\ntitle: Again\n---\n\n## Intro\n"),
			[]string{`b.md:5: key "title" repeated (first at line 3)`}},
		{"missing id", withB("---\ntitle: Overview\nkind: overview\n---\n\n## Intro\n"),
			[]string{`b.md:1: missing id in front matter`}},
		{"missing title", withB("---\nid: b\nkind: overview\n---\n\n## Intro\n"),
			[]string{`b.md:1: missing title in front matter`}},
		{"empty title", withB("---\nid: b\ntitle: \"  \"\nkind: overview\n---\n\n## Intro\n"),
			[]string{`b.md:3: title is empty`}},
		{"missing kind", withB("---\nid: b\ntitle: Overview\n---\n\n## Intro\n"),
			[]string{`b.md:1: missing kind in front matter`}},
		{"bad id", withB("---\nid: B two\ntitle: Overview\nkind: overview\n---\n\n## Intro\n"),
			[]string{`b.md:2: id "B two" is not a slug: use lower-case letters, digits and "-"`}},
		{"duplicate id", withB("---\nid: a\ntitle: Overview\nkind: overview\n---\n\n## Intro\n"),
			[]string{`b.md:2: duplicate id "a", already used by a.md`}},
		{"unknown kind", withB("---\nid: b\ntitle: Overview\nkind: overveiw\n---\n\n## Intro\n"),
			[]string{`b.md:4: unknown kind "overveiw"; use overview, aspect, guide, faq or reference`}},
		{"aspect without number", withA(strings.Replace(aBody, "number: 1\n", "", 1) + aTable + "See [the intro](b.md#intro).\n"),
			[]string{`a.md:4: aspect has no number; add "number: N" to the front matter`}},
		{"bad number", withA(strings.Replace(aBody, "number: 1", "number: first", 1) + aTable),
			[]string{`a.md:5: number must be a positive whole number, got "first"`}},
		{"zero number", withA(strings.Replace(aBody, "number: 1", "number: 0", 1) + aTable),
			[]string{`a.md:5: number must be a positive whole number, got "0"`}},
		{"duplicate aspect number", withB("---\nid: b\ntitle: Overview\nkind: aspect\nnumber: 1\n---\n\n## Intro\n"),
			[]string{`b.md:5: aspect number 1 already used by a.md`}},
		{"aliases not a list", withB("---\nid: b\ntitle: Overview\nkind: overview\naliases: {a: b}\n---\n\n## Intro\n"),
			[]string{`b.md:5: aliases must be a list of words, such as [speed, perf]`}},

		// Links.
		{"link to missing file", withA(aBody + aTable + "See [the intro](c.md).\n"),
			[]string{`a.md:14: link to missing file "c.md"`}},
		{"link to missing heading", withA(aBody + aTable + "See\n[the outro](b.md#outro).\n"),
			[]string{`a.md:15: link to missing heading "#outro" in b.md`}},
		{"link to missing heading in the same section", withA(aBody + aTable + "See [below](#nowhere).\n"),
			[]string{`a.md:14: link to missing heading "#nowhere"`}},
		{"link outside the pack", withA(aBody + aTable + "See [this](../c.md).\n"),
			[]string{`a.md:14: link "../c.md" leads outside the pack`}},
		{"absolute link", withA(aBody + aTable + "See [this](/b.md).\n"),
			[]string{`a.md:14: link "/b.md" starts with /; write the path relative to this file`}},

		// Tables.
		{"comparison table with an extra column", withA(aBody + "| Criterion | Go | Rust | Zig |\n| --- | --- | --- | --- |\n| Startup | Fast | Fast | Fast |\n"),
			[]string{`a.md:10: comparison table has 4 columns, want 3: a criterion column, then Go, Rust`}},
		{"comparison table without a criterion column", withA(aBody + "| Go | Rust |\n| --- | --- |\n| Fast | Fast |\n"),
			[]string{`a.md:10: comparison table has 2 columns, want 3: a criterion column, then Go, Rust`}},
		{"comparison table out of order", withA(aBody + "| Criterion | rust | go |\n| --- | --- | --- |\n| Startup | Fast | Fast |\n"),
			[]string{`a.md:10: comparison table columns must be a criterion column, then Go, Rust, in that order`}},
		{"row with more cells than the header", withA(aBody + aTable[:len(aTable)-1] + "| Build | Fast | Slow | Extra |\n| Run | Fast | Fast |\n"),
			[]string{`a.md:13: table row has more cells than the header's 3`}},
		{"row with an extra empty cell", withA(aBody + "| Name | Year |\n| --- | --- |\n| Go | 2009 | |\n"),
			[]string{`a.md:12: table row has more cells than the header's 2`}},

		// pack.yaml and the list of sections.
		{"listed section missing", withManifest(manifest + "  - c.md\n"),
			[]string{`pack.yaml:8: section file "c.md" not found`}},
		{"section not listed", func(m fstest.MapFS) {
			m["more/c.md"] = file("---\nid: c\ntitle: C\nkind: guide\n---\n")
			m["more/README.md"] = file("# Read me\n")
			m["README.md"] = file("# Read me\n")
		}, []string{
			`more/README.md: not listed under sections in pack.yaml`,
			`more/README.md:1: no front matter: a section file starts with a "---" line, then id, title and kind, then "---"`,
			`more/c.md: not listed under sections in pack.yaml`,
		}},
		// Without pack.yaml, the folder is plain markdown: it opens.
		{"pack.yaml missing", func(m fstest.MapFS) { delete(m, "pack.yaml") }, nil},
		{"pack.yaml invalid", withManifest(strings.Replace(manifest, "[Go, Rust]", "[Go, Rust", 1)),
			[]string{`pack.yaml:3: invalid YAML: did not find expected ',' or ']'`}},
		{"pack.yaml empty", withManifest("# nothing yet\n"),
			[]string{`pack.yaml: empty manifest; it needs title, summary, subjects, as_of, sections`}},
		{"pack.yaml unknown key", withManifest(strings.Replace(manifest, "summary:", "sumary:", 1)),
			[]string{
				`pack.yaml: missing key "summary"`,
				`pack.yaml:2: unknown key "sumary"; the keys are title, summary, subjects, as_of, sections`,
			}},
		{"pack.yaml repeated key", withManifest(manifest + "title: Again\n"),
			[]string{`pack.yaml:8: key "title" repeated (first at line 1)`}},
		{"one subject", withManifest(strings.Replace(manifest, "[Go, Rust]", "[Go]", 1)),
			[]string{`pack.yaml:3: subjects needs at least two distinct names, got 1`}},
		{"repeated subject", withManifest(strings.Replace(manifest, "[Go, Rust]", "[Go, go]", 1)),
			[]string{
				`pack.yaml:3: subject "go" listed twice`,
				`pack.yaml:3: subjects needs at least two distinct names, got 1`,
			}},
		{"bad as_of", withManifest(strings.Replace(manifest, "2025-06-01", "2025-13-01", 1)),
			[]string{`pack.yaml:4: as_of must be a date written YYYY-MM-DD, got "2025-13-01"`}},
		{"as_of not a date", withManifest(strings.Replace(manifest, "2025-06-01", "June 2025", 1)),
			[]string{`pack.yaml:4: as_of must be a date written YYYY-MM-DD, got "June 2025"`}},
		{"section listed twice", withManifest(manifest + "  - ./a.md\n"),
			[]string{`pack.yaml:8: section "./a.md" listed twice (first at line 6)`}},
		{"section outside the pack", withManifest(manifest + "  - ../c.md\n"),
			[]string{`pack.yaml:8: section path "../c.md" must be relative to pack.yaml and inside the pack`}},
		{"section not markdown", withManifest(manifest + "  - notes.txt\n"),
			[]string{`pack.yaml:8: section "notes.txt" is not a markdown file (.md, .markdown)`}},
		{"sections not a list", withManifest(strings.Replace(manifest, "sections:\n  - a.md\n  - b.md\n", "sections: a.md\n", 1)),
			[]string{`pack.yaml:5: sections must be a list of file paths, one per line after "- "`}},

		// Limits and file types.
		{"file too large", func(m fstest.MapFS) {
			m["b.md"] = &fstest.MapFile{Data: make([]byte, MaxFileSize+1)}
		}, []string{fmt.Sprintf("b.md: file is larger than 1 MiB (%d bytes); not read", MaxFileSize+1)}},
		{"pack too large", func(m fstest.MapFS) {
			data := make([]byte, MaxFileSize) // shared: the test stays small
			for i := range MaxPackSize/MaxFileSize + 1 {
				m[fmt.Sprintf("big/%03d.md", i)] = &fstest.MapFile{Data: data}
			}
		}, []string{".: pack holds more than 64 MiB of markdown and YAML; versus refuses packs this large"}},
		{"too many files", func(m fstest.MapFS) {
			for i := range MaxFiles {
				m[fmt.Sprintf("many/%05d.txt", i)] = file("")
			}
		}, []string{".: more than 20000 files and folders; versus refuses packs this large"}},
		{"folders too deep", func(m fstest.MapFS) {
			m["1/2/3/4/5/6/7/8/ok.txt"] = file("")
			m["1/2/3/4/5/6/7/8/9/deep.md"] = file("")
		}, []string{"1/2/3/4/5/6/7/8/9: folder nested deeper than 8 levels; not read"}},
		{"symbolic link", func(m fstest.MapFS) {
			m["b.md"] = &fstest.MapFile{Data: []byte("a.md"), Mode: fs.ModeSymlink | 0o777}
		}, []string{"b.md: symbolic link; versus never follows links"}},
		{"named pipe", func(m fstest.MapFS) {
			m["pipe.md"] = &fstest.MapFile{Mode: fs.ModeNamedPipe | 0o644}
		}, []string{"pipe.md: named pipe, not a regular file; not read"}},
		{"device", func(m fstest.MapFS) {
			m["null.md"] = &fstest.MapFile{Mode: fs.ModeDevice | fs.ModeCharDevice | 0o644}
		}, []string{"null.md: character device, not a regular file; not read"}},
		{"pack.yaml is a symbolic link", func(m fstest.MapFS) {
			m["pack.yaml"] = &fstest.MapFile{Data: []byte("other.yaml"), Mode: fs.ModeSymlink | 0o777}
		}, []string{"pack.yaml: symbolic link; versus never follows links"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := basePack()
			tt.edit(m)
			equalLines(t, problemStrings(t, m), tt.want)
		})
	}
}
