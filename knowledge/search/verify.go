package search

import (
	"iter"
	"slices"
	"unicode/utf8"

	"github.com/sahilm/fuzzy"
)

// span is a byte range [start, end) of a field's text.
type span struct{ start, end int32 }

// occurrence is a place where query words matched a text.
type occurrence struct {
	span
	words uint16 // the query words matched, one bit each
	exact bool   // the whole text word (or joined words), not a prefix
}

// verifyWords finds the query words in the text of field f, appending the
// ranges of their matched characters to sc.spans, and returns the bonus
// earned by their positions: words side by side in query order, a match
// at the start of the field. Where a query word matches some text word
// exactly, its prefix matches are not highlighted.
func (ix *Index) verifyWords(f uint32, q *query, sc *scratch) int {
	text := ix.fText[f]
	tk := &sc.tk
	tk.run(text)
	masks := slices.Grow(sc.masks[:0], len(tk.toks)+1)[:len(tk.toks)]
	clear(masks)
	occs := sc.occs[:0]
	defer func() { sc.masks, sc.occs = masks[:0], occs[:0] }()
	// matchAt records that joined words from..to-1, folded as w, hold the
	// query text qt (standing for query words a..b-1).
	matchAt := func(w []byte, from, to int, qt string, a, b int) {
		if len(w) < len(qt) || string(w[:len(qt)]) != qt {
			return
		}
		if len(w) > len(qt) && b < len(q.words) {
			return // only the last query word matches as a prefix
		}
		var bits uint16
		for i := a; i < b; i++ {
			bits |= 1 << i
		}
		end := tk.toks[to-1].end
		if len(w) > len(qt) {
			end = tk.prefixEnd(text, from, len(qt), sc)
		}
		for k := from; k < to && tk.toks[k].start < end; k++ {
			masks[k] |= bits
		}
		occs = append(occs, occurrence{span{tk.toks[from].start, end}, bits, len(w) == len(qt)})
	}
	// altAt records that joined words from..to-1, folded as w, are a word
	// the query matched other than by its letters (a typo, a half).
	altAt := func(w []byte, from, to int) {
		bits, ok := q.alt[string(w)]
		if !ok {
			return
		}
		for k := from; k < to; k++ {
			masks[k] |= bits
		}
		occs = append(occs, occurrence{span{tk.toks[from].start, tk.toks[to-1].end}, bits, true})
	}
	for j := range tk.toks {
		w := tk.word(j)
		for i, qw := range q.words {
			matchAt(w, j, j+1, qw, i, i+1)
		}
		for _, g := range q.groups {
			matchAt(w, j, j+1, g.text, g.from, g.to)
		}
		altAt(w, j, j+1)
	}
	tk.joinedRuns(func(from, to int) {
		sc.joined = tk.joined(sc.joined[:0], from, to)
		for i, qw := range q.words {
			matchAt(sc.joined, from, to, qw, i, i+1)
		}
		for _, g := range q.groups {
			matchAt(sc.joined, from, to, g.text, g.from, g.to)
		}
		altAt(sc.joined, from, to)
	})
	var exact uint16 // query words matched exactly somewhere
	for _, o := range occs {
		if o.exact {
			exact |= o.words
		}
	}
	for _, o := range occs {
		if o.start < o.end && (o.exact || o.words&exact != o.words) {
			sc.spans = append(sc.spans, o.span)
		}
	}

	bonus := 0
	if n := len(q.words); n > 1 {
		// Each pair of query words earns 2 points standing side by side in
		// query order, 1 within nearWords of each other: closer words
		// read more like what was asked.
		points := 0
		for i := 0; i+1 < n; i++ {
			points += pairPoints(masks, uint16(1)<<i, uint16(1)<<(i+1))
		}
		bonus += phraseBonus * points / (2 * (n - 1))
	}
	if len(masks) > 0 && masks[0] != 0 {
		bonus += leadingBonus
	}
	return bonus
}

// nearWords is the most words apart two query words may stand and still
// earn a proximity point.
const nearWords = 4

// pairPoints returns 2 when some word of the text matched a and the same
// or the next word matched b, 1 when b came within nearWords words after a,
// and 0 otherwise; masks holds the query words each text word matched.
func pairPoints(masks []uint16, a, b uint16) int {
	lastA := -1
	best := 0
	for j, m := range masks {
		if m&a != 0 && m&b != 0 {
			return 2
		}
		if m&b != 0 && lastA >= 0 {
			switch gap := j - lastA; {
			case gap == 1:
				return 2
			case gap <= nearWords:
				best = 1
			}
		}
		if m&a != 0 {
			lastA = j
		}
	}
	return best
}

// prefixEnd returns the offset in text where the first n folded bytes of
// the joined words starting at word from end.
func (t *tokenizer) prefixEnd(text string, from, n int, sc *scratch) int32 {
	for k := from; k < len(t.toks); k++ {
		tok := t.toks[k]
		wl := int(tok.fe - tok.fs)
		if n > wl {
			n -= wl
			continue
		}
		orig := text[tok.start:tok.end]
		if len(orig) == wl && isASCII(orig) {
			return tok.start + int32(n)
		}
		got := 0
		for i := 0; i < len(orig); {
			r, size := utf8.DecodeRuneInString(orig[i:])
			switch {
			case r == '+' || r == '#':
				got++
			default:
				sc.fold = appendFold(sc.fold[:0], orig[i:], r)
				got += len(wordRunes(sc.fold))
			}
			switch {
			case got == n:
				return tok.start + int32(i+size)
			case got > n:
				// The prefix ends inside what one rune folds to ("f" of
				// "ﬁ"): highlight only the runes before it.
				return tok.start + int32(i)
			}
			i += size
		}
		return tok.end
	}
	return t.toks[len(t.toks)-1].end
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// verifyFuzzy finds the fuzzy pattern in short field f, appending the
// ranges of its matched characters to sc.spans, and returns the position
// bonus.
func (ix *Index) verifyFuzzy(f uint32, q *query, sc *scratch) int {
	si := ix.fShort[f]
	if si < 0 {
		return 0
	}
	text := ix.fText[f]
	ms := fuzzy.FindFromIterNoSort(q.pattern, one(ix.shortFold[si]))
	if len(ms) == 0 {
		return 0
	}
	sc.fold, sc.orig, sc.starts = foldMap(sc.fold[:0], sc.orig[:0], sc.starts[:0], text)
	// Highlight each original rune all of whose folded runes matched: of
	// "ﬁ", folded "fi", only when both "f" and "i" did.
	idx := ms[0].MatchedIndexes
	folded := sc.fold
	for k, m := 0, 0; k < len(folded); {
		o := sc.orig[k]
		all := true
		for k < len(folded) && sc.orig[k] == o {
			for m < len(idx) && idx[m] < k {
				m++
			}
			if m == len(idx) || idx[m] != k {
				all = false
			}
			_, size := utf8.DecodeRune(folded[k:])
			k += size
		}
		if all {
			_, size := utf8.DecodeRuneInString(text[o:])
			sc.spans = append(sc.spans, span{o, o + int32(size)})
		}
	}
	if idx := ms[0].MatchedIndexes; len(idx) > 0 && idx[0] < len(sc.orig) && sc.orig[idx[0]] == 0 {
		return leadingBonus
	}
	return 0
}

func one(s string) iter.Seq[string] {
	return func(yield func(string) bool) { yield(s) }
}

// fuzzyQuality rates a fuzzy match of a pattern in folded text, whose
// matched bytes are idx and whose word starts are starts. A match is a
// series of runs of consecutive characters; it is kept only when it is
// tight: the first run starts a word, and every other run starts a word
// or, when the first run is at least two characters long, is itself at
// least three ("thrput" in "throughput": "thr" then "put"). A scattered
// subsequence ("pypi" in "prototyping") is dropped. Fewer, longer runs rate
// higher; 0 means dropped.
func fuzzyQuality(folded string, starts []bool, idx []int) int {
	if len(idx) < 2 {
		return 0
	}
	runs, midword, firstLen := 0, 0, 0
	runStart, runLen, next := -1, 0, -1
	closeRun := func() bool {
		if runStart < 0 {
			return true
		}
		if runs == 1 {
			firstLen = runLen
		}
		if !starts[runStart] {
			if runs == 1 || runLen < 3 || firstLen < 2 {
				return false
			}
			midword++
		}
		return true
	}
	for _, k := range idx {
		if k < 0 || k >= len(folded) {
			return 0
		}
		if k != next {
			if !closeRun() {
				return 0
			}
			runs++
			runStart, runLen = k, 0
		}
		runLen++
		_, size := utf8.DecodeRuneInString(folded[k:])
		next = k + size
	}
	if !closeRun() {
		return 0
	}
	q := qualityFuzzyMax*(len(idx)-(runs-1))/len(idx) - 5*midword
	if q < qualityFuzzyMin {
		return 0
	}
	return q
}

// mergeSpans sorts spans and joins those that overlap or touch.
func mergeSpans(spans []span) []span {
	if len(spans) < 2 {
		return spans
	}
	slices.SortFunc(spans, func(a, b span) int {
		if a.start != b.start {
			return int(a.start - b.start)
		}
		return int(a.end - b.end)
	})
	out := spans[:1]
	for _, s := range spans[1:] {
		last := &out[len(out)-1]
		if s.start <= last.end {
			last.end = max(last.end, s.end)
			continue
		}
		out = append(out, s)
	}
	return out
}
