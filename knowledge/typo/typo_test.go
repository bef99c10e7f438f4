package typo

import (
	"testing"
	"unicode/utf8"
)

// osa is the textbook optimal string alignment distance, without band or
// early exit, to check the fast one against.
func osa(a, b []rune) int {
	d := make([][]int, len(a)+1)
	for i := range d {
		d[i] = make([]int, len(b)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(a)][len(b)]
}

func cut(s string) []rune {
	r := []rune(s)
	if len(r) > MaxRunes {
		r = r[:MaxRunes]
	}
	return r
}

// reference returns the capped distance and prefix distance the slow way.
func reference(a, b string, max int) (int, int) {
	ar, br := cut(a), cut(b)
	full := min(osa(ar, br), max+1)
	prefix := max + 1
	for j := 0; j <= len(br); j++ {
		prefix = min(prefix, osa(ar, br[:j]))
	}
	return full, prefix
}

func TestDistance(t *testing.T) {
	cases := []struct {
		a, b string
		max  int
		want int
	}{
		{"python", "python", 1, 0},
		{"pythn", "python", 1, 1},   // a letter missing
		{"pyhton", "python", 1, 1},  // two letters swapped
		{"pythom", "python", 1, 1},  // a wrong letter
		{"pythonn", "python", 1, 1}, // a letter too many
		{"pyhtn", "python", 1, 2},   // two edits, over budget
		{"pyhtn", "python", 2, 2},   // within a larger one
		{"performnace", "performance", 2, 1},
		{"", "ab", 2, 2},
		{"abc", "", 1, 2},
		{"café", "cafe", 1, 1}, // runes, not bytes
		{"xqzvw", "python", 2, 3},
	}
	for _, c := range cases {
		if got := Distance(c.a, c.b, c.max); got != c.want {
			t.Errorf("Distance(%q, %q, %d) = %d, want %d", c.a, c.b, c.max, got, c.want)
		}
	}
}

func TestPrefixDistance(t *testing.T) {
	cases := []struct {
		a, b string
		max  int
		want int
	}{
		{"perf", "performance", 1, 0},
		{"perfom", "performance", 1, 1},
		{"pyhto", "python", 1, 1},
		{"scalab", "scalability", 1, 0},
		{"xyz", "performance", 1, 2},
	}
	for _, c := range cases {
		if got := PrefixDistance(c.a, c.b, c.max); got != c.want {
			t.Errorf("PrefixDistance(%q, %q, %d) = %d, want %d", c.a, c.b, c.max, got, c.want)
		}
	}
}

func TestBudget(t *testing.T) {
	for n, want := range map[int]int{0: 0, 1: 0, 3: 0, 4: 1, 7: 1, 8: 2, 30: 2} {
		if got := Budget(n); got != want {
			t.Errorf("Budget(%d) = %d, want %d", n, got, want)
		}
	}
}

// FuzzDistance checks the banded, early-exiting distance against the
// textbook table on any pair of words and any budget.
func FuzzDistance(f *testing.F) {
	f.Add("pythn", "python", 1)
	f.Add("eventloop", "evnetloop", 2)
	f.Add("ab", "ba", 0)
	f.Add("", "", 3)
	f.Add("ﬁle", "file", 2)
	f.Fuzz(func(t *testing.T, a, b string, max int) {
		if !utf8.ValidString(a) || !utf8.ValidString(b) {
			return // words come folded, valid UTF-8
		}
		max = ((max % 4) + 4) % 4
		full, prefix := distances(a, b, max)
		wf, wp := reference(a, b, max)
		if full != wf || prefix != wp {
			t.Fatalf("distances(%q, %q, %d) = %d, %d; want %d, %d", a, b, max, full, prefix, wf, wp)
		}
	})
}
