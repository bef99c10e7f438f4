package search

import (
	"unicode/utf8"
)

// Limits on a query, so that any input costs bounded time.
const (
	// MaxQueryBytes is the longest query read; the rest is ignored.
	MaxQueryBytes = 256
	// MaxQueryWords is the most query words matched; the rest are ignored.
	MaxQueryWords = 8
	// maxPattern is the longest fuzzy pattern, in runes.
	maxPattern = 32
)

// query is a parsed query.
type query struct {
	words  []string // folded words, at most MaxQueryWords
	groups []group  // runs of words joined by connectors ("node.js")
	key    string   // the words joined by spaces, see foldKey
	// pattern is the folded words run together, for fuzzy matching of short
	// fields; empty when shorter than two runes.
	pattern string
	patMask uint64
	first   rune // first rune of pattern
}

// group is a run of query words written joined ("node.js", "async/await"):
// its joined form ("nodejs") may match one word of a text.
type group struct {
	text     string
	from, to int // the query words it stands for
}

// parseQuery reads a raw query. It returns false when the query holds no
// word.
func parseQuery(raw string, tk *tokenizer) (query, bool) {
	if len(raw) > MaxQueryBytes {
		cut := MaxQueryBytes
		for cut > 0 && !utf8.RuneStart(raw[cut]) {
			cut--
		}
		raw = raw[:cut]
	}
	tk.run(raw)
	if len(tk.toks) == 0 {
		return query{}, false
	}
	if len(tk.toks) > MaxQueryWords {
		tk.toks = tk.toks[:MaxQueryWords]
	}
	var q query
	for i := range tk.toks {
		q.words = append(q.words, string(tk.word(i)))
	}
	var buf []byte
	tk.joinedRuns(func(from, to int) {
		buf = tk.joined(buf[:0], from, to)
		q.groups = append(q.groups, group{text: string(buf), from: from, to: to})
	})
	q.key = string(tk.key(nil))

	buf = buf[:0]
	n := 0
	for i := range tk.toks {
		for _, r := range string(tk.word(i)) {
			if n == maxPattern {
				break
			}
			buf = utf8.AppendRune(buf, r)
			n++
		}
	}
	if n >= 2 {
		q.pattern = string(buf)
		q.patMask = runeMask(buf)
		q.first, _ = utf8.DecodeRune(buf)
	}
	return q, true
}
