package assets_test

import (
	"errors"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/versus-dev/versus/assets"
	"github.com/versus-dev/versus/knowledge"
	"github.com/versus-dev/versus/knowledge/search"
)

// loadPack loads the embedded default pack and fails the test, listing every
// problem with its file and line, if the pack does not load clean.
func loadPack(t *testing.T) *knowledge.Pack {
	t.Helper()
	p, err := knowledge.Load(assets.Pack())
	if err != nil {
		var probs knowledge.Problems
		if errors.As(err, &probs) {
			for _, pr := range probs {
				t.Errorf("pack problem: %s", pr)
			}
			t.FailNow()
		}
		t.Fatalf("loading the default pack: %v", err)
	}
	return p
}

func TestPackLoadsClean(t *testing.T) {
	p := loadPack(t)
	if p.Title != "Node.js vs Python" {
		t.Errorf("title = %q, want %q", p.Title, "Node.js vs Python")
	}
	if want := []string{"Node.js", "Python"}; !slices.Equal(p.Subjects, want) {
		t.Errorf("subjects = %q, want %q", p.Subjects, want)
	}
	// The pack promises to be current to its as_of date; the corrections
	// and release lines in it were checked in December 2026.
	if p.AsOf < "2026-12-01" || !regexp.MustCompile(`^\d{4}-\d\d-\d\d$`).MatchString(p.AsOf) {
		t.Errorf("as_of = %q, want a date no earlier than 2026-12-01", p.AsOf)
	}
	if strings.TrimSpace(p.Summary) == "" {
		t.Error("pack summary is empty")
	}
}

// TestSectionOrder checks the reading order a user sees in the section
// list: the article's order, overview first, FAQ and references last.
func TestSectionOrder(t *testing.T) {
	p := loadPack(t)
	var ids []string
	for _, s := range p.Sections {
		ids = append(ids, s.ID)
	}
	want := []string{
		"overview", "origins",
		"scalability", "learning-curve", "architecture", "performance",
		"ecosystem", "community", "integration", "domains", "debugging",
		"data-processing", "async", "memory", "deployment", "security",
		"testing", "desktop-mobile", "ai-ml", "iot",
		"node-use-cases", "python-use-cases", "choosing",
		"getting-started", "concurrency", "types", "tooling", "versions", "adopters",
		"future", "takeaways", "conclusion", "faq", "references",
	}
	if !slices.Equal(ids, want) {
		t.Errorf("section order:\n got %q\nwant %q", ids, want)
	}
	kinds := map[string]knowledge.Kind{"faq": knowledge.KindFAQ, "references": knowledge.KindReference}
	for id, k := range kinds {
		if s := p.Section(id); s == nil || s.Kind != k {
			t.Errorf("section %q should exist with kind %q", id, k)
		}
	}
}

func TestAspectsNumberedWithComparisonTables(t *testing.T) {
	p := loadPack(t)
	aspects := p.Aspects()
	if len(aspects) != 18 {
		t.Fatalf("got %d aspects, want 18", len(aspects))
	}
	for i, s := range aspects {
		if s.Number != i+1 {
			t.Errorf("aspect %d in pack order (%s) has number %d", i+1, s.ID, s.Number)
		}
		if n := sentences(s.Summary); n < 2 || n > 3 {
			t.Errorf("%s: summary has %d sentences, want 2 or 3: %q", s.ID, n, s.Summary)
		}
		if len(s.Aliases) == 0 || len(s.Tags) == 0 {
			t.Errorf("%s: needs aliases and tags for search", s.ID)
		}
		tables := s.ComparisonTables()
		if len(tables) == 0 {
			t.Errorf("%s: no comparison table", s.ID)
			continue
		}
		tb := tables[0]
		if len(tb.Header) != 3 || tb.Header[1] != "Node.js" || tb.Header[2] != "Python" {
			t.Errorf("%s: comparison header = %q, want a criterion then Node.js, Python", s.ID, tb.Header)
		}
		if len(tb.Rows) < 3 {
			t.Errorf("%s: comparison table has %d rows, want at least 3", s.ID, len(tb.Rows))
		}
		for _, row := range tb.Rows {
			if len(row) != 3 || slices.Contains(row, "") {
				t.Errorf("%s: comparison row with a missing cell: %q", s.ID, row)
			}
		}
		if !hasInternalLink(s) {
			t.Errorf("%s: links to no related section", s.ID)
		}
	}
}

// sentences counts sentence ends: '.', '!' or '?' followed by a space or
// the end of the text.
func sentences(s string) int {
	return len(regexp.MustCompile(`[.!?](\s|$)`).FindAllString(strings.TrimSpace(s), -1))
}

func hasInternalLink(s *knowledge.Section) bool {
	for _, l := range s.Links {
		if l.Target != "" && l.Target != s.ID {
			return true
		}
	}
	return false
}

func TestFAQHasSevenAnsweredQuestions(t *testing.T) {
	p := loadPack(t)
	faq := p.FAQ()
	if len(faq) != 7 {
		t.Fatalf("got %d FAQ entries, want 7", len(faq))
	}
	for _, e := range faq {
		if !strings.HasSuffix(e.Question, "?") {
			t.Errorf("FAQ heading %q is not a question", e.Question)
		}
		if len(strings.Fields(e.Answer)) < 30 {
			t.Errorf("FAQ %q: answer too short to be complete: %q", e.Question, e.Answer)
		}
	}
}

func TestInternalLinksResolve(t *testing.T) {
	p := loadPack(t)
	internal := 0
	for _, s := range p.Sections {
		for _, l := range s.Links {
			u, err := url.Parse(l.Dest)
			if err == nil && u.Scheme != "" {
				continue // external: not checked
			}
			internal++
			if l.Target == "" {
				t.Errorf("%s:%d: relative link %q resolves to no section", s.File, l.Line, l.Dest)
				continue
			}
			target := p.Section(l.Target)
			if target == nil {
				t.Errorf("%s:%d: link %q targets unknown section %q", s.File, l.Line, l.Dest, l.Target)
				continue
			}
			if l.Anchor != "" && !slices.ContainsFunc(target.Headings, func(h knowledge.Heading) bool { return h.Anchor == l.Anchor }) {
				t.Errorf("%s:%d: link %q: %s has no heading with anchor %q", s.File, l.Line, l.Dest, target.File, l.Anchor)
			}
		}
	}
	// The pack is meant to be read by following links; a loader that
	// stopped reporting them would make this test pass vacuously.
	if internal < 60 {
		t.Errorf("found %d internal links, want at least 60", internal)
	}
}

// TestAccuracyNotesCiteListedSources checks that every section carrying an
// accuracy note is linked from the references, and that the references
// list the documents the notes rely on.
func TestAccuracyNotesCiteListedSources(t *testing.T) {
	p := loadPack(t)
	refs := p.Section("references")
	if refs == nil {
		t.Fatal("no references section")
	}
	for _, src := range []string{
		"peps.python.org/pep-0703", "peps.python.org/pep-0779",
		"docs.python.org/3/whatsnew/3.13", "docs.python.org/3/whatsnew/3.12",
		"peps.python.org/pep-3156", "peps.python.org/pep-0492",
		"pypi.org", "npmjs.com", "nose.readthedocs.io", "docs.nose2.io",
		"nodejs.org/api/worker_threads", "nodejs.org/api/typescript",
		"nodejs.org/api/test", "nodejs.org/api/cli", "nodejs.org/api/deprecations",
		"nodejs.org/en/learn/getting-started/debugging",
		"survey.stackoverflow.co/2022",
	} {
		if !strings.Contains(refs.Body, src) {
			t.Errorf("references do not list %s", src)
		}
	}
	for _, s := range p.Sections {
		if !strings.Contains(s.Body, "**Accuracy note:**") {
			continue
		}
		if s.ID == "references" {
			continue
		}
		cited := slices.ContainsFunc(refs.Links, func(l knowledge.Link) bool { return l.Target == s.ID })
		// Sections that only point to another section's note need no entry.
		if !cited && !pointsToNote(s) {
			t.Errorf("%s has an accuracy note but the references do not point to it", s.ID)
		}
	}
}

func pointsToNote(s *knowledge.Section) bool {
	return slices.ContainsFunc(s.Links, func(l knowledge.Link) bool {
		return l.Anchor == "accuracy-notes" && l.Target != s.ID
	})
}

// TestAdoptersNameEveryCompany guards the honest-gap rule: the article's
// table lost some company names, and a row is kept only when the name could
// be recovered from the article itself.
func TestAdoptersNameEveryCompany(t *testing.T) {
	p := loadPack(t)
	s := p.Section("adopters")
	if s == nil {
		t.Fatal("no adopters section")
	}
	var companies []string
	for _, tb := range s.Tables {
		if len(tb.Header) == 0 || tb.Header[0] != "Company" {
			continue
		}
		for _, row := range tb.Rows {
			if len(row) == 0 || strings.TrimSpace(row[0]) == "" {
				t.Errorf("adopters row without a company: %q", row)
				continue
			}
			companies = append(companies, row[0])
		}
	}
	for _, want := range []string{"Netflix", "LinkedIn", "Google", "Instagram", "PayPal"} {
		if !slices.ContainsFunc(companies, func(c string) bool { return strings.HasPrefix(c, want) }) {
			t.Errorf("adopters table lacks %s", want)
		}
	}
	if !strings.Contains(s.Body, "introduction") {
		t.Error("adopters should say that recovered names come from the article's introduction")
	}
}

// TestNoSentenceCopiedFromSource runs the team's seedcheck tool, when it is
// present, over the assets folder: the pack may reuse the source article's
// facts but none of its sentences.
func TestNoSentenceCopiedFromSource(t *testing.T) {
	tool, err := filepath.Abs(filepath.Join("..", "..", "shared", "tools", "seedcheck"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(tool); err != nil {
		t.Skipf("seedcheck not available: %v", err)
	}
	if _, err := exec.LookPath("python3"); err != nil {
		t.Skip("seedcheck needs python3")
	}
	out, err := exec.Command(tool, ".").CombinedOutput()
	if len(out) > 0 || err != nil {
		t.Errorf("seedcheck found copied wording (%v):\n%s", err, out)
	}
}

// TestSearchFindsDistinctiveTerms checks that a reader who searches for a
// tool, library, company or concept named in the article lands on the
// section that explains it.
func TestSearchFindsDistinctiveTerms(t *testing.T) {
	p := loadPack(t)
	idx := search.New(p)
	cases := []struct{ query, want string }{
		{"GIL", "scalability"},
		{"Global Interpreter Lock", "scalability"},
		{"PEP 703", "scalability"},
		{"PEP 779", "scalability"},
		{"free-threaded", "scalability"},
		{"multiprocessing", "scalability"},
		{"callback hell", "learning-curve"},
		{"restaurant analogy", "architecture"},
		{"PyPy", "performance"},
		{"Cython", "performance"},
		{"npm", "ecosystem"},
		{"PyPI", "ecosystem"},
		{"Django", "ecosystem"},
		{"Express.js", "ecosystem"},
		{"pip", "ecosystem"},
		{"Express", "ecosystem"},
		{"NestJS", "ecosystem"},
		{"Koa", "ecosystem"},
		{"Flask", "ecosystem"},
		{"FastAPI", "ecosystem"},
		{"NumPy", "ecosystem"},
		{"Socket.io", "ecosystem"},
		{"PyCon", "community"},
		{"Jupyter Notebook", "integration"},
		{"Angular", "integration"},
		{"React", "integration"},
		{"C/C++", "integration"},
		{"REST", "integration"},
		{"RabbitMQ", "integration"},
		{"hybrid stack", "integration"},
		{"game development", "domains"},
		{"Node Inspector", "debugging"},
		{"VS Code Debugger", "debugging"},
		{"Chrome DevTools", "debugging"},
		{"Pandas", "data-processing"},
		{"Dask", "data-processing"},
		{"event loop", "async"},
		{"asyncio", "async"},
		{"promises", "async"},
		{"memory footprint", "memory"},
		{"Heroku", "deployment"},
		{"Vercel", "deployment"},
		{"Docker", "deployment"},
		{"Bandit", "security"},
		{"Mocha", "testing"},
		{"Jest", "testing"},
		{"Chai", "testing"},
		{"pytest", "testing"},
		{"unittest", "testing"},
		{"nose", "testing"},
		{"nose2", "testing"},
		{"node:test", "testing"},
		{"Electron", "desktop-mobile"},
		{"Tkinter", "desktop-mobile"},
		{"PyQt", "desktop-mobile"},
		{"PyTorch", "ai-ml"},
		{"Scikit-learn", "ai-ml"},
		{"TensorFlow", "ai-ml"},
		{"Raspberry Pi", "iot"},
		{"Azure Functions", "deployment"},
		{"AWS Lambda", "deployment"},
		{"serverless", "deployment"},
		{"Slack", "node-use-cases"},
		{"Discord", "node-use-cases"},
		{"MVP", "python-use-cases"},
		{"Netflix", "adopters"},
		{"Google", "adopters"},
		{"PayPal", "adopters"},
		{"Instagram", "adopters"},
		{"LinkedIn", "adopters"},
		{"worker_threads", "future"},
		{"TypeScript", "future"},
		{"type stripping", "future"},
		{"quantum computing", "future"},
		{"Guido", "origins"},
		{"Ryan Dahl", "origins"},
		{"Simform", "origins"},
		{"Andy Chen", "origins"},
		{"V8", "origins"},
		{"Django Channels", "faq"},
		{"Tornado", "faq"},
		{"WebSockets", "faq"},
		{"multiplayer", "faq"},
		// Terms the December 2026 corrections brought in.
		{"uvloop", "architecture"},
		{"libuv", "architecture"},
		{"subinterpreters", "scalability"},
		{"PEP 734", "scalability"},
		{"PEP 744", "performance"},
		{"PyO3", "performance"},
		{"idle process", "memory"},
		{"per-connection", "memory"},
		{"PEP 768", "debugging"},
		{"debugpy", "debugging"},
		{"pdb", "debugging"},
		{"Polars", "data-processing"},
		{"TaskGroup", "async"},
		{"uv", "ecosystem"},
		{"pnpm", "ecosystem"},
		{"Poetry", "ecosystem"},
		{"Docker Hub", "deployment"},
		{"Shai-Hulud", "security"},
		{"trusted publishing", "security"},
		{"pip-audit", "security"},
		{"npm audit", "security"},
		{"permission model", "security"},
		{"Vitest", "testing"},
		{"coverage.py", "testing"},
		{"React Native", "desktop-mobile"},
		{"BeeWare", "desktop-mobile"},
		{"TensorFlow.js", "ai-ml"},
		{"ONNX Runtime", "ai-ml"},
		{"MicroPython", "iot"},
		{"Node-RED", "iot"},
		{"Node-API", "integration"},
		{"mypy", "learning-curve"},
		{"OpenJS Foundation", "community"},
		{"require(esm)", "future"},
		{"release schedule", "future"},
		{"Node.js 27", "future"},
		{"Java backend", "adopters"},
		{"python-socketio", "faq"},
		{"Stack Overflow Developer Survey", "references"},
		{"GeeksforGeeks", "references"},
		{"Kinsta", "references"},
	}
	for _, c := range cases {
		hits := idx.Search(c.query, 5)
		if len(hits) == 0 {
			t.Errorf("search %q: no hits, want %s first", c.query, c.want)
			continue
		}
		if hits[0].SectionID != c.want {
			var got []string
			for _, h := range hits {
				got = append(got, h.SectionID)
			}
			t.Errorf("search %q: first hit %s, want %s (hits %q)", c.query, hits[0].SectionID, c.want, got)
		}
	}
}

// TestComparisonCellsSayWhatIsTrue guards the rule that a table cell names
// a real tool or fact: where the article named nothing, the pack looked one
// up instead of printing a placeholder.
func TestComparisonCellsSayWhatIsTrue(t *testing.T) {
	p := loadPack(t)
	placeholder := regexp.MustCompile(`(?i)^(none|n/a|-|none named|none given|not discussed.*|unknown)$`)
	for _, s := range p.Sections {
		for _, tb := range s.ComparisonTables() {
			for _, row := range tb.Rows {
				for _, cell := range row[1:] {
					if placeholder.MatchString(strings.TrimSpace(cell)) {
						t.Errorf("%s: row %q has a placeholder cell %q", s.ID, row[0], cell)
					}
				}
			}
		}
	}
}

// TestAccuracyNotesNameASource checks that every correction says where it
// comes from: a link, a named source, or a pointer to the section that
// carries the sourced note.
func TestAccuracyNotesNameASource(t *testing.T) {
	p := loadPack(t)
	notes := 0
	for _, s := range p.Sections {
		for _, note := range accuracyNotes(s.Body) {
			notes++
			if !strings.Contains(note, "Source") && !strings.Contains(note, "](") {
				t.Errorf("%s: accuracy note names no source: %q", s.ID, note)
			}
		}
	}
	// The pack corrects the article in many places; far fewer notes would
	// mean the loader or this scan lost them.
	if notes < 30 {
		t.Errorf("found %d accuracy notes, want at least 30", notes)
	}
}

// accuracyNotes returns the text of each "> **Accuracy note:**" blockquote
// in body, joined into one line per note.
func accuracyNotes(body string) []string {
	var notes []string
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			notes = append(notes, strings.Join(cur, " "))
			cur = nil
		}
	}
	for _, line := range strings.Split(body, "\n") {
		switch {
		case strings.HasPrefix(line, "> **Accuracy note:**"):
			flush()
			cur = []string{strings.TrimPrefix(line, "> ")}
		case strings.HasPrefix(line, "> ") && cur != nil:
			cur = append(cur, strings.TrimPrefix(line, "> "))
		default:
			flush()
		}
	}
	flush()
	return notes
}
