package sanitize

import (
	"regexp"
	"unicode/utf8"
)

// styledSequence matches an SGR sequence or an OSC 8 hyperlink, capturing
// the hyperlink's URI. A compiled Regexp is immutable and safe for
// concurrent use.
var styledSequence = regexp.MustCompile(`\x1b\[[0-9;:]*m|\x1b\]8;[\x20-\x3a\x3c-\x7e]*;([^\x00-\x1f\x7f]*?)(?:\x07|\x1b\\)`)

// Safe reports whether s can be written to a terminal as it is: valid UTF-8
// with no control character other than '\n' and '\t' (so no escape sequence
// at all), and no C1, bidi or invisible character. The output of [Line] and
// [Block] is always Safe.
func Safe(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if (c < 0x20 && c != '\n' && c != '\t') || c == 0x7F {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if (r == utf8.RuneError && size == 1) || hidden(r) {
			return false
		}
		i += size
	}
	return true
}

// SafeStyled reports whether s carries no escape sequence other than SGR
// sequences and OSC 8 hyperlinks with a Safe one-line URI, and is otherwise
// [Safe]. The output of [Terminal] is always SafeStyled. It is written
// independently of Terminal, with a regular expression, so that tests of
// every output path can check their bytes with it.
func SafeStyled(s string) bool {
	last := 0
	for _, m := range styledSequence.FindAllStringSubmatchIndex(s, -1) {
		if !Safe(s[last:m[0]]) {
			return false
		}
		if m[2] >= 0 && !Safe(s[m[2]:m[3]]) { // an OSC 8 URI
			return false
		}
		last = m[1]
	}
	return Safe(s[last:])
}
