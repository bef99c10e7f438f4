package search

import "slices"

// scratch is the working memory of one query, kept in Index.scratch between
// queries so that a query allocates little. Dense per-field arrays are
// cleared in O(1) by bumping a generation number.
type scratch struct {
	// Fields matched by the current word, each once.
	wgen  uint32
	wmark []uint32 // wmark[f] == wgen when f is in wbuf at wpos[f]
	wpos  []int32
	wbuf  []fieldQ

	// Fields holding the first half of a word cut in two, see splits.
	sgen  uint32
	smark []uint32

	// Sections holding every query word, see andFilter.
	agen   uint32
	amark  []uint32 // amark[s] == agen when abits and acount are current
	abits  []uint16 // the query words matched somewhere in section s
	acount []int32  // the fields of section s that matched

	// Fields matched by any word: the candidates.
	cgen  uint32
	cmark []uint32 // cmark[f] == cgen when f is in cands at cslot[f]
	cslot []int32
	cands []cand

	rarity  [MaxQueryWords]int
	heap    []uint64
	fuzzyIn []uint32
	hits    []evalHit
	spans   []span
	tk      tokenizer
	fold    []byte
	orig    []int32
	starts  []bool
	joined  []byte
	masks   []uint16
	occs    []occurrence
	secGen  uint32
	secMark []uint32 // secMark[s] == secGen when secHits[s] counts for this pass
	secHits []int32
}

func (ix *Index) getScratch() *scratch {
	if sc, ok := ix.scratch.Get().(*scratch); ok {
		return sc
	}
	n := len(ix.fText)
	return &scratch{
		wmark:   make([]uint32, n),
		wpos:    make([]int32, n),
		cmark:   make([]uint32, n),
		cslot:   make([]int32, n),
		smark:   make([]uint32, n),
		amark:   make([]uint32, len(ix.sections)),
		abits:   make([]uint16, len(ix.sections)),
		acount:  make([]int32, len(ix.sections)),
		secMark: make([]uint32, len(ix.sections)),
		secHits: make([]int32, len(ix.sections)),
	}
}

func (ix *Index) putScratch(sc *scratch) { ix.scratch.Put(sc) }

// bump advances a generation number, clearing marks on wrap-around so that
// a stale mark can never look current.
func bump(gen *uint32, marks []uint32) {
	*gen++
	if *gen == 0 {
		clear(marks)
		*gen = 1
	}
}

func (sc *scratch) beginWord() {
	bump(&sc.wgen, sc.wmark)
	sc.wbuf = sc.wbuf[:0]
}

// markWord records that the current word matches field f with quality q.
func (sc *scratch) markWord(f uint32, q uint8) {
	if sc.wmark[f] != sc.wgen {
		sc.wmark[f] = sc.wgen
		sc.wpos[f] = int32(len(sc.wbuf))
		sc.wbuf = append(sc.wbuf, fieldQ{f, q})
		return
	}
	if p := &sc.wbuf[sc.wpos[f]]; p.q < q {
		p.q = q
	}
}

// endWord returns the fields of the current word, copied when they are
// to be kept beyond the next word.
func (sc *scratch) endWord(keep bool) []fieldQ {
	if keep {
		return slices.Clone(sc.wbuf)
	}
	return sc.wbuf
}

func (sc *scratch) beginQuery() {
	bump(&sc.cgen, sc.cmark)
	sc.cands = sc.cands[:0]
	sc.rarity = [MaxQueryWords]int{}
}

// cand returns the candidate for field f, adding it when new.
func (sc *scratch) cand(f uint32) *cand {
	if sc.cmark[f] != sc.cgen {
		sc.cmark[f] = sc.cgen
		sc.cslot[f] = int32(len(sc.cands))
		sc.cands = append(sc.cands, cand{field: f})
	}
	return &sc.cands[sc.cslot[f]]
}

// lookup returns the candidate for field f, or nil.
func (sc *scratch) lookup(f uint32) *cand {
	if sc.cmark[f] != sc.cgen {
		return nil
	}
	return &sc.cands[sc.cslot[f]]
}
