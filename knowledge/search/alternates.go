package search

import (
	"cmp"
	"context"
	"math/bits"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/versus-dev/versus/knowledge/typo"
)

// Qualities of the matches of a query word that are not its own letters
// (see cand.q), all below a prefix (qualityPrefixMin and up) and each
// below the one before: a word as the reader meant it rather than as typed.
const (
	qualityStem        = 18 // another number of the word: "threads" for "thread"
	qualitySplit       = 17 // the word run together: "eventloop" for "event loop"
	qualityTypo1       = 14 // one edit away: "pythn" for "python"
	qualityTypoPrefix1 = 12 // one edit from the start of a word: "perfom" for "performance"
	qualityTypo2       = 10 // two edits away, for words of 8 letters or more
	qualityTypoPrefix2 = 8
)

// maxTypoTerms caps how many words of the text a mistyped query word
// stands for, the closest and most common first, so that a short word
// near many others costs bounded time.
const maxTypoTerms = 48

// classOf returns the class points of a match quality (see the package
// documentation, Ranking).
func classOf(q uint8) int {
	switch {
	case q == qualityExact:
		return 6
	case q >= qualityPrefixMin:
		return 5
	case q >= qualitySplit:
		return 4
	case q == qualityTypo1:
		return 3
	case q == qualityTypoPrefix1:
		return 2
	case q == qualityTypo2:
		return 1
	}
	return 0
}

// termQ is a term of the index standing for a query word, with the
// quality of that match.
type termQ struct {
	t uint32
	q uint8
}

// lookupAlternates returns the fields a query word matches other than by
// its letters: the other number of the word, the word cut in two where
// both halves are words of the text, and, when typos is set, the words
// within its typo budget (and, for the last word, the words starting
// within it). The terms matched are listed for verification.
func (ix *Index) lookupAlternates(ctx context.Context, w string, last, typos bool, sc *scratch, copyHits bool) (wordMatches, error) {
	var wm wordMatches
	sc.beginWord()
	var tq []termQ
	for _, form := range inflections(w) {
		if t, ok := slices.BinarySearch(ix.terms, form); ok {
			tq = append(tq, termQ{uint32(t), qualityStem})
		}
	}
	if typos {
		tq = ix.typoTerms(w, last, tq)
	}
	df := 0
	for _, x := range tq {
		wm.terms = append(wm.terms, ix.terms[x.t])
		df = max(df, int(ix.termDF[x.t]))
		for _, f := range ix.postings[ix.postStart[x.t]:ix.postStart[x.t+1]] {
			sc.markWord(f, x.q)
		}
	}
	if err := ctx.Err(); err != nil {
		return wordMatches{}, err
	}
	wm.terms = ix.splits(w, sc, wm.terms)
	wm.hits = sc.endWord(copyHits)
	wm.rarity = ix.rarity(df)
	return wm, ctx.Err()
}

// inflections returns the other number of an English word of 4 letters
// or more: "threads" → "thread", "libraries" → "library", "processes" →
// "process", and "thread" → "threads".
func inflections(w string) []string {
	if len(w) < 4 || !isASCII(w) {
		return nil
	}
	if strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
		out := []string{w[:len(w)-1]}
		if strings.HasSuffix(w, "es") {
			out = append(out, w[:len(w)-2])
		}
		if strings.HasSuffix(w, "ies") {
			out = append(out, w[:len(w)-3]+"y")
		}
		return out
	}
	out := []string{w + "s"}
	switch {
	case strings.HasSuffix(w, "y"):
		out = append(out, w[:len(w)-1]+"ies")
	case strings.HasSuffix(w, "ss"), strings.HasSuffix(w, "sh"), strings.HasSuffix(w, "ch"), strings.HasSuffix(w, "x"):
		out = append(out, w+"es")
	}
	return out
}

// typoTerms appends the terms within the typo budget of w (see
// typo.Budget) and, when last is set, the terms whose start is, to dst,
// capped at maxTypoTerms.
func (ix *Index) typoTerms(w string, last bool, dst []termQ) []termQ {
	n := utf8.RuneCountInString(w)
	k := typo.Budget(n)
	if k == 0 || n > typo.MaxRunes {
		return dst
	}
	from := len(dst)
	mask := runeMask([]byte(w))
	// Each edit brings at most one letter the other word lacks: a cheap
	// test that rejects most terms before the distance is computed.
	near := func(t uint32, prefix bool) bool {
		tm := ix.termMask[t]
		return bits.OnesCount64(mask&^tm) <= k && (prefix || bits.OnesCount64(tm&^mask) <= k)
	}
	for l := max(1, n-k); l <= min(n+k, typo.MaxRunes); l++ {
		for _, t := range ix.byLen[l] {
			if !near(t, false) {
				continue
			}
			if d := typo.Distance(w, ix.terms[t], k); d > 0 && d <= k {
				dst = append(dst, termQ{t, typoQuality(d, false)})
			}
		}
	}
	if last {
		// The word being typed may be the start of a word, mistyped: look
		// among the terms starting with its first letter.
		_, size := utf8.DecodeRuneInString(w)
		lo, _ := slices.BinarySearch(ix.terms, w[:size])
		hi, _ := slices.BinarySearch(ix.terms, w[:size]+"\xff")
		for t := lo; t < hi; t++ {
			if !near(uint32(t), true) {
				continue
			}
			full, pre := typo.Distances(w, ix.terms[t], k)
			if full > k && pre > 0 && pre <= k {
				dst = append(dst, termQ{uint32(t), typoQuality(pre, true)})
			}
		}
	}
	if len(dst)-from > maxTypoTerms {
		part := dst[from:]
		slices.SortFunc(part, func(a, b termQ) int {
			if c := cmp.Compare(b.q, a.q); c != 0 {
				return c
			}
			return cmp.Compare(ix.termDF[b.t], ix.termDF[a.t])
		})
		dst = dst[:from+maxTypoTerms]
	}
	return dst
}

func typoQuality(d int, prefix bool) uint8 {
	switch {
	case d == 1 && !prefix:
		return qualityTypo1
	case d == 1:
		return qualityTypoPrefix1
	case !prefix:
		return qualityTypo2
	}
	return qualityTypoPrefix2
}

// minSplit is the shortest half of a word cut in two, in bytes.
const minSplit = 2

// splits marks, as matches of the current word with qualitySplit, the
// fields holding both halves of w cut in two ("eventloop": "event" and
// "loop"), and appends the halves found to terms.
func (ix *Index) splits(w string, sc *scratch, terms []string) []string {
	if utf8.RuneCountInString(w) < 2*minSplit+1 {
		return terms
	}
	for i := minSplit; i <= len(w)-minSplit; i++ {
		if !utf8.RuneStart(w[i]) {
			continue
		}
		a, okA := slices.BinarySearch(ix.terms, w[:i])
		if !okA {
			continue
		}
		b, okB := slices.BinarySearch(ix.terms, w[i:])
		if !okB {
			continue
		}
		bump(&sc.sgen, sc.smark)
		for _, f := range ix.postings[ix.postStart[a]:ix.postStart[a+1]] {
			sc.smark[f] = sc.sgen
		}
		found := false
		for _, f := range ix.postings[ix.postStart[b]:ix.postStart[b+1]] {
			if sc.smark[f] == sc.sgen {
				sc.markWord(f, qualitySplit)
				found = true
			}
		}
		if found {
			terms = append(terms, w[:i], w[i:])
		}
	}
	return terms
}
