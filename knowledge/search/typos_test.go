package search_test

import (
	"testing"

	"github.com/versus-dev/versus/assets"
	"github.com/versus-dev/versus/knowledge"
	"github.com/versus-dev/versus/knowledge/search"
)

// TestFindsWhatWasMeant types queries the way people do (a letter missing,
// two swapped, words run together or split, a plural) over the built-in
// pack and checks that the section meant comes among the first three.
// The sections are the numbered aspects, the FAQ and the overview, whose
// ids every version of the pack keeps.
func TestFindsWhatWasMeant(t *testing.T) {
	ix := search.New(loadDefaultPack(t))
	tests := []struct {
		kind, query, want string
	}{
		// A letter missing, one too many or wrong.
		{"missing", "perfomance", "performance"},
		{"missing", "scalabilty", "scalability"},
		{"missing", "concurency", "scalability"},
		{"missing", "debuging", "debugging"},
		{"missing", "securty", "security"},
		{"missing", "asynchronus", "async"},
		{"missing", "comunity", "community"},
		{"missing", "integraton", "integration"},
		{"missing", "architecure", "architecture"},
		{"missing", "lerning curve", "learning-curve"},
		{"missing", "machine lerning", "ai-ml"},
		{"missing", "embeded", "iot"},
		{"missing", "testng", "testing"},
		{"extra", "deployement", "deployment"},
		{"extra", "memorry", "memory"},
		{"wrong", "ecosistem", "ecosystem"},
		{"wrong", "extensibilaty", "integration"},
		// Two letters swapped.
		{"swap", "memroy", "memory"},
		{"swap", "perofrmance", "performance"},
		{"swap", "secuirty", "security"},
		{"swap", "debguging", "debugging"},
		{"swap", "scalabiltiy", "scalability"},
		// Two edits in a long word.
		{"two edits", "perfromanse", "performance"},
		{"two edits", "archtecure", "architecture"},
		// Run together.
		{"run together", "eventloop", "async"},
		{"run together", "learningcurve", "learning-curve"},
		{"run together", "machinelearning", "ai-ml"},
		{"run together", "dataprocessing", "data-processing"},
		{"run together", "bigdata", "data-processing"},
		{"run together", "errorhandling", "debugging"},
		{"run together", "nonblocking", "async"},
		// Split apart.
		{"split", "stack overflow", "community"},
		{"split", "frame works", "ecosystem"},
		{"split", "desk top", "desktop-mobile"},
		// Plurals and singulars.
		{"plural", "frameworks", "ecosystem"},
		{"plural", "testing frameworks", "testing"},
		{"plural", "libraries", "ecosystem"},
		{"plural", "unit test", "testing"},
		{"plural", "mobile apps", "desktop-mobile"},
		// Several words.
		{"words", "memory usage", "memory"},
		{"words", "error handling", "debugging"},
		{"words", "big data", "data-processing"},
		{"words", "execution speed", "performance"},
		{"words", "embedded systems", "iot"},
		{"words", "at a glance", "overview"},
		{"words", "evnet loop", "async"},
		{"words", "gil", "scalability"},
		{"words", "frequently asked questions", "faq"},
	}
	if len(tests) < 40 {
		t.Fatalf("only %d queries", len(tests))
	}
	for _, tt := range tests {
		t.Run(tt.kind+"/"+tt.query, func(t *testing.T) {
			hits := ix.Search(tt.query, 50)
			var top []string
			for _, h := range hits {
				if len(top) == 0 || top[len(top)-1] != h.SectionID {
					top = append(top, h.SectionID)
				}
				if len(top) == 3 {
					break
				}
			}
			for _, id := range top {
				if id == tt.want {
					return
				}
			}
			t.Errorf("Search(%q): first sections %q, want %s among them%s", tt.query, top, tt.want, describe(hits[:min(len(hits), 6)]))
		})
	}
}

// TestNothingForNoise checks that gibberish and one-letter queries find
// nothing, rather than whatever shares a letter with them.
func TestNothingForNoise(t *testing.T) {
	ix := search.New(loadDefaultPack(t))
	for _, q := range []string{"xqzvwk", "asdfgh", "qwrtzp", "zzzqqqxxx", "jkjkjk", "l", "p", "x y", "a b c", "7"} {
		if hits := ix.Search(q, 10); len(hits) > 0 {
			t.Errorf("Search(%q) = %d hits, want none:%s", q, len(hits), describe(hits))
		}
	}
}

func loadDefaultPack(t *testing.T) *knowledge.Pack {
	t.Helper()
	p, err := knowledge.Load(assets.Pack())
	if err != nil {
		t.Fatalf("load default pack: %v", err)
	}
	return p
}

// TestEveryWordMustMatch checks that query words are ANDed per section: a
// word the section does not hold, even with typos, drops it.
func TestEveryWordMustMatch(t *testing.T) {
	ix := search.New(handPack())
	if hits := ix.Search("flamegraph", 10); len(hits) == 0 || hits[0].SectionID != "performance" {
		t.Fatalf("Search(flamegraph) = %s, want performance", describe(hits))
	}
	if hits := ix.Search("flamegraph rabbitmq", 10); len(hits) != 0 {
		t.Errorf("Search(flamegraph rabbitmq) = %s, want nothing: no section holds both", describe(hits))
	}
	// The words may lie in different fields of the section.
	hits := ix.Search("gil callback", 10)
	if len(hits) == 0 || hits[0].SectionID != "concurrency" {
		t.Errorf("Search(gil callback) = %s, want concurrency", describe(hits))
	}
	for _, h := range hits {
		if h.SectionID != "concurrency" {
			t.Errorf("Search(gil callback) has a hit in %s, which lacks gil", h.SectionID)
		}
		if h.SectionHits < 2 {
			t.Errorf("hit %s/%s counts %d fields of its section, want both words' fields", h.SectionID, h.Field, h.SectionHits)
		}
	}
}

// TestExactBeforePrefixBeforeTypo checks the order of match classes.
func TestExactBeforePrefixBeforeTypo(t *testing.T) {
	p := &knowledge.Pack{Title: "T", Subjects: []string{"A", "B"}, Sections: []*knowledge.Section{
		{ID: "typo", Title: "Tread softly", Kind: knowledge.KindGuide},
		{ID: "prefix", Title: "Threadbare", Kind: knowledge.KindGuide},
		{ID: "exact", Title: "Thread", Kind: knowledge.KindGuide},
	}}
	ix := search.New(p)
	hits := ix.Search("thread", 10)
	var got []string
	for _, h := range hits {
		got = append(got, h.SectionID)
	}
	// "thread" matches "Thread" exactly and starts "Threadbare"; "Tread"
	// is one edit away, but only looked at when nothing matches as typed.
	if len(got) != 2 || got[0] != "exact" || got[1] != "prefix" {
		t.Errorf("Search(thread) = %q, want exact then prefix", got)
	}
	if hits := ix.Search("thraed", 10); len(hits) != 2 || hits[0].SectionID != "exact" {
		t.Errorf("Search(thraed) = %s, want the two words one edit away, the exact one first", describe(hits))
	}
}

// TestCaretNotationNeverMatches checks that a control character, shown in
// caret notation ("^L") by the sanitizer, is no word: "l" is not found
// in it.
func TestCaretNotationNeverMatches(t *testing.T) {
	p := &knowledge.Pack{Title: "T", Subjects: []string{"A", "B"}, Sections: []*knowledge.Section{
		{ID: "ff", Title: "Form^Lfeed and ^[escape", Kind: knowledge.KindGuide},
	}}
	ix := search.New(p)
	for _, q := range []string{"l loop", "escape l", "form l"} {
		if hits := ix.Search(q, 10); len(hits) != 0 {
			t.Errorf("Search(%q) = %s, want nothing", q, describe(hits))
		}
	}
	if hits := ix.Search("feed escape", 10); len(hits) != 1 {
		t.Errorf("Search(feed escape) = %s, want the section: the words around the notation stay words", describe(hits))
	}
}

// TestOneRowPerSnippet checks that the same text in two places of a
// section reads as one row.
func TestOneRowPerSnippet(t *testing.T) {
	p := &knowledge.Pack{Title: "T", Subjects: []string{"A", "B"}, Sections: []*knowledge.Section{
		{ID: "s", Title: "Section", Kind: knowledge.KindGuide,
			Body: "## One\n\nThe lighthouse keeper.\n\n## Two\n\nThe lighthouse keeper.\n"},
	}}
	hits := search.New(p).Search("lighthouse", 10)
	if len(hits) != 1 {
		t.Errorf("Search(lighthouse) = %s, want one row", describe(hits))
	}
}

func TestSuggest(t *testing.T) {
	ix := search.New(loadDefaultPack(t))
	tests := []struct {
		query string
		want  string // the first suggestion; "" for none
	}{
		{"pyhtonn", "python"},                 // three edits: too far to search, near enough to suggest
		{"perfromanse zzzqqq", "performance"}, // without the word that matches nothing, the other spelled right
		{"memory zzzqqq", "memory"},           // without the word that matches nothing
		{"xqzvwk", ""},                        // nothing near
		{"python", ""},                        // found: nothing to suggest
		{"memroyy", "memory"},
		{"debugging pyhtonn", "debugging python"},
	}
	for _, tt := range tests {
		got := ix.Suggest(tt.query, 0)
		first := ""
		if len(got) > 0 {
			first = got[0]
		}
		if first != tt.want || len(got) > search.MaxSuggestions {
			t.Errorf("Suggest(%q) = %q, want %q first", tt.query, got, tt.want)
		}
		for _, s := range got {
			if len(ix.Search(s, 1)) == 0 {
				t.Errorf("Suggest(%q) offers %q, which finds nothing", tt.query, s)
			}
		}
	}
}
