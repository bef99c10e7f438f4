package search

import (
	"runtime"
	"slices"
	"sync"
	"unicode/utf8"

	"github.com/versus-dev/versus/knowledge"
	"github.com/versus-dev/versus/knowledge/typo"
)

// Index is a search index over one pack. It is read-only once built and
// safe for concurrent use.
type Index struct {
	sections []sectionInfo

	// Fields, by field id, in pack order.
	fSec    []int32  // section index
	fKind   []kind   // what the field is
	fFlags  []uint8  // flagHeading
	fGroup  []int32  // dedupe key: one per (section, kind, anchor)
	fShort  []int32  // index into the short-field arrays, or -1
	fText   []string // plain text on one line
	gAnchor []string // anchor of each group

	// The inverted index: terms sorted, postings of term t are
	// postings[postStart[t]:postStart[t+1]], field ids in ascending order.
	terms     []string
	postStart []uint32
	postings  []uint32
	termDF    []uint32 // number of sections holding each term

	// For typo-tolerant matching: the runeMask of each term, and the
	// term ids by length in runes (up to typo.MaxRunes), so that a query
	// word is compared only with terms a few letters longer or shorter.
	termMask []uint64
	byLen    [][]uint32

	// Short fields (titles, aliases, tags, questions), for fuzzy matching.
	short     []uint32 // field id
	shortFold []string // folded text, as sahilm/fuzzy sees it
	shortKey  []string // folded words joined by spaces, see foldKey
	shortMask []uint64 // runeMask of shortFold
	// initials lists, for each folded rune, the short fields having a word
	// that starts with it, in ascending order.
	initials map[rune][]uint32

	scratch sync.Pool // *scratch, per-query working memory
}

type sectionInfo struct {
	id    string
	title string
	kind  knowledge.Kind
}

// Fields returns the number of searchable fields: titles, aliases, tags,
// summaries, body blocks, table rows, questions and answers.
func (ix *Index) Fields() int { return len(ix.fText) }

// part is the work of one builder goroutine over a run of sections.
type part struct {
	fields  []rawField
	fSec    []int32
	fGroup  []int32 // local to the part
	anchors []string
	dict    map[string]uint32 // local term ids
	words   []string          // local id to term
	ftStart []uint32          // terms of field i: ft[ftStart[i]:ftStart[i+1]]
	ft      []uint32          // local term ids, deduplicated per field
}

// New indexes every searchable text of p (nil or empty packs give an
// empty index). Sections are parsed and tokenized in parallel, one
// goroutine per CPU. The index keeps the section texts it needs; p may be
// dropped afterwards.
func New(p *knowledge.Pack) *Index {
	ix := &Index{initials: map[rune][]uint32{}}
	if p == nil {
		return ix
	}
	secs := p.Sections
	ix.sections = make([]sectionInfo, len(secs))
	for i, s := range secs {
		ix.sections[i] = sectionInfo{id: s.ID, title: oneLineString(s.Title), kind: s.Kind}
	}

	workers := min(runtime.GOMAXPROCS(0), max(1, len(secs)/64))
	parts := make([]part, workers)
	var wg sync.WaitGroup
	for w := range workers {
		lo, hi := len(secs)*w/workers, len(secs)*(w+1)/workers
		wg.Add(1)
		go func() {
			defer wg.Done()
			parts[w] = buildPart(secs[lo:hi], lo)
		}()
	}
	wg.Wait()
	ix.merge(parts)
	ix.buildShort()
	return ix
}

// buildPart extracts and tokenizes the fields of secs, whose first section
// has index first in the pack.
func buildPart(secs []*knowledge.Section, first int) part {
	b := partBuilder{part: part{dict: map[string]uint32{}, ftStart: []uint32{0}}, e: newExtractor()}
	var (
		blocks []block
		fields []rawField
	)
	groups := map[groupKey]int32{}
	for si, s := range secs {
		if s == nil {
			continue
		}
		fields, blocks = sectionFields(fields[:0], b.e, s, blocks)
		clear(groups)
		for _, f := range fields {
			gk := groupKey{dedupeKind(f.kind), f.anchor}
			g, ok := groups[gk]
			if !ok {
				g = int32(len(b.anchors))
				groups[gk] = g
				b.anchors = append(b.anchors, f.anchor)
			}
			b.addField(f, int32(first+si), g)
		}
	}
	return b.part
}

// partBuilder fills a part.
type partBuilder struct {
	part
	e      *extractor
	tk     tokenizer
	joined []byte
	seen   []uint32 // seen[localTerm] == field+1 when already listed for field
}

// addField adds a field and the terms of its text.
func (b *partBuilder) addField(f rawField, sec, group int32) {
	fid := uint32(len(b.fields)) + 1
	b.fields = append(b.fields, f)
	b.fSec = append(b.fSec, sec)
	b.fGroup = append(b.fGroup, group)
	tk := &b.tk
	tk.run(f.text)
	for i := range tk.toks {
		b.addTerm(tk.word(i), fid)
	}
	for i := 0; i < len(tk.toks); {
		j := tk.runEnd(i)
		if n := j - i; n >= 2 && n <= maxJoined {
			b.joined = tk.joined(b.joined[:0], i, j)
			b.addTerm(b.joined, fid)
		}
		i = j
	}
	b.ftStart = append(b.ftStart, uint32(len(b.ft)))
}

// addTerm lists term w for field fid (1-based), once.
func (b *partBuilder) addTerm(w []byte, fid uint32) {
	id, ok := b.dict[string(w)]
	if !ok {
		id = uint32(len(b.words))
		word := string(w)
		b.dict[word] = id
		b.words = append(b.words, word)
		b.seen = append(b.seen, 0)
	}
	if b.seen[id] != fid {
		b.seen[id] = fid
		b.ft = append(b.ft, id)
	}
}

type groupKey struct {
	kind   kind
	anchor string
}

// dedupeKind folds a section's names together: a query that matches its
// title, an alias and a tag ("GIL" as alias and tag) yields one hit, the
// best, rather than three lines saying the same thing.
func dedupeKind(k kind) kind {
	if k == kAlias || k == kTag {
		return kTitle
	}
	return k
}

// merge joins the parts into the index: field arrays in pack order, one
// sorted dictionary, and postings in ascending field order.
func (ix *Index) merge(parts []part) {
	nFields, nPost := 0, 0
	all := map[string]uint32{}
	for _, pt := range parts {
		nFields += len(pt.fields)
		nPost += len(pt.ft)
		for _, w := range pt.words {
			if _, ok := all[w]; !ok {
				all[w] = 0
			}
		}
	}
	ix.terms = make([]string, 0, len(all))
	for w := range all {
		ix.terms = append(ix.terms, w)
	}
	slices.Sort(ix.terms)
	ix.termMask = make([]uint64, len(ix.terms))
	ix.byLen = make([][]uint32, typo.MaxRunes+1)
	for i, w := range ix.terms {
		all[w] = uint32(i)
		ix.termMask[i] = runeMask([]byte(w))
		n := min(utf8.RuneCountInString(w), typo.MaxRunes)
		ix.byLen[n] = append(ix.byLen[n], uint32(i))
	}

	ix.fSec = make([]int32, 0, nFields)
	ix.fKind = make([]kind, 0, nFields)
	ix.fFlags = make([]uint8, 0, nFields)
	ix.fGroup = make([]int32, 0, nFields)
	ix.fText = make([]string, 0, nFields)
	remaps := make([][]uint32, len(parts))
	count := make([]uint32, len(ix.terms)+1)
	for p, pt := range parts {
		remap := make([]uint32, len(pt.words))
		for i, w := range pt.words {
			remap[i] = all[w]
		}
		remaps[p] = remap
		for _, id := range pt.ft {
			count[remap[id]+1]++
		}
		g0 := int32(len(ix.gAnchor))
		ix.gAnchor = append(ix.gAnchor, pt.anchors...)
		for i, f := range pt.fields {
			ix.fSec = append(ix.fSec, pt.fSec[i])
			ix.fKind = append(ix.fKind, f.kind)
			ix.fFlags = append(ix.fFlags, f.flags)
			ix.fGroup = append(ix.fGroup, g0+pt.fGroup[i])
			ix.fText = append(ix.fText, f.text)
		}
	}
	for i := 1; i < len(count); i++ {
		count[i] += count[i-1]
	}
	ix.postStart = count
	ix.postings = make([]uint32, nPost)
	ix.termDF = make([]uint32, len(ix.terms))
	lastSec := make([]int32, len(ix.terms))
	for i := range lastSec {
		lastSec[i] = -1
	}
	next := slices.Clone(count[:len(count)-1])
	fid := uint32(0)
	for p, pt := range parts {
		remap := remaps[p]
		for i := range pt.fields {
			sec := pt.fSec[i]
			for _, id := range pt.ft[pt.ftStart[i]:pt.ftStart[i+1]] {
				t := remap[id]
				ix.postings[next[t]] = fid
				next[t]++
				if lastSec[t] != sec {
					lastSec[t] = sec
					ix.termDF[t]++
				}
			}
			fid++
		}
	}
}

// buildShort fills the short-field arrays used by fuzzy matching.
func (ix *Index) buildShort() {
	ix.fShort = make([]int32, len(ix.fText))
	var (
		tk     tokenizer
		folded []byte
		orig   []int32
		starts []bool
	)
	for f, text := range ix.fText {
		if !ix.fKind[f].info().short {
			ix.fShort[f] = -1
			continue
		}
		si := uint32(len(ix.short))
		ix.fShort[f] = int32(si)
		folded, orig, starts = foldMap(folded[:0], orig[:0], starts[:0], text)
		tk.run(text)
		ix.short = append(ix.short, uint32(f))
		ix.shortFold = append(ix.shortFold, string(folded))
		ix.shortKey = append(ix.shortKey, string(tk.key(nil)))
		ix.shortMask = append(ix.shortMask, runeMask(folded))
		for k := 0; k < len(folded); {
			r, n := utf8.DecodeRune(folded[k:])
			if starts[k] {
				l := ix.initials[r]
				if len(l) == 0 || l[len(l)-1] != si {
					ix.initials[r] = append(l, si)
				}
			}
			k += n
		}
	}
}

// runeMask returns a 64-bit set of the runes of folded text: one bit per
// ASCII letter and digit, the other runes hashed into the remaining bits.
// A text can hold a pattern only if its mask holds the pattern's mask.
func runeMask(folded []byte) uint64 {
	var m uint64
	for i := 0; i < len(folded); {
		c := folded[i]
		if c < utf8.RuneSelf {
			m |= 1 << maskBit(rune(c))
			i++
			continue
		}
		r, n := utf8.DecodeRune(folded[i:])
		m |= 1 << maskBit(r)
		i += n
	}
	return m
}

func maskBit(r rune) uint {
	switch {
	case 'a' <= r && r <= 'z':
		return uint(r - 'a')
	case '0' <= r && r <= '9':
		return 26 + uint(r-'0')
	case r < utf8.RuneSelf:
		return 36 + uint(r)%8
	default:
		return 44 + uint(r)%20
	}
}
