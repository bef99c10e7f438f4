package search

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// appendFold appends the folded form of the rune r, which occupies
// s[:size], to dst. Folding removes accents and case: the rune is
// decomposed (NFKD, so ligatures and full-width forms become plain
// letters), its non-spacing marks dropped and each remaining rune
// lower-cased. A rune may fold to nothing (a lone combining accent) or to
// several runes ("ﬁ" to "fi").
func appendFold(dst []byte, s string, r rune) []byte {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return append(dst, byte(r))
	}
	if r == utf8.RuneError {
		return utf8.AppendRune(dst, r)
	}
	d := norm.NFKD.PropertiesString(s).Decomposition()
	if d == nil {
		return appendLower(dst, r)
	}
	for len(d) > 0 {
		dr, n := utf8.DecodeRune(d)
		d = d[n:]
		dst = appendLower(dst, dr)
	}
	return dst
}

// appendLower appends r lower-cased, or nothing when r is a non-spacing
// mark (an accent).
func appendLower(dst []byte, r rune) []byte {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return append(dst, byte(r))
	}
	if unicode.Is(unicode.Mn, r) {
		return dst
	}
	// Upper then lower maps the variants of a letter (final sigma, long s,
	// the Kelvin sign) to one lower-case form.
	return utf8.AppendRune(dst, unicode.ToLower(unicode.ToUpper(r)))
}

// isWordRune reports whether r, already folded, belongs in a word.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || '0' <= r && r <= '9' || 'A' <= r && r <= 'Z'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// isSingleton reports whether r is a word on its own: scripts written
// without spaces between words, where one character is the unit a reader
// searches for.
func isSingleton(r rune) bool {
	return r >= 0x2E80 && (unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r))
}

// isConnector reports whether r joins two words into one term, as in
// "Node.js", "async/await", "multi-threading" or "don't".
func isConnector(r rune) bool {
	switch r {
	case '.', '/', '-', '_', ':', '\'', '\u2019':
		return true
	}
	return false
}

// foldMap folds every rune of s (see appendFold), blanks caret notation,
// and records, for each byte of the
// folded text, the offset in s of the rune it came from, and whether that
// rune starts a word (after a non-word rune, at a lower-to-upper case change
// as in "TypeScript", or between letters and digits as in "V8").
func foldMap(dst []byte, orig []int32, starts []bool, s string) ([]byte, []int32, []bool) {
	var prev rune = ' '
	for i := 0; i < len(s); {
		if s[i] == '^' && i+1 < len(s) && isCaretControl(s[i+1]) {
			// Caret notation ("^L") is no text: blanks, so that no fuzzy
			// match runs through it (see tokenizer.run).
			dst = append(dst, ' ', ' ')
			orig = append(orig, int32(i), int32(i+1))
			starts = append(starts, false, false)
			prev = ' '
			i += 2
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		ws := isWordStart(prev, r)
		before := len(dst)
		dst = appendFold(dst, s[i:], r)
		for k := before; k < len(dst); k++ {
			orig = append(orig, int32(i))
			starts = append(starts, ws && k == before)
		}
		prev = r
		i += n
	}
	return dst, orig, starts
}

// isWordStart reports whether r starts a word when it follows prev; both are
// runes of the original (unfolded) text.
func isWordStart(prev, r rune) bool {
	if !isWordRune(r) || unicode.Is(unicode.Mn, r) {
		return false
	}
	if !isWordRune(prev) {
		return true
	}
	if unicode.IsLower(prev) && unicode.IsUpper(r) {
		return true
	}
	return unicode.IsDigit(prev) != unicode.IsDigit(r)
}
