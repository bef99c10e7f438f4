package search

import (
	"unicode/utf8"
)

// maxTermLen caps the folded length of an indexed word, in bytes, so that a
// long run of letters (a hash, a base64 blob) costs no more than a word.
const maxTermLen = 64

// maxJoined is the most words a joined term ("nodejs" from "Node.js")
// combines; longer runs (URLs, paths) are not worth a term of their own.
const maxJoined = 4

// token is one word of a text.
type token struct {
	start, end int32 // byte offsets of the word in the original text
	fs, fe     int32 // byte offsets of its folded form in tokenizer.buf
	chunk      int32 // words with the same chunk are joined by connectors only
}

// tokenizer cuts text into words. It is reused between texts to avoid
// allocations; it is not safe for concurrent use.
type tokenizer struct {
	buf  []byte  // folded forms of the words, back to back
	toks []token // the words of the last text

	// State of run.
	cur     token
	inTok   bool
	full    bool // the folded word reached maxTermLen
	linked  bool // only connectors since the previous word ended
	chunk   int32
	scratch []byte
}

// word returns the folded form of the i-th word.
func (t *tokenizer) word(i int) []byte {
	return t.buf[t.toks[i].fs:t.toks[i].fe]
}

// begin starts a word at byte i.
func (t *tokenizer) begin(i int) {
	if !t.linked {
		t.chunk++
	}
	t.cur = token{start: int32(i), fs: int32(len(t.buf)), chunk: t.chunk}
	t.inTok, t.full = true, false
}

// end ends the current word, if any, at byte i.
func (t *tokenizer) end(i int) {
	if !t.inTok {
		return
	}
	t.cur.end, t.cur.fe = int32(i), int32(len(t.buf))
	t.toks = append(t.toks, t.cur)
	t.inTok, t.linked = false, true
}

// add appends folded bytes to the current word unless it is full.
func (t *tokenizer) add(b []byte) {
	if t.full {
		return
	}
	if len(t.buf)-int(t.cur.fs)+len(b) > maxTermLen {
		t.full = true
		return
	}
	t.buf = append(t.buf, b...)
}

// run tokenizes s, replacing the previous result.
func (t *tokenizer) run(s string) {
	t.buf = t.buf[:0]
	t.toks = t.toks[:0]
	t.inTok, t.full, t.linked, t.chunk = false, false, false, 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
				if !t.inTok {
					t.begin(i)
				}
				if !t.full && len(t.buf)-int(t.cur.fs) < maxTermLen {
					t.buf = append(t.buf, c)
				} else {
					t.full = true
				}
				i++
			case 'A' <= c && c <= 'Z':
				if !t.inTok {
					t.begin(i)
				}
				if !t.full && len(t.buf)-int(t.cur.fs) < maxTermLen {
					t.buf = append(t.buf, c+'a'-'A')
				} else {
					t.full = true
				}
				i++
			case c == '^' && i+1 < len(s) && isCaretControl(s[i+1]):
				// "^L", "^[": a control character shown in caret notation
				// by the sanitizer, not a word a reader wrote.
				t.end(i)
				t.linked = false
				i += 2
			case (c == '+' || c == '#') && t.inTok:
				j := i
				for j < len(s) && (s[j] == '+' || s[j] == '#') {
					j++
				}
				if j < len(s) && wordAt(s, j) {
					// "a+b": an operator between words, not part of one.
					t.end(i)
					t.linked = false
				} else {
					t.add([]byte(s[i:j]))
					t.end(j)
				}
				i = j
			default:
				t.end(i)
				if !isConnector(rune(c)) {
					t.linked = false
				}
				i++
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if isSingleton(r) {
			t.end(i)
			t.begin(i)
			t.scratch = appendFold(t.scratch[:0], s[i:], r)
			t.add(t.scratch)
			t.end(i + n)
			i += n
			continue
		}
		t.scratch = appendFold(t.scratch[:0], s[i:], r)
		switch {
		case len(t.scratch) == 0:
			// A lone accent: part of the word it follows, if any.
			if t.inTok {
				i += n
				continue
			}
		case startsWithWordRune(t.scratch):
			if !t.inTok {
				t.begin(i)
			}
			t.add(wordRunes(t.scratch))
			i += n
			continue
		}
		t.end(i)
		if !isConnector(r) {
			t.linked = false
		}
		i += n
	}
	t.end(len(s))
}

// isCaretControl reports whether c follows '^' in the caret notation of
// a C0 control or DEL ("^@", "^A".."^Z", "^[", "^\\", "^]", "^^", "^_",
// "^?"), the form knowledge/sanitize shows them in.
func isCaretControl(c byte) bool {
	return '@' <= c && c <= '_' || c == '?'
}

// wordAt reports whether s holds a word rune at byte offset j.
func wordAt(s string, j int) bool {
	r, _ := utf8.DecodeRuneInString(s[j:])
	return isWordRune(r)
}

func startsWithWordRune(b []byte) bool {
	r, _ := utf8.DecodeRune(b)
	return isWordRune(r)
}

// wordRunes drops the non-word runes of a folded rune ("1⁄2" from "½"
// keeps "12"), in place.
func wordRunes(b []byte) []byte {
	out := b[:0]
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if isWordRune(r) {
			out = append(out, b[i:i+n]...)
		}
		i += n
	}
	return out
}

// joinedRuns calls fn for every run of 2 to maxJoined words of the last
// text sharing a chunk, with the index of its first word and one past its
// last.
func (t *tokenizer) joinedRuns(fn func(from, to int)) {
	for i := 0; i < len(t.toks); {
		j := t.runEnd(i)
		if n := j - i; n >= 2 && n <= maxJoined {
			fn(i, j)
		}
		i = j
	}
}

// runEnd returns one past the last word of the chunk of word i.
func (t *tokenizer) runEnd(i int) int {
	j := i + 1
	for j < len(t.toks) && t.toks[j].chunk == t.toks[i].chunk {
		j++
	}
	return j
}

// joined appends the folded words from..to-1 to dst, capped at maxTermLen
// bytes on a rune boundary.
func (t *tokenizer) joined(dst []byte, from, to int) []byte {
	start := len(dst)
	for k := from; k < to; k++ {
		w := t.word(k)
		if len(dst)-start+len(w) > maxTermLen {
			for _, r := range string(w) {
				if len(dst)-start+utf8.RuneLen(r) > maxTermLen {
					break
				}
				dst = utf8.AppendRune(dst, r)
			}
			break
		}
		dst = append(dst, w...)
	}
	return dst
}
