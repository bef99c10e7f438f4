package search

import (
	"context"
	"math"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/versus-dev/versus/knowledge/typo"
)

// Match qualities of a query word in a field, as stored in cand.q: 0 for
// no match, qualityPrefixMin to 99 for a prefix (growing with the share of
// the word it covers), qualityExact for the whole word; the qualities of
// alternative matches (typos, run-together words) lie below
// qualityPrefixMin, see alternates.go.
const (
	qualityExact     = 200
	qualityPrefixMin = 20
)

// prefixQuality rates a prefix of n bytes of a word of wl bytes.
func prefixQuality(n, wl int) uint8 {
	return uint8(min(99, qualityPrefixMin+(99-qualityPrefixMin)*n/wl))
}

// prefixSharePct returns the share of its word a prefix of quality q covers,
// in percent.
func prefixSharePct(q uint8) int {
	return (int(q) - qualityPrefixMin) * 100 / (99 - qualityPrefixMin)
}

// Fuzzy match qualities, see fuzzyQuality.
const (
	qualityFuzzyMax = 40 // one or two long runs
	qualityFuzzyMin = 10 // looser matches are dropped
)

// Score parts, see the package documentation. Each tier outweighs
// everything below it: wordScore > MaxQueryWords*6*classScore (6 the most
// class points of one word, see classOf), and
// classScore > the largest weight plus every bonus.
const (
	wordScore    = 25000 // per matched query word
	classScore   = 500   // per class point, see classOf
	prefixShare  = 20    // for a prefix covering all of the word
	rarityMax    = 30    // for a word found in one section only
	equalBonus   = 15    // a short field that reads exactly as the query
	phraseBonus  = 20    // all query words side by side, in order
	leadingBonus = 5     // the match starts the field
)

// maxBonus returns the most a verification can add to a candidate's score:
// a one-word query has no phrase to find.
func (q *query) maxBonus() int {
	if len(q.words) == 1 {
		return leadingBonus
	}
	return phraseBonus + leadingBonus
}

// checkEvery is how many postings or fields are processed between two
// looks at the context.
const checkEvery = 4096

// cand is a field matched by the query, before verification.
type cand struct {
	field uint32
	q     [MaxQueryWords]uint8 // quality of each query word's best match, 0 for none
	fuzzy uint8                // quality of the fuzzy match, 0 for none
	s1    int32                // score from the index alone
	// fromFuzzy is set when s1 comes from the fuzzy match.
	fromFuzzy bool
}

// fieldQ is a field matched by one word, with the match quality.
type fieldQ struct {
	field uint32
	q     uint8
}

// wordMatches is what one query word (or joined group) matches.
type wordMatches struct {
	hits   []fieldQ // one per field
	rarity int      // 0 to rarityMax
	// terms are the words of the text matched other than by the query
	// word's letters (see lookupAlternates), for verification to find.
	terms []string
}

// lookupWord returns the fields holding w as a word or, when prefix is set,
// as a word prefix.
func (ix *Index) lookupWord(ctx context.Context, w string, prefix bool, sc *scratch, copyHits bool) (wordMatches, error) {
	lo, found := slices.BinarySearch(ix.terms, w)
	hi := lo
	switch {
	case prefix:
		// No UTF-8 text holds the byte 0xff: every word starting with w
		// sorts before w+"\xff".
		hi, _ = slices.BinarySearch(ix.terms[lo:], w+"\xff")
		hi += lo
	case found:
		hi = lo + 1
	}
	var wm wordMatches
	df := 0
	sc.beginWord()
	n := 0
	for t := lo; t < hi; t++ {
		term := ix.terms[t]
		q := uint8(qualityExact)
		if len(term) != len(w) {
			q = prefixQuality(len(w), len(term))
		}
		df += int(ix.termDF[t])
		for _, f := range ix.postings[ix.postStart[t]:ix.postStart[t+1]] {
			sc.markWord(f, q)
		}
		n += int(ix.postStart[t+1] - ix.postStart[t])
		if n >= checkEvery {
			n = 0
			if err := ctx.Err(); err != nil {
				return wordMatches{}, err
			}
		}
	}
	if lo < hi && ix.terms[lo] == w {
		df = int(ix.termDF[lo]) // an exact word: its own rarity
	}
	wm.hits = sc.endWord(copyHits)
	wm.rarity = ix.rarity(df)
	return wm, nil
}

// rarity scores a word found in df sections.
func (ix *Index) rarity(df int) int {
	n := len(ix.sections)
	switch {
	case df <= 0:
		return 0
	case df == 1:
		return rarityMax
	case df >= n:
		return 0
	}
	return int(float64(rarityMax) * (1 - math.Log(float64(df))/math.Log(float64(n))))
}

// score computes the index-only score of c for query q, and whether it
// comes from the fuzzy match rather than word matches.
func (ix *Index) score(c *cand, q *query, rarity []int) (int32, bool) {
	k := ix.fKind[c.field]
	weight := k.info().weight
	if ix.fFlags[c.field]&flagHeading != 0 {
		weight += headingBonus
	}
	best := 0
	matched, class, prefixes, share, sumR := 0, 0, 0, 0, 0
	for i := range q.words {
		qi := c.q[i]
		if qi == 0 {
			continue
		}
		class += classOf(qi)
		if qi >= qualityPrefixMin && qi != qualityExact {
			prefixes++
			share += prefixSharePct(qi)
		}
		matched++
		sumR += rarity[i]
	}
	if matched > 0 {
		best = wordScore*matched + classScore*class + weight + sumR/matched
		if prefixes > 0 {
			best += prefixShare * share / (100 * prefixes)
		}
		if si := ix.fShort[c.field]; si >= 0 && matched == len(q.words) && ix.shortKey[si] == q.key {
			best += equalBonus
		}
	}
	if c.fuzzy > 0 {
		if s := wordScore*len(q.words) + weight*int(c.fuzzy)/qualityFuzzyMax; s > best {
			return int32(s), true
		}
	}
	return int32(best), false
}

// hasAll reports whether every query word matched c.
func (c *cand) hasAll(n int) bool {
	for i := range n {
		if c.q[i] == 0 {
			return false
		}
	}
	return true
}

// matchWords fills sc.cands with the fields matching any query word: the
// last word (the one being typed) as a whole word or a prefix, the others
// as whole words only, since a short finished word ("i", "do") would
// otherwise match the start of half the vocabulary. Each word also
// matches its other number and its halves when run together, and, when
// it matches nothing as typed (or typos is set), the words within its
// typo budget. The terms matched that way are recorded in q.alt for
// verification. st, when not nil, is a session's state: it holds the
// matches of words seen before and receives those of the words before the
// last one (the last word is usually still being typed: caching each of
// its prefixes would cost more than it saves).
func (ix *Index) matchWords(ctx context.Context, q *query, sc *scratch, st *sessionState, rarity []int, typos bool) error {
	// get looks w up, through the session's cache when there is one; kind
	// is "" for its letters, "~" for alternates, "~~" for alternates with
	// typos.
	get := func(w, kind string, prefix, keep bool) (wordMatches, error) {
		lookup := func(copyHits bool) (wordMatches, error) {
			if kind == "" {
				return ix.lookupWord(ctx, w, prefix, sc, copyHits)
			}
			return ix.lookupAlternates(ctx, w, prefix, kind == "~~", sc, copyHits)
		}
		if st == nil {
			return lookup(false)
		}
		key := kind + w
		if prefix {
			key = "^" + key // prefix matches are cached apart from exact ones
		}
		if wm, ok := st.word(key); ok {
			return wm, nil
		}
		wm, err := lookup(keep)
		if err == nil && keep {
			st.words[key] = wm
		}
		return wm, err
	}
	apply := func(wm wordMatches, from, to int) {
		for _, h := range wm.hits {
			c := sc.cand(h.field)
			for i := from; i < to; i++ {
				c.q[i] = max(c.q[i], h.q)
			}
		}
	}
	q.alt, q.typoSkipped = map[string]uint16{}, false
	last := len(q.words) - 1
	for i, w := range q.words {
		wm, err := get(w, "", i == last, i < last)
		if err != nil {
			return err
		}
		rarity[i] = wm.rarity
		apply(wm, i, i+1)
		kind := "~~"
		if !typos && len(wm.hits) > 0 {
			kind = "~"
			q.typoSkipped = q.typoSkipped || typo.Budget(utf8.RuneCountInString(w)) > 0
		}
		alt, err := get(w, kind, i == last, i < last)
		if err != nil {
			return err
		}
		if rarity[i] == 0 {
			rarity[i] = alt.rarity
		}
		apply(alt, i, i+1)
		for _, t := range alt.terms {
			q.alt[t] |= 1 << i
		}
	}
	for _, g := range q.groups {
		wm, err := get(g.text, "", g.to > last, g.to <= last)
		if err != nil {
			return err
		}
		apply(wm, g.from, g.to)
	}
	return ctx.Err()
}

// fuzzyCandidates returns the short fields that may hold q.pattern: those
// with a word starting with its first rune and all of its runes. from, when
// not nil, narrows the search to a previous result.
func (ix *Index) fuzzyCandidates(q *query, from []uint32, dst []uint32) []uint32 {
	if from == nil {
		from = ix.initials[q.first]
	}
	for _, si := range from {
		if ix.shortMask[si]&q.patMask == q.patMask {
			dst = append(dst, si)
		}
	}
	return dst
}

// isSubsequence reports whether every rune of a appears in b in order.
func isSubsequence(a, b string) bool {
	for _, r := range a {
		i := strings.IndexRune(b, r)
		if i < 0 {
			return false
		}
		b = b[i+utf8.RuneLen(r):]
	}
	return true
}
