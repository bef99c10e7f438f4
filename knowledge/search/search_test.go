package search_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/versus-dev/versus/knowledge"
	"github.com/versus-dev/versus/knowledge/search"
)

func TestFirstHit(t *testing.T) {
	ix := search.New(handPack())
	tests := []struct {
		name    string
		query   string
		section string
		field   search.Field
		anchor  string
	}{
		{"title word", "concurrency", "concurrency", search.FieldTitle, ""},
		{"title beats body", "performance", "performance", search.FieldTitle, ""},
		{"alias equal to query", "event loop", "concurrency", search.FieldAlias, ""},
		{"alias", "speed", "performance", search.FieldAlias, ""},
		{"tag", "docker", "packaging", search.FieldTag, ""},
		{"summary", "runtimes", "overview", search.FieldSummary, ""},
		{"rare body word", "flamegraph", "performance", search.FieldBody, "measuring"},
		{"rare body word beats tight fuzzy title", "tokio", "performance", search.FieldBody, "measuring"},
		{"prefix of a title word", "perf", "performance", search.FieldTitle, ""},
		{"prefix of a body word", "flameg", "performance", search.FieldBody, "measuring"},
		{"more words beat a better field", "gil optional", "concurrency", search.FieldBody, "python"},
		{"table row", "multi-threading limited", "concurrency", search.FieldTable, ""},
		{"question", "is node.js faster", "faq", search.FieldQuestion, "is-nodejs-faster-than-python"},
		{"answer", "rabbitmq", "faq", search.FieldAnswer, "can-i-use-both-in-one-product"},
		{"dotted name", "Socket.io", "ecosystem", search.FieldTag, ""},
		{"dotted name without the dot", "socketio", "ecosystem", search.FieldTag, ""},
		{"dotted name, second part", "io", "tooling", search.FieldTitle, ""},
		{"slash", "async/await", "concurrency", search.FieldTag, ""},
		{"slash and plus", "C/C++", "ecosystem", search.FieldBody, "libraries"},
		{"plus", "c++", "ecosystem", search.FieldBody, "libraries"},
		{"number", "PEP 703", "concurrency", search.FieldTag, ""},
		{"number joined", "pep703", "concurrency", search.FieldTag, ""},
		{"upper case", "FLAMEGRAPH", "performance", search.FieldBody, "measuring"},
		{"accent in text", "cafe muller", "ecosystem", search.FieldBody, "around-the-world"},
		{"accent in query", "Zürich", "ecosystem", search.FieldBody, "around-the-world"},
		{"accent in query, none in text", "pýpí", "ecosystem", search.FieldTag, ""},
		{"han characters", "東京", "ecosystem", search.FieldBody, "around-the-world"},
		{"fuzzy abbreviation", "evloop", "concurrency", search.FieldAlias, ""},
		{"fuzzy across punctuation", "tokenio", "tooling", search.FieldTitle, ""},
		{"surrounding noise", "  ...flamegraph!!  ", "performance", search.FieldBody, "measuring"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			hits := ix.Search(tt.query, 10)
			checkHits(t, tt.query, 10, hits)
			if len(hits) == 0 {
				t.Fatalf("Search(%q): no hits", tt.query)
			}
			h := hits[0]
			if h.SectionID != tt.section || h.Field != tt.field || h.Anchor != tt.anchor {
				t.Errorf("Search(%q) first hit = %s/%s#%s %q, want %s/%s#%s\nall: %s",
					tt.query, h.SectionID, h.Field, h.Anchor, h.Snippet, tt.section, tt.field, tt.anchor, describe(hits))
			}
		})
	}
}

func describe(hits []search.Hit) string {
	var b strings.Builder
	for _, h := range hits {
		b.WriteString("\n  ")
		b.WriteString(h.SectionID + "/" + string(h.Field) + "#" + h.Anchor + " " + h.Snippet)
	}
	return b.String()
}

func TestMatchesHighlightQueryWords(t *testing.T) {
	ix := search.New(handPack())
	tests := []struct {
		query string
		want  []string // highlighted texts of the first hit
	}{
		{"flamegraph", []string{"flamegraph"}},
		{"flame", []string{"flame"}},
		{"socket.io", []string{"Socket.io"}},
		{"pep 703", []string{"PEP", "703"}},
		{"cafe", []string{"Café"}},
		{"evloop", []string{"ev", "loop"}},
		{"c++", []string{"C++"}},
	}
	for _, tt := range tests {
		hits := ix.Search(tt.query, 5)
		if len(hits) == 0 {
			t.Errorf("Search(%q): no hits", tt.query)
			continue
		}
		h := hits[0]
		var got []string
		for _, m := range h.Matches {
			got = append(got, h.Snippet[m[0]:m[1]])
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("Search(%q): first hit %q highlights %q, want %q", tt.query, h.Snippet, got, tt.want)
		}
	}
}

func TestTitleBeatsBody(t *testing.T) {
	// "concurrency" is the title of one section and a body word of another.
	hits := search.New(handPack()).Search("concurrency", 10)
	var order []string
	for _, h := range hits {
		order = append(order, h.SectionID+"/"+string(h.Field))
	}
	want := []string{"concurrency/title"}
	if len(order) == 0 || order[0] != want[0] {
		t.Fatalf("hits = %v, want the title first", order)
	}
	if !contains(order, "packaging/body") {
		t.Errorf("hits = %v, want the body match of packaging too", order)
	}
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

func TestNoHits(t *testing.T) {
	ix := search.New(handPack())
	for _, q := range []string{
		"", " ", "\t\n", "!!!", "…", "\x00", "\xff\xfe", "| --- |", "zzzzqqq", "qqq www",
	} {
		if hits := ix.Search(q, 10); hits != nil {
			t.Errorf("Search(%q) = %s, want nil", q, describe(hits))
		}
	}
}

func TestOddQueries(t *testing.T) {
	ix := search.New(handPack())
	huge := strings.Repeat("concurrency event loop ", 100000)
	for _, q := range []string{
		huge,
		strings.Repeat("a", 1<<20),
		"caf\xe9",            // Latin-1, not UTF-8
		"\xe6\x9d",           // a cut rune
		"flamegraph\x00",     // a NUL
		"\u0301\u0301flame",  // lone accents
		"ｆｌａｍｅｇｒａｐｈ",         // full-width letters
		"ﬂamegraph",          // a ligature
		"\x1b[31mflamegraph", // an escape sequence
		strings.Repeat("é", 500),
		"a b c d e f g h i j k l m n o p",
	} {
		hits := ix.Search(q, 10)
		checkHits(t, q, 10, hits)
	}
	// Width and ligature folding find the word.
	for _, q := range []string{"ｆｌａｍｅｇｒａｐｈ", "ﬂamegraph", "\x1b flamegraph"} {
		if hits := ix.Search(q, 1); len(hits) == 0 || hits[0].SectionID != "performance" {
			t.Errorf("Search(%q) = %s, want performance first", q, describe(hits))
		}
	}
}

func TestLimit(t *testing.T) {
	ix := search.New(handPack())
	all := ix.Search("node", search.MaxLimit)
	if len(all) < 4 {
		t.Fatalf("Search(node) found %d hits, want several", len(all))
	}
	for _, limit := range []int{1, 2, 3, len(all) - 1} {
		hits := ix.Search("node", limit)
		if len(hits) != limit {
			t.Errorf("limit %d: %d hits", limit, len(hits))
		}
		for i := range hits {
			if hits[i].SectionID != all[i].SectionID || hits[i].Field != all[i].Field || hits[i].Anchor != all[i].Anchor {
				t.Errorf("limit %d: hit %d = %s/%s, want %s/%s", limit, i, hits[i].SectionID, hits[i].Field, all[i].SectionID, all[i].Field)
			}
		}
	}
	if hits := ix.Search("node", 0); len(hits) != min(len(all), search.DefaultLimit) {
		t.Errorf("limit 0: %d hits, want %d", len(hits), min(len(all), search.DefaultLimit))
	}
}

func TestDedupe(t *testing.T) {
	// "gil" is in an alias, a tag, two paragraphs under one heading and a
	// table row of the concurrency section: one hit for its names (title,
	// aliases and tags together), one per other field and heading, three
	// at most.
	hits := search.New(handPack()).Search("gil", search.MaxLimit)
	checkHits(t, "gil", search.MaxLimit, hits)
	var got []string
	for _, h := range hits {
		if h.SectionID == "concurrency" {
			got = append(got, string(h.Field)+"#"+h.Anchor)
		}
	}
	want := []string{"tag#", "table#", "body#python"} // the tag reads exactly "GIL"
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("concurrency hits = %q, want %q:%s", got, want, describe(hits))
	}
}

func TestAnchors(t *testing.T) {
	ix := search.New(handPack())
	tests := []struct{ query, section, anchor string }{
		{"ryan dahl", "overview", "origins"},
		{"callback", "concurrency", "nodejs"},
		{"cpython", "concurrency", "python"},
		{"cpu-heavy", "faq", "is-nodejs-faster-than-python"},
	}
	for _, tt := range tests {
		hits := ix.Search(tt.query, 1)
		if len(hits) == 0 || hits[0].SectionID != tt.section || hits[0].Anchor != tt.anchor {
			t.Errorf("Search(%q) = %s, want %s#%s", tt.query, describe(hits), tt.section, tt.anchor)
		}
	}
}

func TestFAQBodyNotIndexedTwice(t *testing.T) {
	// The FAQ body repeats the questions and answers; they are indexed
	// once, as questions and answers.
	hits := search.New(handPack()).Search("rabbitmq", 10)
	for _, h := range hits {
		if h.Field == search.FieldBody {
			t.Errorf("FAQ answer text found as body: %s", describe(hits))
		}
	}
}

func TestLongBodySnippet(t *testing.T) {
	long := strings.Repeat("Filler words keep the reader busy for a while. ", 20) +
		"The needle sits here, deep in the paragraph. " +
		strings.Repeat("More filler follows the needle until the end. ", 20)
	p := &knowledge.Pack{Sections: []*knowledge.Section{{ID: "s", Title: "S", Kind: knowledge.KindGuide, Body: long}}}
	hits := search.New(p).Search("needle", 1)
	checkHits(t, "needle", 1, hits)
	if len(hits) != 1 {
		t.Fatalf("no hit")
	}
	h := hits[0]
	if !strings.HasPrefix(h.Snippet, search.Ellipsis) || !strings.HasSuffix(h.Snippet, search.Ellipsis) {
		t.Errorf("snippet %q is not cut at both ends", h.Snippet)
	}
	if len(h.Matches) == 0 || h.Snippet[h.Matches[0][0]:h.Matches[0][1]] != "needle" {
		t.Errorf("snippet %q, matches %v: want needle highlighted", h.Snippet, h.Matches)
	}
	inner := strings.TrimSuffix(strings.TrimPrefix(h.Snippet, search.Ellipsis), search.Ellipsis)
	if !strings.Contains(long, inner) {
		t.Errorf("snippet %q is not a piece of the text", inner)
	}
	// Whole words: the piece starts and ends at word boundaries.
	at := strings.Index(long, inner)
	if at > 0 && long[at-1] != ' ' || at+len(inner) < len(long) && long[at+len(inner)] != ' ' {
		t.Errorf("snippet %q cuts a word", inner)
	}
}

func TestCancelled(t *testing.T) {
	ix := search.New(handPack())
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if hits, err := ix.SearchContext(ctx, "node", 10); !errors.Is(err, context.Canceled) || hits != nil {
		t.Errorf("SearchContext on a cancelled context = %d hits, %v; want nil, context.Canceled", len(hits), err)
	}
	s := ix.NewSession()
	if hits, err := s.Search(ctx, "node", 10); !errors.Is(err, context.Canceled) || hits != nil {
		t.Errorf("Session.Search on a cancelled context = %d hits, %v; want nil, context.Canceled", len(hits), err)
	}
	// A cancelled search leaves the session usable.
	hits, err := s.Search(context.Background(), "node", 10)
	if err != nil || len(hits) == 0 {
		t.Errorf("Session.Search after a cancelled one = %d hits, %v", len(hits), err)
	}
}

func TestEmptyPack(t *testing.T) {
	for _, p := range []*knowledge.Pack{nil, {}, {Sections: []*knowledge.Section{{ID: "empty", Title: "", Kind: knowledge.KindGuide}}}} {
		ix := search.New(p)
		if hits := ix.Search("anything", 10); hits != nil {
			t.Errorf("empty pack: %s", describe(hits))
		}
		if _, err := ix.NewSession().Search(context.Background(), "any", 10); err != nil {
			t.Errorf("empty pack session: %v", err)
		}
	}
}

func TestFields(t *testing.T) {
	// overview: title, alias, tag, summary, 2 headings... counted by hand
	// would be brittle; check instead that every kind of field is there.
	ix := search.New(handPack())
	if ix.Fields() < 30 {
		t.Errorf("Fields() = %d, want every title, alias, tag, summary, block, row, question and answer", ix.Fields())
	}
	kinds := map[search.Field]bool{}
	for _, q := range []string{"concurrency", "event loop", "gil", "runtimes", "limited", "faster", "rabbitmq", "callback"} {
		for _, h := range ix.Search(q, search.MaxLimit) {
			kinds[h.Field] = true
		}
	}
	for _, f := range []search.Field{search.FieldTitle, search.FieldAlias, search.FieldTag, search.FieldSummary,
		search.FieldTable, search.FieldQuestion, search.FieldAnswer, search.FieldBody} {
		if !kinds[f] {
			t.Errorf("no hit of field %s", f)
		}
	}
}

// countdown is a context that reports itself cancelled from its n-th look
// on, to cancel a search at each point where it checks.
type countdown struct {
	context.Context
	n int
}

func (c *countdown) Err() error {
	if c.n <= 0 {
		return context.Canceled
	}
	c.n--
	return nil
}

func TestCancelledMidway(t *testing.T) {
	ix := search.New(handPack())
	want := ix.Search("gil optional", 10)
	cancelledSome := false
	for n := 0; n < 50; n++ {
		hits, err := ix.SearchContext(&countdown{context.Background(), n}, "gil optional", 10)
		switch {
		case errors.Is(err, context.Canceled):
			cancelledSome = true
			if hits != nil {
				t.Errorf("cancelled after %d checks: %d hits with the error", n, len(hits))
			}
		case err != nil:
			t.Errorf("cancelled after %d checks: %v", n, err)
		default:
			checkHits(t, "gil optional", 10, hits)
			if describe(hits) != describe(want) {
				t.Errorf("after %d checks: hits differ from an uncancelled search", n)
			}
		}
	}
	if !cancelledSome {
		t.Error("the search never noticed the cancellation")
	}
}

func TestConcurrentSearch(t *testing.T) {
	// An Index is shared by the TUI and the CLI: searches may overlap.
	ix := search.New(handPack())
	queries := []string{"gil", "event loop", "socket.io", "evloop", "cafe", "perf", "node"}
	want := map[string]string{}
	for _, q := range queries {
		want[q] = describe(ix.Search(q, 10))
	}
	done := make(chan struct{})
	for w := 0; w < 4; w++ {
		go func() {
			defer func() { done <- struct{}{} }()
			for i := 0; i < 50; i++ {
				q := queries[(i+w)%len(queries)]
				if got := describe(ix.Search(q, 10)); got != want[q] {
					t.Errorf("concurrent Search(%q) differs", q)
					return
				}
			}
		}()
	}
	for w := 0; w < 4; w++ {
		<-done
	}
}
