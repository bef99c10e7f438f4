package knowledge

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/sahilm/fuzzy"
)

// Errors returned by Resolve, wrapped with the reference; test them with
// errors.Is.
var (
	// ErrNotFound means no section matches a reference.
	ErrNotFound = errors.New("no section matches")
	// ErrAmbiguous means several sections match a reference equally well.
	ErrAmbiguous = errors.New("several sections match")
)

// maxCandidates is the most sections Resolve suggests.
const maxCandidates = 10

// Match strengths, strongest first.
const (
	tierExact      = iota // the title or an alias, ignoring case
	tierPrefix            // the title, an alias or the id starts with the reference
	tierWordPrefix        // a word of the title or of an alias starts with it
	tierFuzzy             // its letters appear in order in a name (sahilm/fuzzy)
	tierNone
)

// Resolve finds the section a user means by ref, trying in turn:
//
//  1. an exact id ("performance");
//  2. an aspect number ("4");
//  3. then, ignoring case, matches of growing looseness: the title or an
//     alias exactly; a title, alias or id starting with ref ("perf"); a word
//     of a title or alias starting with ref ("speed" in "Execution speed");
//     the letters of ref in order in a title, alias or id ("prf").
//
// The first of these that matches any section decides. When it matches one
// section, that section is the answer. When it matches several, none is a
// clear winner: Resolve returns nil, the candidates, and an error wrapping
// ErrAmbiguous. When nothing matches, the error wraps ErrNotFound.
//
// Candidates are sorted best first (stronger match, then higher fuzzy
// score, then pack order), at most 10, and include weaker matches after the
// tied best ones.
func (p *Pack) Resolve(ref string) (*Section, []*Section, error) {
	q := strings.TrimSpace(ref)
	if q == "" {
		return nil, nil, fmt.Errorf("section %q: %w", ref, ErrNotFound)
	}
	lower := strings.ToLower(q)
	if s := p.byID[lower]; s != nil {
		return s, nil, nil
	}
	if n, err := strconv.Atoi(q); err == nil && n > 0 {
		for _, s := range p.Sections {
			if s.Kind == KindAspect && s.Number == n {
				return s, nil, nil
			}
		}
	}

	cands := p.rank(q, lower)
	if len(cands) == 0 {
		return nil, nil, fmt.Errorf("section %q: %w", ref, ErrNotFound)
	}
	if len(cands) == 1 || cands[1].tier > cands[0].tier {
		return cands[0].s, nil, nil
	}
	out := make([]*Section, 0, min(len(cands), maxCandidates))
	for _, c := range cands[:min(len(cands), maxCandidates)] {
		out = append(out, c.s)
	}
	return nil, out, fmt.Errorf("section %q: %w", ref, ErrAmbiguous)
}

// candidate is a section matching a reference, and how well.
type candidate struct {
	s     *Section
	index int // position in the pack
	tier  int
	score int // best sahilm/fuzzy score among its names
}

// rank returns every section matching q, best first.
func (p *Pack) rank(q, lower string) []candidate {
	var names []string
	var owner []int
	cands := make([]candidate, len(p.Sections))
	for i, s := range p.Sections {
		cands[i] = candidate{s: s, index: i, tier: tierNone, score: minScore}
		for _, name := range sectionNames(s) {
			names = append(names, name)
			owner = append(owner, i)
			cands[i].tier = min(cands[i].tier, nameTier(name, lower))
		}
	}
	for _, m := range fuzzy.Find(q, names) {
		c := &cands[owner[m.Index]]
		c.score = max(c.score, m.Score)
		c.tier = min(c.tier, tierFuzzy)
	}
	out := cands[:0]
	for _, c := range cands {
		if c.tier != tierNone {
			out = append(out, c)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.tier != b.tier {
			return a.tier < b.tier
		}
		if a.score != b.score {
			return a.score > b.score
		}
		return a.index < b.index
	})
	return out
}

// minScore is below any sahilm/fuzzy score, for sections it did not match.
const minScore = -1 << 31

// sectionNames lists the names a section answers to.
func sectionNames(s *Section) []string {
	return append([]string{s.Title, s.ID}, s.Aliases...)
}

// nameTier returns how strongly name matches the lower-cased reference,
// short of fuzzy matching.
func nameTier(name, lower string) int {
	n := strings.ToLower(name)
	switch {
	case n == lower:
		return tierExact
	case strings.HasPrefix(n, lower):
		return tierPrefix
	}
	for _, w := range strings.FieldsFunc(n, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if strings.HasPrefix(w, lower) {
			return tierWordPrefix
		}
	}
	return tierNone
}
