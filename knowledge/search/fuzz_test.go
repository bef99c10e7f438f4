package search_test

import (
	"context"
	"reflect"
	"strings"
	"testing"

	"github.com/versus-dev/versus/knowledge"
	"github.com/versus-dev/versus/knowledge/search"
)

// FuzzSearch runs arbitrary queries on the hand-built pack: no panic, and
// every hit keeps the API's promises (see checkHits). A session fed the
// same queries one after another returns the same hits.
func FuzzSearch(f *testing.F) {
	for _, q := range []string{
		"concurrency", "event loop", "socket.io", "C/C++", "async/await", "PEP 703", "café",
		"東京", "evloop", "perf", "gil optional", "c++", "\xff", "a\x00b", "ﬂame", "ｇｉｌ", "e\u0301v",
		"\"node js\"", "node.js.", "...", strings.Repeat("ab ", 50),
		"pyhton", "flamegrpah", "eventloop", "type script", "threads", "zzqq flame", "^L l",
	} {
		f.Add(q)
	}
	ix := search.New(handPack())
	s := ix.NewSession()
	f.Fuzz(func(t *testing.T, q string) {
		hits := ix.Search(q, 10)
		checkHits(t, q, 10, hits)
		got, err := s.Search(context.Background(), q, 10)
		if err != nil {
			t.Fatalf("Session.Search(%q): %v", q, err)
		}
		if !reflect.DeepEqual(got, hits) {
			t.Errorf("Session.Search(%q) differs from Index.Search:\nsession:%s\nindex:%s", q, describe(got), describe(hits))
		}
		// Suggestions come only for a query finding nothing, and each
		// finds something.
		sugg := ix.Suggest(q, 0)
		if len(hits) > 0 && sugg != nil || len(sugg) > search.MaxSuggestions {
			t.Errorf("Suggest(%q) = %q with %d hits", q, sugg, len(hits))
		}
		for _, sq := range sugg {
			if len(ix.Search(sq, 1)) == 0 {
				t.Errorf("Suggest(%q) offers %q, which finds nothing", q, sq)
			}
		}
	})
}

// FuzzIndex indexes arbitrary section text (markdown body, title, tag)
// and searches it with words taken from it: no panic, valid hits.
func FuzzIndex(f *testing.F) {
	f.Add("Title", "tag", "# Head\n\nSome *body* with [a link](x.md) and `code`.\n\n| a | b |\n| - | - |\n| 1 | 2 |\n", "body")
	f.Add("Ünïcödé", "C++", "```go\nfunc main() {}\n```\n\n> quote\n\n- item one\n- item two\n", "item")
	f.Add("x", "", "<div>html</div>\n\n&amp; &#1234; \\*not em\\*\n\nSetext\n===\n", "setext")
	f.Add("ﬁle ½", "東京", "Ａｂｃ e\u0301 \x1b[0m \r\n\u2028 end", "ﬁ")
	f.Add("ﬁle", "", "ﬁle", "f")
	f.Add("ﬁle", "", "", "fle")
	f.Fuzz(func(t *testing.T, title, tag, body, query string) {
		p := &knowledge.Pack{Sections: []*knowledge.Section{{
			ID: "s", Title: title, Kind: knowledge.KindAspect, Tags: []string{tag}, Body: body,
			Summary: body, Aliases: []string{body},
			Tables: []knowledge.Table{{Rows: [][]string{{title, tag, body}}}},
			FAQ:    []knowledge.FAQEntry{{Question: title, Answer: body}},
		}}}
		ix := search.New(p)
		for _, q := range append(strings.Fields(body), query, title, tag) {
			checkHits(t, q, 5, ix.Search(q, 5))
		}
	})
}
