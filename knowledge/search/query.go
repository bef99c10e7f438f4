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
	// alt holds the words of the text that query words matched other than
	// by their letters (typos, other numbers, halves of a word run
	// together), each with the query words it stands for, one bit each.
	alt map[string]uint16
	// typoSkipped is set when a word long enough for typos matched as
	// typed and was not looked up with them.
	typoSkipped bool
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
	if allSingleRunes(tk) {
		// "p", "a b": such words start a good share of the vocabulary, and
		// say nothing yet of what the reader looks for.
		return query{}, false
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
	// Two words written apart may be one word of the text: "type script"
	// finds "TypeScript".
	for i := 0; i+1 < len(tk.toks); i++ {
		if tk.toks[i].chunk != tk.toks[i+1].chunk {
			buf = tk.joined(buf[:0], i, i+2)
			q.groups = append(q.groups, group{text: string(buf), from: i, to: i + 2})
		}
	}
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

// allSingleRunes reports whether every word of the last text is one
// letter or digit of an alphabet.
func allSingleRunes(tk *tokenizer) bool {
	for i := range tk.toks {
		w := tk.word(i)
		if r, _ := utf8.DecodeRune(w); utf8.RuneCount(w) > 1 || isSingleton(r) {
			return false // a Han character is a word of its own
		}
	}
	return true
}
