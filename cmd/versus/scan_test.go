package main

import (
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"
)

// What versus may write to a terminal: text, newline, tab, SGR styling and
// OSC 8 hyperlinks with a clean URI. Anything else in the output of a
// hostile pack means a payload reached the terminal.
var (
	sgrSeq       = regexp.MustCompile(`^\x1b\[[0-9;:]*m`)
	hyperlinkSeq = regexp.MustCompile(`^\x1b\]8;[\x21-\x3a\x3c-\x7e]*;([\x21-\x7e]*)(?:\x07|\x1b\\)`)
	ansiSeq      = regexp.MustCompile(`\x1b\[[0-9;:]*m|\x1b\]8;[^\x07\x1b]*(?:\x07|\x1b\\)`)
)

// scanTerminalBytes returns an error describing the first byte sequence in
// out that a terminal would act on beyond styling and hyperlinks: another
// escape sequence, a C0 control other than newline and tab (a bare
// carriage return included), DEL, a C1 control raw or UTF-8 encoded,
// invalid UTF-8, or a bidi override, embedding, isolate or mark.
func scanTerminalBytes(out []byte) error {
	for i := 0; i < len(out); {
		c := out[i]
		switch {
		case c == 0x1b:
			if m := sgrSeq.Find(out[i:]); m != nil {
				i += len(m)
				continue
			}
			if m := hyperlinkSeq.FindSubmatch(out[i:]); m != nil {
				i += len(m[0])
				continue
			}
			return fmt.Errorf("escape sequence at byte %d: %q", i, excerpt(out, i))
		case c == '\n' || c == '\t' || (c >= 0x20 && c < 0x7f):
			i++
			continue
		case c < 0x20 || c == 0x7f:
			return fmt.Errorf("control %#02x at byte %d: %q", c, i, excerpt(out, i))
		}
		r, n := utf8.DecodeRune(out[i:])
		if r == utf8.RuneError && n <= 1 {
			return fmt.Errorf("invalid UTF-8 (raw C1?) %#02x at byte %d: %q", c, i, excerpt(out, i))
		}
		if r >= 0x80 && r <= 0x9f {
			return fmt.Errorf("C1 control U+%04X at byte %d: %q", r, i, excerpt(out, i))
		}
		if isBidiControl(r) {
			return fmt.Errorf("bidi control U+%04X at byte %d: %q", r, i, excerpt(out, i))
		}
		i += n
	}
	return nil
}

// isBidiControl reports whether r reorders or reverses text around it.
func isBidiControl(r rune) bool {
	return r == 0x061c || r == 0x200e || r == 0x200f ||
		(r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069)
}

func excerpt(b []byte, i int) string {
	from, to := max(i-30, 0), min(i+30, len(b))
	return string(b[from:to])
}

// visible is out as a user reads it: styling and hyperlinks removed.
func visible(out []byte) string {
	return ansiSeq.ReplaceAllString(string(out), "")
}

// hostileMarkers are the neutralised forms of the fixture's payloads: if
// versus deleted the payloads instead of showing them, the user could not
// tell that the pack holds them.
var hostileMarkers = []string{
	"^[]52;c;ZXZpbA==^G", // OSC 52 clipboard write
	"^[]0;pwned^G",       // OSC 0 title
	"^[[6n",              // DSR
	"^[P$qm",             // DECRQSS
	"^[_Gf=100;AAAA",     // APC
	"<U+202E>",           // right-to-left override
}

func missingMarkers(out string, markers []string) []string {
	var missing []string
	for _, m := range markers {
		if !strings.Contains(out, m) {
			missing = append(missing, m)
		}
	}
	return missing
}
