package knowledge

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/versus-dev/versus/knowledge/typo"
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
const maxCandidates = 5

// Resolve finds the section a user means by ref. It is strict, since a
// reference opens or prints a section without asking: ref resolves when
// it is, ignoring case and accents,
//
//  1. the id of a section ("performance");
//  2. the number of an aspect ("4"); any other number resolves nothing;
//  3. the title or an alias of exactly one section ("Memory and resource
//     use", "RAM");
//  4. the start of the words of the title, an alias or the id of exactly
//     one section, its last word perhaps cut short ("perf", "exec sp").
//
// When the start of several sections' names matches, Resolve returns nil,
// those sections and an error wrapping ErrAmbiguous. When nothing
// matches, the error wraps ErrNotFound and the candidates are the
// sections whose names come within a few typos of ref (see
// knowledge/typo), nearest first. Either way there are at most 5
// candidates, in pack order when equally near.
func (p *Pack) Resolve(ref string) (*Section, []*Section, error) {
	q := strings.TrimSpace(ref)
	if q == "" {
		return nil, nil, fmt.Errorf("section %q: %w", ref, ErrNotFound)
	}
	if s := p.byID[strings.ToLower(q)]; s != nil {
		return s, nil, nil
	}
	if isDigits(q) {
		n, err := strconv.Atoi(q)
		lo, hi := 0, 0
		for _, s := range p.Sections {
			if s.Kind != KindAspect || s.Number <= 0 {
				continue
			}
			if err == nil && s.Number == n {
				return s, nil, nil
			}
			if lo == 0 || s.Number < lo {
				lo = s.Number
			}
			hi = max(hi, s.Number)
		}
		if hi == 0 {
			return nil, nil, fmt.Errorf("section %q: %w; this pack numbers no aspects", ref, ErrNotFound)
		}
		return nil, nil, fmt.Errorf("section %q: %w; aspects are numbered %d to %d", ref, ErrNotFound, lo, hi)
	}
	words := refWords(q)
	if len(words) == 0 {
		return nil, nil, fmt.Errorf("section %q: %w", ref, ErrNotFound)
	}
	// The words of every section's names, once: the typo pass reads them
	// again.
	names := make([][][]string, len(p.Sections))
	var exact, prefix []*Section
	for si, s := range p.Sections {
		best := matchNone
		for i, name := range sectionNames(s) {
			nw := refWords(name)
			names[si] = append(names[si], nw)
			best = min(best, nameMatch(words, nw, i == 0))
		}
		switch best {
		case matchExact:
			exact = append(exact, s)
		case matchPrefix:
			prefix = append(prefix, s)
		}
	}
	for _, set := range [][]*Section{exact, prefix} {
		switch {
		case len(set) == 1:
			return set[0], nil, nil
		case len(set) > 1:
			return nil, set[:min(len(set), maxCandidates)], fmt.Errorf("section %q: %w", ref, ErrAmbiguous)
		}
	}
	return nil, p.nearSections(words, names), fmt.Errorf("section %q: %w", ref, ErrNotFound)
}

// How a reference matches a name, best first.
const (
	matchExact  = iota // the same words
	matchPrefix        // the start of the name's words
	matchNone
)

// nameMatch returns how the words of a reference match those of a name.
// An id is a name that only matches by its start: an exact id was tried
// before.
func nameMatch(ref, name []string, isID bool) int {
	if len(ref) > len(name) {
		return matchNone
	}
	last := len(ref) - 1
	for i, w := range ref[:last] {
		if name[i] != w {
			return matchNone
		}
	}
	switch {
	case !strings.HasPrefix(name[last], ref[last]):
		return matchNone
	case !isID && len(ref) == len(name) && name[last] == ref[last]:
		return matchExact
	}
	return matchPrefix
}

// sectionNames lists the names a section answers to: its id first, then
// its title and aliases.
func sectionNames(s *Section) []string {
	return append([]string{s.ID, s.Title}, s.Aliases...)
}

// nearSections returns up to maxCandidates sections with a name within
// the typo budget of the reference's words (at least one edit), nearest
// first; names holds the words of each section's names.
func (p *Pack) nearSections(ref []string, names [][][]string) []*Section {
	joined := strings.Join(ref, "")
	budget := max(1, typo.Budget(utf8.RuneCountInString(joined)))
	type near struct {
		s *Section
		d int
	}
	var found []near
	for si, s := range p.Sections {
		d := budget + 1
		for _, name := range names[si] {
			d = min(d, nameDistance(ref, joined, name, budget))
		}
		if d <= budget {
			found = append(found, near{s, d})
		}
	}
	slices.SortStableFunc(found, func(a, b near) int { return a.d - b.d })
	var out []*Section
	for _, f := range found[:min(len(found), maxCandidates)] {
		out = append(out, f.s)
	}
	return out
}

// nameDistance returns how many typos separate a reference from a name:
// the least distance between the reference (words run together) and the
// start of the name (words run together), or between each reference word
// and the start of some word of the name, capped at budget+1.
func nameDistance(ref []string, joined string, name []string, budget int) int {
	d := typo.PrefixDistance(joined, strings.Join(name, ""), budget)
	if len(ref) > 1 {
		return d
	}
	for _, w := range name {
		d = min(d, typo.PrefixDistance(joined, w, budget))
	}
	return d
}

// refWords returns the words of s, lower-cased and without accents.
func refWords(s string) []string {
	if isPlainASCII(s) {
		return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	}
	var b strings.Builder
	for _, r := range norm.NFKD.String(s) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return strings.FieldsFunc(b.String(), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func isPlainASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
