package sanitize

import (
	"strings"
	"unicode/utf8"
)

// replacement is written for every byte that is not valid UTF-8.
const replacement = "\uFFFD"

// hidden reports whether r is a C1 control, a bidi control or an invisible
// format character: runes that are printable in Go's sense but can reorder,
// hide or spoof text, or that some terminals treat as controls.
func hidden(r rune) bool {
	switch {
	case r >= 0x80 && r <= 0x9F: // C1 controls, e.g. U+009B is CSI in some terminals
		return true
	case r < 0x061C:
		return false
	case r == 0x061C, // ARABIC LETTER MARK
		r == 0x180E,                  // MONGOLIAN VOWEL SEPARATOR
		r >= 0x200B && r <= 0x200F,   // zero-width space/non-joiner/joiner, LRM, RLM
		r >= 0x2028 && r <= 0x2029,   // line and paragraph separators
		r >= 0x202A && r <= 0x202E,   // bidi embeddings and overrides
		r >= 0x2060 && r <= 0x2064,   // word joiner, invisible operators
		r >= 0x2066 && r <= 0x206F,   // bidi isolates, deprecated format controls
		r == 0xFEFF,                  // zero-width no-break space (BOM)
		r >= 0xFFF9 && r <= 0xFFFB,   // interlinear annotation
		r >= 0xE0000 && r <= 0xE007F: // tags: invisible ASCII look-alikes
		return true
	}
	return false
}

// printableASCII reports whether c is a printable ASCII character, space to
// '~', with one unsigned comparison: the hot path of every filter.
func printableASCII(c byte) bool {
	return c-0x20 < 0x7F-0x20
}

// forbidden reports whether r may never reach a terminal as itself, apart
// from '\t' and '\n' which each filter treats on its own.
func forbidden(r rune) bool {
	return r < 0x20 || r == 0x7F || hidden(r)
}

// writeCaret writes the caret notation of the C0 control or DEL c: "^@" for
// NUL, "^[" for ESC, "^?" for DEL.
func writeCaret(b *strings.Builder, c byte) {
	b.WriteByte('^')
	b.WriteByte(c ^ 0x40)
}

// writeCodePoint writes r as "<U+XXXX>", at least four upper-case hex digits.
func writeCodePoint(b *strings.Builder, r rune) {
	const hex = "0123456789ABCDEF"
	b.WriteString("<U+")
	digits := 4
	for v := r >> 16; v > 0; v >>= 4 {
		digits++
	}
	for i := digits - 1; i >= 0; i-- {
		b.WriteByte(hex[(r>>(4*i))&0xF])
	}
	b.WriteByte('>')
}

// nonASCII classifies the non-ASCII rune at o.s[i:]. It returns its size in
// bytes and, when it must not reach a terminal as itself, writes its visible
// form through o: U+FFFD for a byte that is not valid UTF-8, "<U+XXXX>" for a
// hidden rune.
func (o *output) nonASCII(i int) (size int) {
	r, size := utf8.DecodeRuneInString(o.s[i:])
	switch {
	case r == utf8.RuneError && size == 1:
		o.replace(i, size).WriteString(replacement)
	case hidden(r):
		writeCodePoint(o.replace(i, size), r)
	}
	return size
}
