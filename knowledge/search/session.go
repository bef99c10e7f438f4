package search

import (
	"context"
	"sync"
	"unicode/utf8"
)

// Session answers the successive queries of one interactive search box,
// typically one per keystroke, faster than independent searches:
//
//   - while the query grows ("ev", "eve", "even"), fuzzy matching of titles,
//     aliases, tags and questions runs only over the fields the previous
//     query matched, since a field that does not hold "eve" as a
//     subsequence cannot hold "even";
//   - the matches of a query word that did not change since the previous
//     query ("event" in "event lo", "event loo") are reused, not looked up
//     again.
//
// Results are the same as Index.SearchContext's for the same query.
//
// A Session is safe for concurrent use. A TUI runs each Search in a
// tea.Cmd with a context it cancels when the next key arrives: a cancelled
// search returns ctx.Err() and leaves the session as it was, and when
// searches overlap, the one started last is the one the next search
// narrows from.
type Session struct {
	ix *Index

	mu      sync.Mutex
	started uint64        // number of searches started
	doneSeq uint64        // sequence number of the search that set last
	last    *sessionState // what the last completed search matched; nil at first
}

// NewSession starts a session over the index.
func (ix *Index) NewSession() *Session { return &Session{ix: ix} }

// Search returns the hits for query like Index.SearchContext, reusing the
// work of the session's previous search where the query allows it.
func (s *Session) Search(ctx context.Context, query string, limit int) ([]Hit, error) {
	s.mu.Lock()
	s.started++
	seq := s.started
	prev := s.last
	s.mu.Unlock()

	st := &sessionState{words: map[string]wordMatches{}, prev: prev}
	hits, err := s.ix.search(ctx, query, limit, st)
	if err != nil {
		return nil, err
	}
	st.prev = nil
	s.mu.Lock()
	if seq > s.doneSeq {
		s.doneSeq, s.last = seq, st
	}
	s.mu.Unlock()
	return hits, nil
}

// sessionState is what one search of a session matched, for the next one
// to start from. It is written only by the search that owns it and read
// only once that search completed.
type sessionState struct {
	words map[string]wordMatches // by query word or joined group
	// survivors are the short fields that may hold pattern, sorted; nil
	// when the search had no fuzzy pattern.
	pattern   string
	survivors []uint32
	prev      *sessionState // the previous search's state, while searching
}

// word returns the matches of w found by this search or the previous one.
func (st *sessionState) word(w string) (wordMatches, bool) {
	if wm, ok := st.words[w]; ok {
		return wm, true
	}
	if st.prev != nil {
		if wm, ok := st.prev.words[w]; ok {
			st.words[w] = wm
			return wm, true
		}
	}
	return wordMatches{}, false
}

// fuzzyFrom returns the short fields to narrow a fuzzy match of pattern
// to, or nil to search them all. The previous survivors are enough when
// the previous pattern is a subsequence of this one starting with the same
// rune: the candidates are the fields with a word starting with it.
func (st *sessionState) fuzzyFrom(pattern string) []uint32 {
	p := st.prev
	if p == nil || p.pattern == "" || p.survivors == nil {
		return nil
	}
	r1, _ := utf8.DecodeRuneInString(p.pattern)
	r2, _ := utf8.DecodeRuneInString(pattern)
	if r1 != r2 || !isSubsequence(p.pattern, pattern) {
		return nil
	}
	return p.survivors
}

func (st *sessionState) setFuzzy(pattern string, survivors []uint32) {
	if survivors == nil {
		survivors = []uint32{}
	}
	st.pattern, st.survivors = pattern, survivors
}
