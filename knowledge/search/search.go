package search

import (
	"context"
	"slices"

	"github.com/sahilm/fuzzy"

	"github.com/versus-dev/versus/knowledge"
)

// Hit is one search result: a field of a section that matched the query.
type Hit struct {
	SectionID string
	Title     string         // the section title
	Kind      knowledge.Kind // the section kind
	Field     Field          // what matched
	// Snippet is the matched text on one line, cut around the match to at
	// most SnippetRunes runes on word boundaries, with Ellipsis where cut.
	Snippet string
	// Matches are the byte ranges of Snippet holding the matched
	// characters: sorted, disjoint, on rune boundaries.
	Matches [][2]int
	Score   int // higher is better
	// Anchor is the anchor of the heading the match lies under (body,
	// table, question and answer hits), for a reader to jump to; "" for the
	// top of the section.
	Anchor string
	// SectionHits is the number of fields of the section that matched the
	// query, this one included: more than the hits returned for it, which
	// are at most MaxPerSection.
	SectionHits int
}

// Result limits.
const (
	// DefaultLimit is the number of hits returned when limit <= 0.
	DefaultLimit = 50
	// MaxLimit caps limit, so that a query costs bounded time.
	MaxLimit = 1000
	// MaxPerSection is the most hits returned for one section.
	MaxPerSection = 3
)

// maxEval caps how many candidates are verified in their text; the rest,
// ranked lower by the index alone, are dropped.
const maxEval = 4096

// Search returns the hits for query, best first (see the package
// documentation for the ranking): at most limit of them, DefaultLimit when
// limit <= 0 and never more than MaxLimit. A query without any letter or
// digit, or matching nothing, returns nil. Any bytes are accepted: a query
// is cut to MaxQueryBytes and MaxQueryWords, invalid UTF-8 reads as
// separators.
func (ix *Index) Search(query string, limit int) []Hit {
	hits, _ := ix.SearchContext(context.Background(), query, limit)
	return hits
}

// SearchContext is Search that gives up when ctx is done, returning
// ctx.Err().
func (ix *Index) SearchContext(ctx context.Context, query string, limit int) ([]Hit, error) {
	return ix.search(ctx, query, limit, nil)
}

// search runs a query. st, when not nil, is the state of a Session: its
// caches are used and updated.
func (ix *Index) search(ctx context.Context, raw string, limit int, st *sessionState) ([]Hit, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	switch {
	case limit <= 0:
		limit = DefaultLimit
	case limit > MaxLimit:
		limit = MaxLimit
	}
	sc := ix.getScratch()
	defer ix.putScratch(sc)
	q, ok := parseQuery(raw, &sc.tk)
	if !ok || len(ix.fText) == 0 {
		return nil, nil
	}
	rarity := sc.rarity[:len(q.words)]
	// Words that match as typed are not looked up with typos, unless no
	// section then holds them all: a second pass forgives every word.
	for _, typos := range []bool{false, true} {
		sc.beginQuery()
		if err := ix.matchWords(ctx, &q, sc, st, rarity, typos); err != nil {
			return nil, err
		}
		if q.pattern != "" {
			var from []uint32
			if st != nil {
				from = st.fuzzyFrom(q.pattern)
			}
			survivors, err := ix.matchFuzzy(ctx, &q, sc, from, st != nil)
			if err != nil {
				return nil, err
			}
			if st != nil {
				st.setFuzzy(q.pattern, survivors)
			}
		}
		if ix.andFilter(&q, sc) > 0 || !q.typoSkipped {
			break
		}
	}

	// Rank candidates by the index alone and keep the best for verification.
	h := topK{keys: sc.heap[:0], k: min(maxEval, max(256, 16*limit))}
	for i := range sc.cands {
		c := &sc.cands[i]
		if !ix.inAll(c, &q, sc) {
			continue
		}
		c.s1, c.fromFuzzy = ix.score(c, &q, rarity)
		// Ties go to the field that comes first in the pack.
		h.offer(uint64(c.s1)<<32 | uint64(^c.field))
		if i%checkEvery == checkEvery-1 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
	}
	sc.heap = h.keys
	order := h.keys
	slices.SortFunc(order, func(a, b uint64) int {
		switch {
		case a > b:
			return -1
		case a < b:
			return 1
		}
		return 0
	})

	// Verify in order, keeping the best hit of each group, until no
	// remaining candidate can enter the results.
	sc.hits = sc.hits[:0]
	sc.spans = sc.spans[:0]
	groupBest := map[int32]int{} // group to index in sc.hits
	for n, key := range order {
		c := sc.lookup(^uint32(key))
		if n%64 == 63 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			if ix.enough(sc, limit, int(c.s1)+q.maxBonus()) {
				break
			}
		}
		s0 := int32(len(sc.spans))
		var bonus int
		if c.fromFuzzy {
			bonus = ix.verifyFuzzy(c.field, &q, sc)
		} else {
			bonus = ix.verifyWords(c.field, &q, sc)
		}
		hit := evalHit{field: c.field, score: c.s1 + int32(bonus), s0: s0, s1: int32(len(sc.spans))}
		g := ix.fGroup[c.field]
		if at, ok := groupBest[g]; ok {
			if sc.hits[at].score < hit.score {
				sc.hits[at] = hit
			}
			continue
		}
		groupBest[g] = len(sc.hits)
		sc.hits = append(sc.hits, hit)
	}
	return ix.collect(sc, limit), nil
}

// evalHit is a verified candidate.
type evalHit struct {
	field  uint32
	score  int32
	s0, s1 int32 // its spans: sc.spans[s0:s1]
}

// enough reports whether the verified hits already fill the results with
// hits scoring at least floor, so that no candidate scoring below floor can
// enter them.
func (ix *Index) enough(sc *scratch, limit, floor int) bool {
	bump(&sc.secGen, sc.secMark)
	n := 0
	for _, h := range sc.hits {
		if int(h.score) < floor {
			continue
		}
		s := ix.fSec[h.field]
		if sc.secMark[s] != sc.secGen {
			sc.secMark[s], sc.secHits[s] = sc.secGen, 0
		}
		if sc.secHits[s] < MaxPerSection {
			sc.secHits[s]++
			n++
			if n >= limit {
				return true
			}
		}
	}
	return false
}

// collect groups the verified hits by section (at most MaxPerSection each,
// sections ordered by their best hit) and builds up to limit Hits.
func (ix *Index) collect(sc *scratch, limit int) []Hit {
	hits := sc.hits
	slices.SortStableFunc(hits, func(a, b evalHit) int {
		if a.score != b.score {
			return int(b.score - a.score)
		}
		return int(int64(a.field) - int64(b.field))
	})
	type secHits struct {
		sec  int32
		hits []int
	}
	var secs []secHits
	where := map[int32]int{}
	for i, h := range hits {
		s := ix.fSec[h.field]
		k, ok := where[s]
		if !ok {
			k = len(secs)
			where[s] = k
			secs = append(secs, secHits{sec: s})
		}
		if len(secs[k].hits) < MaxPerSection {
			secs[k].hits = append(secs[k].hits, i)
		}
	}
	var out []Hit
	type rowKey struct {
		sec     int32
		field   Field
		snippet string
	}
	seen := map[rowKey]bool{}
	for _, s := range secs {
		for _, i := range s.hits {
			if len(out) == limit {
				return out
			}
			h := ix.hit(hits[i], sc)
			// The same words in two places (a sentence repeated under two
			// headings) read as one row.
			k := rowKey{s.sec, h.Field, h.Snippet}
			if seen[k] {
				continue
			}
			seen[k] = true
			out = append(out, h)
		}
	}
	return out
}

// hit builds the Hit of a verified candidate.
func (ix *Index) hit(h evalHit, sc *scratch) Hit {
	sec := ix.sections[ix.fSec[h.field]]
	spans := mergeSpans(sc.spans[h.s0:h.s1])
	text, matches := snippet(ix.fText[h.field], spans)
	return Hit{
		SectionID: sec.id,
		Title:     sec.title,
		Kind:      sec.kind,
		Field:     ix.fKind[h.field].info().field,
		Snippet:   text,
		Matches:   matches,
		Score:     int(h.score),
		Anchor:    ix.gAnchor[ix.fGroup[h.field]],
		// The section holds every query word (see andFilter): acount is
		// current for it.
		SectionHits: int(sc.acount[ix.fSec[h.field]]),
	}
}

// matchFuzzy matches the query's pattern against the short fields that may
// hold it (narrowed to from when not nil) and records a fuzzy quality in
// the candidates of tight matches. It returns the fields sahilm/fuzzy
// matched, or could have (those skipped because every query word already
// matched them), for a session to narrow the next search to.
func (ix *Index) matchFuzzy(ctx context.Context, q *query, sc *scratch, from []uint32, keep bool) ([]uint32, error) {
	sc.fuzzyIn = ix.fuzzyCandidates(q, from, sc.fuzzyIn[:0])
	var survivors []uint32
	targets := sc.fuzzyIn[:0]
	for _, si := range sc.fuzzyIn {
		if c := sc.lookup(ix.short[si]); c != nil && c.hasAll(len(q.words)) {
			// A word match outranks any fuzzy match of the same field.
			if keep {
				survivors = append(survivors, si)
			}
			continue
		}
		targets = append(targets, si)
	}
	var err error
	seq := func(yield func(string) bool) {
		for n, si := range targets {
			if n%1024 == 1023 {
				if err = ctx.Err(); err != nil {
					return
				}
			}
			if !yield(ix.shortFold[si]) {
				return
			}
		}
	}
	ms := fuzzy.FindFromIterNoSort(q.pattern, seq)
	if err != nil {
		return nil, err
	}
	for _, m := range ms {
		si := targets[m.Index]
		if keep {
			survivors = append(survivors, si)
		}
		f := ix.short[si]
		sc.fold, sc.orig, sc.starts = foldMap(sc.fold[:0], sc.orig[:0], sc.starts[:0], ix.fText[f])
		if string(sc.fold) != m.Str {
			continue // cannot happen: shortFold is built by foldMap
		}
		if fq := fuzzyQuality(m.Str, sc.starts, m.MatchedIndexes); fq > 0 {
			sc.cand(f).fuzzy = uint8(fq)
		}
	}
	if keep {
		slices.Sort(survivors)
	}
	return survivors, ctx.Err()
}

// topK keeps the k largest keys offered, in a min-heap.
type topK struct {
	keys []uint64
	k    int
}

func (h *topK) offer(key uint64) {
	if len(h.keys) < h.k {
		h.keys = append(h.keys, key)
		// Sift up.
		for i := len(h.keys) - 1; i > 0; {
			p := (i - 1) / 2
			if h.keys[p] <= h.keys[i] {
				break
			}
			h.keys[p], h.keys[i] = h.keys[i], h.keys[p]
			i = p
		}
		return
	}
	if key <= h.keys[0] {
		return
	}
	h.keys[0] = key
	// Sift down.
	for i, n := 0, len(h.keys); ; {
		l, r, m := 2*i+1, 2*i+2, i
		if l < n && h.keys[l] < h.keys[m] {
			m = l
		}
		if r < n && h.keys[r] < h.keys[m] {
			m = r
		}
		if m == i {
			return
		}
		h.keys[i], h.keys[m] = h.keys[m], h.keys[i]
		i = m
	}
}

// andFilter records, for each section, which query words its candidate
// fields match and how many fields matched, and returns the number of
// candidates whose section holds every query word: a section is a result
// only when it holds them all, though not necessarily in one field ("gil
// python" finds a section titled GIL that speaks of Python).
func (ix *Index) andFilter(q *query, sc *scratch) int {
	bump(&sc.agen, sc.amark)
	for i := range sc.cands {
		c := &sc.cands[i]
		s := ix.fSec[c.field]
		if sc.amark[s] != sc.agen {
			sc.amark[s], sc.abits[s], sc.acount[s] = sc.agen, 0, 0
		}
		sc.abits[s] |= c.words(q)
		sc.acount[s]++
	}
	n := 0
	for i := range sc.cands {
		if ix.inAll(&sc.cands[i], q, sc) {
			n++
		}
	}
	return n
}

// inAll reports whether the section of c holds every query word; valid
// after andFilter.
func (ix *Index) inAll(c *cand, q *query, sc *scratch) bool {
	all := uint16(1)<<len(q.words) - 1
	return sc.abits[ix.fSec[c.field]] == all
}

// words returns the query words c matched, one bit each; all of them when
// the whole query matched it fuzzily.
func (c *cand) words(q *query) uint16 {
	if c.fuzzy > 0 {
		return uint16(1)<<len(q.words) - 1
	}
	var b uint16
	for i := range q.words {
		if c.q[i] > 0 {
			b |= 1 << i
		}
	}
	return b
}
