package assets_test

import (
	"net/url"
	"slices"
	"strings"
	"testing"

	"github.com/versus-dev/versus/knowledge"
	"github.com/versus-dev/versus/knowledge/search"
)

// guideIDs are the sections that go beyond the article: guides a 2026
// reader expects, each with a comparison table, code in both languages and
// its sources.
var guideIDs = []string{"getting-started", "concurrency", "types", "tooling", "versions"}

// TestGuidesCompareWithCodeAndSources checks what a reader of each new
// guide relies on: it is a guide (not a numbered aspect), it opens with a
// Node.js/Python table of at least three rows, it shows code for both
// platforms (for the tooling page, the manifests: package.json and
// pyproject.toml), and it ends with a list of the sources its facts were
// checked against.
func TestGuidesCompareWithCodeAndSources(t *testing.T) {
	p := loadPack(t)
	blocks := map[string][]codeBlock{}
	for _, b := range codeBlocks(p) {
		blocks[b.File] = append(blocks[b.File], b)
	}
	for _, id := range guideIDs {
		s := p.Section(id)
		if s == nil {
			t.Errorf("no section %q", id)
			continue
		}
		if s.Kind != knowledge.KindGuide || s.Number != 0 {
			t.Errorf("%s: kind %q number %d, want an unnumbered guide", id, s.Kind, s.Number)
		}
		if s.Title == "" || strings.TrimSpace(s.Summary) == "" || len(s.Aliases) == 0 || len(s.Tags) == 0 {
			t.Errorf("%s: needs a title, summary, aliases and tags", id)
		}
		tables := s.ComparisonTables()
		if len(tables) == 0 {
			t.Errorf("%s: no Node.js/Python comparison table", id)
		} else if tb := tables[0]; len(tb.Rows) < 3 || len(tb.Header) != 3 || tb.Header[1] != "Node.js" || tb.Header[2] != "Python" {
			t.Errorf("%s: first comparison table %q has %d rows, want Node.js, Python and 3+ rows", id, tb.Header, len(tb.Rows))
		}
		langs := map[string]bool{}
		for _, b := range blocks[s.File] {
			langs[b.Lang] = true
		}
		if !(langs["js"] || langs["ts"] || langs["json"]) || !(langs["python"] || langs["toml"]) {
			t.Errorf("%s: code blocks in %v, want code for each side: js, ts or json, and python or toml", id, keys(langs))
		}
		if n := sourceLinks(s); n < 5 {
			t.Errorf("%s: %d https links under a Sources heading, want at least 5", id, n)
		}
		if !hasInternalLink(s) {
			t.Errorf("%s: links to no other section", id)
		}
	}
	if s := p.Section("getting-started"); s != nil {
		langs := map[string]bool{}
		for _, b := range blocks[s.File] {
			langs[b.Lang] = true
		}
		if !langs["sh"] {
			t.Error("getting-started: no shell commands")
		}
	}
}

// sourceLinks counts the external links that follow the section's
// "Sources" heading.
func sourceLinks(s *knowledge.Section) int {
	start := -1
	for _, h := range s.Headings {
		if h.Text == "Sources" {
			start = h.Line
		}
	}
	if start < 0 {
		return 0
	}
	n := 0
	for _, l := range s.Links {
		if u, err := url.Parse(l.Dest); err == nil && u.Scheme == "https" && l.Line > start {
			n++
		}
	}
	return n
}

func keys(m map[string]bool) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

// TestSearchFindsGuideTerms checks that a reader searching for a tool,
// command or concept the guides explain finds the guide among the first
// three sections of the results. Several of these terms also belong to an
// aspect (pip-audit to security, TaskGroup to async), which may rightly
// rank first; the guide must still be one key away.
func TestSearchFindsGuideTerms(t *testing.T) {
	idx := search.New(loadPack(t))
	cases := []struct{ query, want string }{
		{"uv init", "getting-started"},
		{"node --watch", "getting-started"},
		{"npm init", "getting-started"},
		{"http.server", "getting-started"},
		{"ESLint", "getting-started"},
		{"Ruff", "getting-started"},
		{"InterpreterPoolExecutor", "concurrency"},
		{"TaskGroup", "concurrency"},
		{"asyncio.gather", "concurrency"},
		{"Promise.all", "concurrency"},
		{"uvloop", "concurrency"},
		{"subinterpreters", "concurrency"},
		{"pyright", "types"},
		{"erasableSyntaxOnly", "types"},
		{"experimental-transform-types", "types"},
		{"type hints", "types"},
		{"PEP 484", "types"},
		{"pip-audit", "tooling"},
		{"npm audit", "tooling"},
		{"trusted publishing", "tooling"},
		{"pylock.toml", "tooling"},
		{"pyproject.toml", "tooling"},
		{"Shai-Hulud", "tooling"},
		{"pnpm", "tooling"},
		{"Poetry", "tooling"},
		{"attestations", "tooling"},
		{"end of life", "versions"},
		{"PEP 602", "versions"},
		{"Maintenance LTS", "versions"},
		{"support windows", "versions"},
		{"Python 3.15", "versions"},
	}
	for _, c := range cases {
		var sections []string
		for _, h := range idx.Search(c.query, 50) {
			if !slices.Contains(sections, h.SectionID) {
				sections = append(sections, h.SectionID)
			}
		}
		if !slices.Contains(sections[:min(3, len(sections))], c.want) {
			t.Errorf("search %q: %s is not among the first three sections %q", c.query, c.want, sections)
		}
	}
}
