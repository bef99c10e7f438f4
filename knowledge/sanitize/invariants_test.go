package sanitize

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// checkLine checks what Line promises for any input.
func checkLine(t testing.TB, in string) {
	t.Helper()
	out := Line(in)
	if !Safe(out) || strings.ContainsAny(out, "\n\t") {
		t.Fatalf("Line(%q) = %q: unsafe or not one line", in, out)
	}
	if Line(out) != out {
		t.Fatalf("Line is not idempotent on %q: %q then %q", in, out, Line(out))
	}
	if Safe(in) && !strings.ContainsAny(in, "\n\t") && out != in {
		t.Fatalf("Line(%q) = %q: changed safe text", in, out)
	}
}

// checkBlock checks what Block promises for any input.
func checkBlock(t testing.TB, in string) {
	t.Helper()
	out := Block(in)
	if !Safe(out) {
		t.Fatalf("Block(%q) = %q: unsafe", in, out)
	}
	if strings.Count(out, "\n") != strings.Count(in, "\n") {
		t.Fatalf("Block(%q) = %q: changed the number of lines", in, out)
	}
	if Block(out) != out {
		t.Fatalf("Block is not idempotent on %q: %q then %q", in, out, Block(out))
	}
	for name, decode := range decoders() {
		if d := decode(out); !Safe(d) {
			t.Fatalf("%s(Block(%q)) = %q: a reference decodes to an unsafe character", name, in, d)
		}
	}
}

// checkTerminal checks what Terminal promises for any input.
func checkTerminal(t testing.TB, in string) {
	t.Helper()
	out := Terminal(in)
	if !SafeStyled(out) {
		t.Fatalf("Terminal(%q) = %q: a forbidden sequence or character is left", in, out)
	}
	if !utf8.ValidString(out) {
		t.Fatalf("Terminal(%q) = %q: invalid UTF-8", in, out)
	}
	if Terminal(out) != out {
		t.Fatalf("Terminal is not idempotent on %q: %q then %q", in, out, Terminal(out))
	}
	if SafeStyled(in) && out != in {
		t.Fatalf("Terminal(%q) = %q: changed text that was already safe", in, out)
	}
	if Safe(in) && out != in {
		t.Fatalf("Terminal(%q) = %q: changed safe text", in, out)
	}
	checkPlainSGR(t, in)
}

// checkPlainSGR checks that Terminal's fast path for SGR sequences agrees
// with the ansi decoder on where the sequence at s[i:] ends and whether it is
// kept, for every ESC in s.
func checkPlainSGR(t testing.TB, s string) {
	t.Helper()
	for i := strings.IndexByte(s, 0x1b); i >= 0; i = nextESC(s, i) {
		n := SGRLen(s[i:])
		if n == 0 {
			continue
		}
		seq, _, m, _ := ansi.DecodeSequence(s[i:], ansi.NormalState, nil)
		if m != n || !isSGR(seq) {
			t.Fatalf("at %d of %q: fast path keeps %q, the decoder reads %q", i, s, s[i:i+n], seq)
		}
	}
}

// nextESC returns the index of the next ESC in s after i, or -1.
func nextESC(s string, i int) int {
	j := strings.IndexByte(s[i+1:], 0x1b)
	if j < 0 {
		return -1
	}
	return i + 1 + j
}
