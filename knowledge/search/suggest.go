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

// MaxSuggestions is the most queries Suggest returns.
const MaxSuggestions = 5

// nearestPerWord is how many words of the text Suggest tries in place of
// one query word.
const nearestPerWord = 3

// Suggest returns up to n queries close to query that find something
// (n <= 0 or above MaxSuggestions means MaxSuggestions), best first, for
// a "did you mean" when query finds nothing: each word that matches
// nothing, even with typos, replaced by the nearest words of the pack (one
// edit more than a search forgives, the most common first), or, when
// every word matches but no section holds them all, the query without one
// of them. It returns nil when query finds something or nothing close
// does.
func (ix *Index) Suggest(query string, n int) []string {
	if n <= 0 || n > MaxSuggestions {
		n = MaxSuggestions
	}
	if len(ix.fText) == 0 || len(ix.Search(query, 1)) > 0 {
		return nil
	}
	sc := ix.getScratch()
	q, ok := parseQuery(query, &sc.tk)
	if !ok {
		ix.putScratch(sc)
		return nil
	}
	// For each word that matches nothing, the words of the pack to try
	// instead.
	near := make([][]string, len(q.words))
	missing := 0
	last := len(q.words) - 1
	// typed[i] is set when word i matches only with typos: the suggestion
	// spells it right.
	typed := make([]string, len(q.words))
	lost := make([]bool, len(q.words)) // matches nothing, even with typos
	for i, w := range q.words {
		switch asTyped, withTypos := ix.matchesAlone(w, i == last, sc); {
		case asTyped:
			continue
		case withTypos:
			if ws := ix.nearestTerms(w, 1); len(ws) > 0 {
				typed[i] = ws[0]
			}
			continue
		}
		near[i] = ix.nearestTerms(w, nearestPerWord)
		lost[i] = true
		missing++
	}
	ix.putScratch(sc)

	var tries [][]string
	if missing > 0 {
		// Every missing word replaced by its nearest, then each missing
		// word by its other neighbours.
		best := slices.Clone(q.words)
		for i, ws := range near {
			switch {
			case len(ws) > 0:
				best[i] = ws[0]
			case typed[i] != "":
				best[i] = typed[i]
			}
		}
		tries = append(tries, best)
		for i, ws := range near {
			for _, w := range ws {
				t := slices.Clone(best)
				t[i] = w
				tries = append(tries, t)
			}
		}
	}
	if len(q.words) > 1 {
		// Without the missing words, or without any one word.
		var kept []string
		for i, w := range q.words {
			switch {
			case lost[i]:
			case typed[i] != "":
				kept = append(kept, typed[i])
			default:
				kept = append(kept, w)
			}
		}
		if len(kept) > 0 && len(kept) < len(q.words) {
			tries = append(tries, kept)
		}
		// The last words typed are the likeliest to have gone wrong.
		for i := len(q.words) - 1; i >= 0; i-- {
			tries = append(tries, slices.Delete(slices.Clone(q.words), i, i+1))
		}
	}
	var out []string
	for _, t := range tries {
		s := strings.Join(t, " ")
		if s == "" || slices.Contains(out, s) || len(ix.Search(s, 1)) == 0 {
			continue
		}
		if out = append(out, s); len(out) == n {
			break
		}
	}
	return out
}

// matchesAlone reports whether word w matches any field as typed (or as
// another number, or cut in two), and whether it does with typos.
func (ix *Index) matchesAlone(w string, last bool, sc *scratch) (asTyped, withTypos bool) {
	ctx := context.Background()
	if wm, _ := ix.lookupWord(ctx, w, last, sc, false); len(wm.hits) > 0 {
		return true, true
	}
	if wm, _ := ix.lookupAlternates(ctx, w, last, false, sc, false); len(wm.hits) > 0 {
		return true, true
	}
	wm, _ := ix.lookupAlternates(ctx, w, last, true, sc, false)
	return false, len(wm.hits) > 0
}

// nearestTerms returns up to n words of the pack within one edit more of
// w than its typo budget (at least one, at most three), nearest first,
// then found in more sections, then in alphabetical order. Words of one
// letter and numbers are left out: they make poor suggestions.
func (ix *Index) nearestTerms(w string, n int) []string {
	runes := utf8.RuneCountInString(w)
	if runes < 2 || runes > typo.MaxRunes {
		return nil
	}
	k := min(typo.Budget(runes)+1, 3)
	mask := runeMask([]byte(w))
	type near struct {
		t uint32
		d int
	}
	var found []near
	for l := max(2, runes-k); l <= min(runes+k, typo.MaxRunes); l++ {
		for _, t := range ix.byLen[l] {
			tm := ix.termMask[t]
			if bits.OnesCount64(mask&^tm) > k || bits.OnesCount64(tm&^mask) > k || isNumber(ix.terms[t]) {
				continue
			}
			if d := typo.Distance(w, ix.terms[t], k); d <= k {
				found = append(found, near{t, d})
			}
		}
	}
	slices.SortFunc(found, func(a, b near) int {
		if c := cmp.Compare(a.d, b.d); c != 0 {
			return c
		}
		if c := cmp.Compare(ix.termDF[b.t], ix.termDF[a.t]); c != 0 {
			return c
		}
		return cmp.Compare(a.t, b.t)
	})
	var out []string
	for _, f := range found {
		if len(out) == n {
			break
		}
		// "pythons" says nothing "python" did not.
		t := ix.terms[f.t]
		if !slices.ContainsFunc(out, func(o string) bool { return slices.Contains(inflections(o), t) }) {
			out = append(out, t)
		}
	}
	return out
}

func isNumber(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
