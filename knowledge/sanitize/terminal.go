package sanitize

import (
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// Terminal is the last filter before s is written to a terminal. It keeps
// newline, tab, SGR sequences (CSI ... m, the colours and attributes lipgloss
// and glamour emit, including colon sub-parameters) and well-formed OSC 8
// hyperlinks whose parameters and URI are free of control characters. Any
// other ESC becomes "^[", so the rest of its sequence shows as plain text;
// other controls, C1, bidi and invisible characters and invalid UTF-8 are
// neutralised as in [Block]. A carriage return always becomes "^M". s is
// returned as is, without allocating, when it needs no change.
func Terminal(s string) string {
	o := output{s: s}
	for i := 0; i < len(s); {
		c := s[i]
		if printableASCII(c) {
			i++
			continue
		}
		switch {
		case c == '\n', c == '\t':
			i++
		case c >= utf8.RuneSelf:
			i += o.nonASCII(i)
		case c == ansi.ESC:
			if n := keptSequence(s[i:]); n > 0 {
				i += n
				continue
			}
			writeCaret(o.replace(i, 1), c)
			i++
		default:
			writeCaret(o.replace(i, 1), c)
			i++
		}
	}
	return o.String()
}

// keptSequence returns the length of the escape sequence at the start of s
// when Terminal lets it through, and 0 otherwise. The ansi decoder finds
// where the sequence ends, as a terminal would; the bytes are then checked
// strictly, because a terminal also acts on controls inside a sequence.
func keptSequence(s string) int {
	if n := SGRLen(s); n > 0 {
		return n
	}
	seq, _, n, _ := ansi.DecodeSequence(s, ansi.NormalState, nil)
	if n <= 0 || n > len(s) {
		return 0
	}
	if isSGR(seq) || isHyperlink(seq) {
		return n
	}
	return 0
}

// SGRLen returns the length of the SGR sequence (ESC '[', digits, ';' and
// ':', then 'm') at the start of s, in the strict form isSGR accepts, or 0.
// glamour writes a few SGR sequences per word; recognising them directly
// is several times faster than the general decoder, which handles
// everything else.
func SGRLen(s string) int {
	if len(s) < 3 || s[0] != ansi.ESC || s[1] != '[' {
		return 0
	}
	for i := 2; i < len(s); i++ {
		switch c := s[i]; {
		case c == 'm':
			return i + 1
		case (c < '0' || c > '9') && c != ';' && c != ':':
			return 0
		}
	}
	return 0
}

// isSGR reports whether seq is exactly one 7-bit SGR sequence: ESC '[', then
// digits, ';' and ':' only, then 'm'. A private prefix ("ESC[>4;1m" sets key
// modifiers) or an intermediate byte makes it another command.
func isSGR(seq string) bool {
	if len(seq) < 3 || seq[0] != ansi.ESC || seq[1] != '[' || seq[len(seq)-1] != 'm' {
		return false
	}
	for i := 2; i < len(seq)-1; i++ {
		if c := seq[i]; (c < '0' || c > '9') && c != ';' && c != ':' {
			return false
		}
	}
	return true
}

// isHyperlink reports whether seq is exactly one OSC 8 hyperlink, opening or
// closing: "ESC]8;" params ';' URI, ended by BEL or "ESC\". Parameters must
// be printable ASCII without ';', the URI printable text that [Safe] accepts
// on one line.
func isHyperlink(seq string) bool {
	const intro = "\x1b]8;"
	var body string
	switch {
	case len(seq) < len(intro)+1 || seq[:len(intro)] != intro:
		return false
	case seq[len(seq)-1] == ansi.BEL:
		body = seq[len(intro) : len(seq)-1]
	case len(seq) >= len(intro)+2 && seq[len(seq)-2:] == "\x1b\\":
		body = seq[len(intro) : len(seq)-2]
	default:
		return false
	}
	for i := 0; i < len(body); i++ {
		c := body[i]
		if c == ';' {
			uri := body[i+1:]
			return Safe(uri) && !strings.ContainsAny(uri, "\n\t")
		}
		if c < 0x20 || c >= 0x7F {
			return false
		}
	}
	return false
}
