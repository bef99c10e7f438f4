package search

import (
	"testing"

	"github.com/sahilm/fuzzy"
)

func TestFuzzyQuality(t *testing.T) {
	tests := []struct {
		pattern, text string
		keep          bool
	}{
		{"evloop", "Event loop", true},        // "ev" + "loop", both word starts
		{"nodejs", "Node.js vs Python", true}, // across punctuation
		{"thrput", "Throughput", true},        // "thr" + "put", a long inner run
		{"perfexec", "Performance and execution speed", true},
		{"script", "TypeScript", true}, // a camel-case word start
		{"v8eng", "V8 engine", true},
		{"pypi", "prototyping", false}, // "p" + "ypi": scattered
		{"ptn", "Python", false},       // single letters inside a word
		{"yth", "Python", false},       // starts inside a word
		{"ee", "event engine", true},   // initials
		{"evlp", "Event loop", false},  // "p" alone inside "loop"
	}
	for _, tt := range tests {
		folded, _, starts := foldMap(nil, nil, nil, tt.text)
		ms := fuzzy.Find(tt.pattern, []string{string(folded)})
		q := 0
		if len(ms) == 1 {
			q = fuzzyQuality(string(folded), starts, ms[0].MatchedIndexes)
		}
		if (q > 0) != tt.keep {
			t.Errorf("fuzzy %q in %q: quality %d, want kept=%v", tt.pattern, tt.text, q, tt.keep)
		}
		if q > qualityFuzzyMax {
			t.Errorf("fuzzy %q in %q: quality %d above %d", tt.pattern, tt.text, q, qualityFuzzyMax)
		}
	}
}

// TestScoreTiers checks the arithmetic the ranking rests on: each tier of
// the score outweighs everything below it.
func TestScoreTiers(t *testing.T) {
	if wordScore <= MaxQueryWords*2*classScore {
		t.Errorf("wordScore %d does not outweigh %d words of class points", wordScore, MaxQueryWords)
	}
	most := kTitle.info().weight + headingBonus + prefixShare + rarityMax + equalBonus + phraseBonus + leadingBonus
	if classScore <= most {
		t.Errorf("classScore %d does not outweigh the best field and bonuses, %d", classScore, most)
	}
	// Title and alias above tag above table rows above questions above
	// body and answer text.
	order := []kind{kTitle, kAlias, kTag, kTable, kQuestion, kBody}
	for i := 0; i+1 < len(order); i++ {
		if order[i].info().weight <= order[i+1].info().weight {
			t.Errorf("field %s does not outrank %s", order[i].info().field, order[i+1].info().field)
		}
	}
	if kAnswer.info().weight != kBody.info().weight {
		t.Errorf("answers and bodies weigh differently")
	}
}
