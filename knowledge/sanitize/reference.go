package sanitize

import "github.com/yuin/goldmark/util"

// maxEntityName is longer than the longest HTML5 entity name
// ("CounterClockwiseContourIntegral", 31 letters): longer names are not
// looked up at all.
const maxEntityName = 32

// maxCodePoint caps the values of numeric references while they are parsed,
// so that long digit strings cannot overflow.
const maxCodePoint = 0x10FFFF

// dangerousReference reports whether s, which starts with '&', starts with a
// character reference that any decoder on the way from markdown source to the
// terminal could turn into a forbidden character.
//
// Two families of decoders matter, and each reads digits its own way.
// glamour passes text, code spans and inline HTML through Go's
// html.UnescapeString (bluemonday's x/net/html tokenizer decodes the same
// way): it accepts numeric references without the final ';', reads any
// number of digits, and lets the value wrap around 2^32, so "&#4294967323;"
// is 27, ESC. goldmark resolves references in link destinations and titles
// with strconv.ParseUint in base 0, so "&#033;" is octal 27, ESC. A
// reference is dangerous when any of these readings is a forbidden character.
func dangerousReference(s string) bool {
	if len(s) < 3 {
		return false
	}
	if s[1] == '#' {
		return dangerousNumeric(s[2:])
	}
	return dangerousNamed(s[1:])
}

// dangerousNumeric checks the part of a numeric reference after "&#".
func dangerousNumeric(s string) bool {
	// sat saturates past the largest code point, as ParseUint does past its
	// range; wrap overflows as html.UnescapeString's rune arithmetic does.
	var (
		sat, oct int
		wrap     rune
		n        int
		octal    = true
	)
	if s[0] == 'x' || s[0] == 'X' {
		for n+1 < len(s) && isHex(s[n+1]) {
			d := hexValue(s[n+1])
			sat = min(sat*16+d, maxCodePoint+1)
			wrap = wrap*16 + rune(d)
			n++
		}
		return n > 0 && (forbiddenValue(sat) || forbiddenRune(wrap))
	}
	for n < len(s) && s[n] >= '0' && s[n] <= '9' {
		d := int(s[n] - '0')
		sat = min(sat*10+d, maxCodePoint+1)
		oct = min(oct*8+d, maxCodePoint+1)
		wrap = wrap*10 + rune(d)
		octal = octal && d < 8
		n++
	}
	if n == 0 {
		return false
	}
	return forbiddenValue(sat) || forbiddenRune(wrap) || (s[0] == '0' && octal && forbiddenValue(oct))
}

// dangerousNamed checks the part of a named reference after '&'. Only names
// ending in ';' can decode to a forbidden character: the legacy names HTML
// accepts without ';' all stand for Latin-1 letters and signs.
func dangerousNamed(s string) bool {
	n := 0
	for n < len(s) && isAlnum(s[n]) {
		n++
	}
	if n == 0 || n > maxEntityName || n >= len(s) || s[n] != ';' {
		return false
	}
	e, ok := util.LookUpHTML5EntityByName(s[:n])
	if !ok {
		return false
	}
	for _, v := range e.CodePoints {
		if forbiddenValue(v) {
			return true
		}
	}
	return false
}

// forbiddenValue reports whether a numeric reference to code point v decodes
// to a forbidden character. NUL counts, although decoders turn it into
// U+FFFD, so that "&#0;" is shown as written.
func forbiddenValue(v int) bool {
	return v <= maxCodePoint && v != '\t' && v != '\n' && forbidden(rune(v))
}

// forbiddenRune is forbiddenValue for a value that may have wrapped below 0.
func forbiddenRune(r rune) bool {
	return r >= 0 && forbiddenValue(int(r))
}

func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

func hexValue(c byte) int {
	switch {
	case c >= 'a':
		return int(c-'a') + 10
	case c >= 'A':
		return int(c-'A') + 10
	}
	return int(c - '0')
}

func isAlnum(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}
