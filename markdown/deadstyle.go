package markdown

import (
	"strings"
	"unicode/utf8"

	"github.com/versus-dev/versus/knowledge/sanitize"
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
func dropDeadStyles(out string) string {
	if !strings.Contains(out, "\x1b[") || !utf8.ValidString(out) {
		return out
	}
	var b strings.Builder
	copied := 0 // out[:copied] is in b
	for i := 0; i < len(out); {
		j := strings.IndexByte(out[i:], '\x1b')
		if j < 0 {
			break
		}
		start := i + j
		end, reset := start, -1 // the run, and where its last reset starts
		for {
			n := sanitize.SGRLen(out[end:])
			if n == 0 {
				break
			}
			if fullReset(out[end : end+n]) {
				reset = end
			}
			end += n
		}
		if reset > start {
			if b.Len() == 0 {
				b.Grow(len(out))
			}
			b.WriteString(out[copied:start])
			b.WriteString(out[reset:end])
			copied = end
		}
		i = max(end, start+1)
	}
	if copied == 0 {
		return out
	}
	b.WriteString(out[copied:])
	return b.String()
}

// fullReset reports whether the SGR sequence seq resets every attribute.
func fullReset(seq string) bool { return seq == "\x1b[m" || seq == "\x1b[0m" }
