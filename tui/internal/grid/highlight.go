package grid

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"charm.land/lipgloss/v2"
)

// Highlight paints, in the plain text line, every word starting with
// one of the terms ts (word prefixes, each may be preceded by a space)
// in hl and the rest in base, so that the reader sees why a row matched. Words are found as the
// filter finds them: a term matches at the start of a run of letters and
// digits, ignoring case.
func Highlight(line string, ts []string, base, hl lipgloss.Style) string {
	if len(ts) == 0 {
		return base.Render(line)
	}
	var b strings.Builder
	last := 0 // end of what b holds of line
	prev := ' '
	for i := 0; i < len(line); {
		r, size := utf8.DecodeRuneInString(line[i:])
		if wordRune(r) && !wordRune(prev) {
			if n := matchedPrefix(line[i:], ts); n > 0 {
				b.WriteString(base.Render(line[last:i]))
				b.WriteString(hl.Render(line[i : i+n]))
				last = i + n
				prev = ' '
				i += n
				if i < len(line) {
					prev, _ = utf8.DecodeLastRuneInString(line[:i])
				}
				continue
			}
		}
		prev = r
		i += size
	}
	b.WriteString(base.Render(line[last:]))
	return b.String()
}

// matchedPrefix is the length in bytes of the longest term s starts with,
// ignoring case, or 0.
func matchedPrefix(s string, ts []string) int {
	best := 0
	for _, t := range ts {
		t = strings.TrimPrefix(t, " ")
		if n := len(t); n > best && n <= len(s) && strings.EqualFold(s[:n], t) {
			best = n
		}
	}
	return best
}

func wordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
