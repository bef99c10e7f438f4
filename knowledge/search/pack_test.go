package search_test

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/versus-dev/versus/knowledge"
	"github.com/versus-dev/versus/knowledge/search"
	"github.com/versus-dev/versus/knowledge/typo"
	"golang.org/x/text/unicode/norm"
)

// handPack builds, by hand, a small pack with one thing of each kind the
// search must find: titles, aliases, tags, summaries, bodies with
// headings, comparison tables, FAQ questions and answers, punctuation-
// bearing terms, accents and CJK text.
func handPack() *knowledge.Pack {
	faqBody := "## Is Node.js faster than Python?\n\n" +
		"For work bound by input and output, usually; CPU-heavy code is another story.\n\n" +
		"## Can I use both in one product?\n\n" +
		"Yes: let them talk over a message queue such as RabbitMQ.\n"
	return &knowledge.Pack{
		Title:    "Node.js vs Python",
		Subjects: []string{"Node.js", "Python"},
		Sections: []*knowledge.Section{
			{
				ID: "overview", Title: "Overview", Kind: knowledge.KindOverview,
				Aliases: []string{"at a glance"},
				Tags:    []string{"introduction"},
				Summary: "Two **runtimes** compared, aspect by aspect.",
				Body: "# Overview\n\nNode.js is a JavaScript runtime; Python is a language.\n\n" +
					"## Origins\n\nRyan Dahl released Node.js in 2009. Guido van Rossum started Python in 1989.\n",
			},
			{
				ID: "concurrency", Title: "Concurrency model", Kind: knowledge.KindAspect, Number: 1,
				Aliases: []string{"event loop", "threads", "global interpreter lock (GIL)"},
				Tags:    []string{"GIL", "async/await", "PEP 703"},
				Summary: "One event loop against threads held back by a global lock.",
				Body: "## Node.js\n\nNode.js runs every callback on one event loop, so waiting on I/O never blocks it.\n\n" +
					"## Python\n\nCPython threads share the GIL.\n\nPEP 703 makes the GIL optional in a free-threaded build.\n\n" +
					"| Criterion | Node.js | Python |\n| --- | --- | --- |\n" +
					"| Concurrency model | Single-threaded event loop | Multi-threading limited by GIL |\n",
				Headings: []knowledge.Heading{{Level: 2, Text: "Node.js", Anchor: "nodejs"}, {Level: 2, Text: "Python", Anchor: "python"}},
				Tables: []knowledge.Table{{
					Header:     []string{"Criterion", "Node.js", "Python"},
					Rows:       [][]string{{"Concurrency model", "Single-threaded event loop", "Multi-threading limited by GIL"}},
					Comparison: true,
				}},
			},
			{
				ID: "performance", Title: "Performance", Kind: knowledge.KindAspect, Number: 2,
				Aliases: []string{"speed"},
				Tags:    []string{"V8", "JIT"},
				Summary: "V8 compiles JavaScript just in time; PyPy does the same for Python.",
				Body: "## Measuring\n\nProfile first: a flamegraph shows where the time goes. " +
					"Rust services built on tokio are a common yardstick.\n\n" +
					"## Engines\n\nThe V8 engine and PyPy both use a JIT compiler. Cython compiles to C.\n",
			},
			{
				ID: "ecosystem", Title: "Ecosystem and libraries", Kind: knowledge.KindAspect, Number: 3,
				Aliases: []string{"packages"},
				Tags:    []string{"npm", "PyPI", "Socket.io"},
				Body: "## Libraries\n\nSocket.io brings real-time messaging to Node.js. " +
					"Python binds C/C++ code through extension modules.\n\n" +
					"## Around the world\n\nThe Café Müller meetup in Zürich compares both. 東京 has a large community.\n",
			},
			{
				ID: "tooling", Title: "Token I/O tooling", Kind: knowledge.KindGuide,
				Body: "## Editors\n\nBoth have good editor support.\n",
			},
			{
				ID: "packaging", Title: "Packaging and deployment", Kind: knowledge.KindGuide,
				Tags: []string{"docker"},
				Body: "Ship either in a container. A concurrency limit on the host keeps costs down.\n",
			},
			{
				ID: "faq", Title: "Frequently asked questions", Kind: knowledge.KindFAQ,
				Body: faqBody,
				FAQ: []knowledge.FAQEntry{
					{
						Question: "Is Node.js faster than Python?", SectionID: "faq",
						Anchor: knowledge.Anchor("Is Node.js faster than Python?"),
						Answer: "For work bound by input and output, usually; CPU-heavy code is another story.\n",
					},
					{
						Question: "Can I use both in one product?", SectionID: "faq",
						Anchor: knowledge.Anchor("Can I use both in one product?"),
						Answer: "Yes: let them talk over a message queue such as RabbitMQ.\n",
					},
				},
			},
		},
	}
}

// checkHits fails t when hits break any promise of the API: snippets on
// one line and short; matches sorted, disjoint, on rune boundaries inside
// the snippet and holding query characters; dedupe and grouping rules;
// the limit.
func checkHits(t testing.TB, query string, limit int, hits []search.Hit) {
	t.Helper()
	if limit > 0 && len(hits) > limit {
		t.Errorf("%q: %d hits, limit %d", query, len(hits), limit)
	}
	// The engine reads an invalid byte as one U+FFFD, then goes on with the
	// next rune; norm would fold it together with the bytes after it.
	qchars := foldWord(strings.ToValidUTF8(query, "\uFFFD"))
	type key struct {
		sec    string
		field  search.Field
		anchor string
	}
	seen := map[key]bool{}
	perSec := map[string]int{}
	done := map[string]bool{} // sections whose group of hits has ended
	prevSec, prevBest := "", 0
	for i, h := range hits {
		if strings.ContainsAny(h.Snippet, "\n\r") {
			t.Errorf("%q: hit %d: snippet has a line break: %q", query, i, h.Snippet)
		}
		if n := utf8.RuneCountInString(h.Snippet); n > search.SnippetRunes {
			t.Errorf("%q: hit %d: snippet has %d runes: %q", query, i, n, h.Snippet)
		}
		if !utf8.ValidString(h.Snippet) {
			t.Errorf("%q: hit %d: snippet is not valid UTF-8: %q", query, i, h.Snippet)
		}
		if h.SectionID == "" || h.Field == "" {
			t.Errorf("%q: hit %d: missing section or field: %+v", query, i, h)
		}
		last := 0
		for _, m := range h.Matches {
			a, b := m[0], m[1]
			if a < last || a >= b || b > len(h.Snippet) {
				t.Errorf("%q: hit %d: bad match %v in %q (matches %v)", query, i, m, h.Snippet, h.Matches)
				break
			}
			if !utf8.RuneStart(h.Snippet[a]) || b < len(h.Snippet) && !utf8.RuneStart(h.Snippet[b]) {
				t.Errorf("%q: hit %d: match %v not on rune boundaries in %q", query, i, m, h.Snippet)
			}
			if w := foldWord(h.Snippet[a:b]); !fromQuery(w, qchars, query) {
				t.Errorf("%q: hit %d: matched %q is not from the query", query, i, h.Snippet[a:b])
			}
			last = b
		}
		k := key{h.SectionID, h.Field, h.Anchor}
		if seen[k] {
			t.Errorf("%q: two hits for %v", query, k)
		}
		seen[k] = true
		perSec[h.SectionID]++
		if perSec[h.SectionID] > search.MaxPerSection {
			t.Errorf("%q: more than %d hits for section %s", query, search.MaxPerSection, h.SectionID)
		}
		if h.SectionID != prevSec {
			if done[h.SectionID] {
				t.Errorf("%q: hits of section %s are not together", query, h.SectionID)
			}
			if prevSec != "" {
				done[prevSec] = true
				if h.Score > prevBest {
					t.Errorf("%q: section %s (best %d) after a section whose best is %d", query, h.SectionID, h.Score, prevBest)
				}
			}
			prevSec, prevBest = h.SectionID, h.Score
		} else if h.Score > prevBest {
			t.Errorf("%q: hit %d of section %s scores above the section's first hit", query, i, h.SectionID)
		}
	}
}

// fromQuery reports whether the folded matched text w comes from the
// query: its characters (folded as qchars), or a word of it mistyped
// (within two edits, or two edits of its start) or in another number.
func fromQuery(w, qchars, query string) bool {
	if strings.Contains(qchars, w) || search.IsSubsequence(w, qchars) {
		return true
	}
	valid := strings.ToValidUTF8(query, "\uFFFD")
	words := append(strings.FieldsFunc(valid, func(r rune) bool { return !isAlnum(r) && r != '+' && r != '#' }),
		strings.FieldsFunc(valid, func(r rune) bool { return !isAlnum(r) })...)
	for _, qw := range words {
		qw = foldWord(qw)
		if typo.Distance(w, qw, 2) <= 2 || typo.PrefixDistance(qw, w, 2) <= 2 {
			return true
		}
		// "libraries" for "library": a long common start.
		n := 0
		for n < len(w) && n < len(qw) && w[n] == qw[n] {
			n++
		}
		if n >= 3 && n >= min(len(w), len(qw))-3 {
			return true
		}
	}
	return false
}

// foldWord keeps the letters and digits of s, lower-cased and without
// accents, as a reference for what the search folds: "Café-Bar" gives
// "cafebar".
func foldWord(s string) string {
	var b strings.Builder
	for _, r := range norm.NFKD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case r == '+' || r == '#':
			b.WriteRune(r)
		case isAlnum(r):
			b.WriteString(strings.ToLower(strings.ToUpper(string(r))))
		}
	}
	return b.String()
}

func isAlnum(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}
