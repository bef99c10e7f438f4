// Package typo measures how far apart two words are, the way people
// mistype them: the optimal string alignment form of the Damerau–Levenshtein
// distance, where a missing, an extra or a wrong letter, or two neighbouring
// letters swapped ("pyhton"), each count as one edit.
//
// Both the search engine (knowledge/search) and section references
// (knowledge.Pack.Resolve) use it, so that a word forgiven by one is
// forgiven by the other.
//
// Distances are computed in a band of width 2*max+1 around the diagonal
// and give up as soon as max is exceeded, so a check costs a few dozen
// operations per letter whatever the words.
package typo

import "unicode/utf8"

// MaxRunes is the longest word compared; longer words are cut to it.
const MaxRunes = 64

// Budget returns how many edits a query word of n letters forgives: none
// below 4 letters (too many short words lie one edit apart), one from 4,
// two from 8.
func Budget(n int) int {
	switch {
	case n >= 8:
		return 2
	case n >= 4:
		return 1
	}
	return 0
}

// Distance returns the edit distance between a and b when it is at most
// max, and max+1 otherwise.
func Distance(a, b string, max int) int {
	d, _ := distances(a, b, max)
	return d
}

// PrefixDistance returns the least edit distance between a and a prefix
// of b ("perfom" is one edit from "perfor", the start of "performance"),
// when it is at most max, and max+1 otherwise.
func PrefixDistance(a, b string, max int) int {
	_, p := distances(a, b, max)
	return p
}

// Distances returns Distance(a, b, max) and PrefixDistance(a, b, max) at
// the cost of one.
func Distances(a, b string, max int) (full, prefix int) { return distances(a, b, max) }

// runes decodes s into buf, at most MaxRunes runes.
func runes(buf *[MaxRunes]rune, s string) []rune {
	n := 0
	for i := 0; i < len(s) && n < MaxRunes; {
		c := s[i]
		if c < utf8.RuneSelf {
			buf[n] = rune(c)
			i++
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			buf[n] = r
			i += size
		}
		n++
	}
	return buf[:n]
}

// distances returns the distance of a to b and to the nearest prefix of b,
// each capped at max+1.
func distances(as, bs string, max int) (full, prefix int) {
	if max < 0 {
		max = 0
	}
	inf := max + 1
	var abuf, bbuf [MaxRunes]rune
	a, b := runes(&abuf, as), runes(&bbuf, bs)
	n, m := len(a), len(b)
	if n-m > max {
		return inf, inf // a prefix of b is no longer than b
	}
	// Rows of the table: prev2 is row i-2, prev row i-1, cur row i; column j
	// is the distance between a[:i] and b[:j].
	var r0, r1, r2 [MaxRunes + 1]int
	prev2, prev, cur := &r0, &r1, &r2
	for j := 0; j <= m; j++ {
		prev[j] = min(j, inf)
	}
	for i := 1; i <= n; i++ {
		lo, hi := i-max, i+max
		if lo < 1 {
			lo = 1
		}
		if hi > m {
			hi = m
		}
		// Cells outside the band are more than max away.
		cur[0] = min(i, inf)
		if lo > 1 {
			cur[lo-1] = inf
		}
		best := inf
		if lo == 1 {
			best = cur[0]
		}
		for j := lo; j <= hi; j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			v := prev[j-1] + cost
			if d := prev[j] + 1; d < v {
				v = d
			}
			if d := cur[j-1] + 1; d < v {
				v = d
			}
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				if d := prev2[j-2] + 1; d < v {
					v = d
				}
			}
			if v > inf {
				v = inf
			}
			cur[j] = v
			best = min(best, v)
		}
		if hi+1 <= m {
			cur[hi+1] = inf
		}
		if best > max && (i == 1 || rowMin(prev, i-1-max, i-1+max, m) >= max) {
			return inf, inf
		}
		prev2, prev, cur = prev, cur, prev2
	}
	full = inf
	if m-n <= max {
		full = prev[m]
	}
	prefix = inf
	for j := n - max; j <= n+max; j++ {
		if j >= 0 && j <= m {
			prefix = min(prefix, prev[j])
		}
	}
	return min(full, inf), min(prefix, inf)
}

// rowMin returns the least cell of row in columns lo..hi (clipped to 0..m).
func rowMin(row *[MaxRunes + 1]int, lo, hi, m int) int {
	best := 1 << 30
	for j := max(lo, 0); j <= min(hi, m); j++ {
		best = min(best, row[j])
	}
	return best
}
