package knowledge

import (
	"strings"
	"unicode"
)

// Anchor turns heading text into the anchor a code forge gives it, so that
// links written for a forge ("performance.md#memory-use") resolve here too:
// lower case, letters, digits, '-' and '_' kept, spaces become '-', every
// other character dropped.
func Anchor(heading string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(strings.TrimSpace(heading)) {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '_':
			b.WriteRune(r)
		case r == ' ':
			b.WriteByte('-')
		}
	}
	return b.String()
}
