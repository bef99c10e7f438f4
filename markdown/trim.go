package markdown

import (
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// trimLines removes the blanks glamour pads every line with, and the
// styles it sets only to reset (dropDeadStyles). The blanks carry no text,
// yet they make lines wider than the wrap width in places (glamour pads
// quoted lines past it), which a pane would then wrap or cut, and they
// fill pipes with trailing spaces.
func trimLines(out string) string {
	lines := strings.Split(out, "\n")
	for i, l := range lines {
		lines[i] = trimLine(l)
	}
	return dropDeadStyles(strings.Join(lines, "\n"))
}

// trimLine drops the trailing blanks of one rendered line. The escape
// sequences among them stay, and when the line is styled the style the cut
// may leave open is closed. It runs on every line of every render, so it
// reads the line once and copies it only when there is something to cut;
// a line with other escape sequences, control characters or bytes that
// are not UTF-8 takes the long way (trimLineSlow).
func trimLine(l string) string {
	if !utf8.ValidString(l) {
		return trimLineSlow(l)
	}
	var state byte
	keep := 0         // the end of the last printable that is not a blank
	blank := false    // the last printable is a blank
	styled := false   // the line holds an escape sequence
	escapesAfter := 0 // bytes of escape sequences after keep
	for i := 0; i < len(l); {
		seq, _, n, next := ansi.DecodeSequence(l[i:], state, nil)
		state = next
		switch c := seq[0]; {
		case c == ansi.ESC && wellFormed(seq):
			styled = true // glamour's styles (CSI) and links (OSC 8)
			escapesAfter += n
		case c < ' ' || c == ansi.DEL:
			return trimLineSlow(l)
		case seq == " ":
			blank = true
		default:
			keep, blank, escapesAfter = i+n, false, 0
		}
		i += n
	}
	if !blank {
		return l
	}
	var b strings.Builder
	b.Grow(keep + escapesAfter + len(ansi.ResetStyle))
	b.WriteString(l[:keep])
	state = 0
	for i := keep; i < len(l); {
		seq, _, n, next := ansi.DecodeSequence(l[i:], state, nil)
		state = next
		if seq[0] == ansi.ESC {
			b.WriteString(seq)
		}
		i += n
	}
	if styled {
		b.WriteString(ansi.ResetStyle)
	}
	return b.String()
}

// trimLineSlow is trimLine for any line: it measures the text without its
// escape sequences and cuts the line at that width.
func trimLineSlow(l string) string {
	plain := ansi.Strip(l)
	kept := strings.TrimRight(plain, " ")
	if len(kept) == len(plain) {
		return l
	}
	cut := ansi.Truncate(l, ansi.StringWidth(kept), "")
	if len(cut) != len(kept) {
		// The line was styled: close whatever style the cut left open.
		cut += ansi.ResetStyle
	}
	return cut
}

// wellFormed reports whether seq is a complete CSI sequence or a complete
// OSC string: the styles (SGR) and links (OSC 8) glamour writes, which
// every parser reads the same way.
func wellFormed(seq string) bool {
	switch {
	case strings.HasPrefix(seq, "\x1b["):
		i := 2
		for i < len(seq) && seq[i] >= 0x30 && seq[i] <= 0x3f {
			i++ // parameters
		}
		for i < len(seq) && seq[i] >= 0x20 && seq[i] <= 0x2f {
			i++ // intermediates
		}
		return i == len(seq)-1 && seq[i] >= 0x40 && seq[i] <= 0x7e
	case strings.HasPrefix(seq, "\x1b]"):
		body, ok := strings.CutSuffix(seq[2:], "\a")
		if !ok {
			body, ok = strings.CutSuffix(seq[2:], "\x1b\\")
		}
		return ok && strings.IndexFunc(body, func(r rune) bool { return r < 0x20 || r == 0x7f }) < 0
	}
	return false
}
