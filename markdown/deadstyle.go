package markdown

import (
	"strings"
	"unicode/utf8"
)

// dropDeadStyles removes from rendered text the styles that a full
// reset cancels before any text is drawn with them. Glamour opens and
// closes a style around every blank it pads with and every empty span it
// writes, so that such pairs made up about 85% of the bytes of a rendered
// section; every step after the render pays for them: the reader's cache,
// each frame Bubble Tea draws, and the terminal that parses what `show`
// prints. In a run of SGR sequences with nothing between them, whatever
// comes before the run's last full reset has no effect on any cell or on
// the style the run leaves, so only that reset and what follows it are
// kept. Nothing else is touched, so the text draws exactly as before.
// Text that is not UTF-8 is left as it is: a terminal may read a broken
// character as swallowing the escape that follows it.
func dropDeadStyles(l string) string {
	if !strings.Contains(l, "\x1b[") || !utf8.ValidString(l) {
		return l
	}
	var b strings.Builder
	copied := 0 // l[:copied] is in b
	for i := 0; i < len(l); {
		j := strings.IndexByte(l[i:], '\x1b')
		if j < 0 {
			break
		}
		start := i + j
		end, reset := start, -1 // the run, and where its last reset starts
		for {
			n := sgrLen(l[end:])
			if n == 0 {
				break
			}
			if s := l[end : end+n]; s == "\x1b[m" || s == "\x1b[0m" {
				reset = end
			}
			end += n
		}
		if reset > start {
			if b.Len() == 0 {
				b.Grow(len(l))
			}
			b.WriteString(l[copied:start])
			b.WriteString(l[reset:end])
			copied = end
		}
		i = max(end, start+1)
	}
	if copied == 0 {
		return l
	}
	b.WriteString(l[copied:])
	return b.String()
}

// sgrLen is the length of the SGR sequence (ESC [ parameters m) that s
// starts with; 0 if it starts with anything else.
func sgrLen(s string) int {
	if len(s) < 3 || s[0] != '\x1b' || s[1] != '[' {
		return 0
	}
	for i := 2; i < len(s); i++ {
		switch c := s[i]; {
		case c == 'm':
			return i + 1
		case c >= '0' && c <= '9', c == ';', c == ':':
		default:
			return 0
		}
	}
	return 0
}
