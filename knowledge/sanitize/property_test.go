package sanitize

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// pieces are the building blocks of random hostile strings: fragments of
// escape sequences, controls, references and ordinary text, so that random
// concatenations form the sequences the filters must recognise.
var pieces = []string{
	"\x1b", "\x1b[", "\x1b]", "\x1bP", "\x1b_", "\x1b^", "\x1bX", "\x1b\\", "\x07", "\x9b", "\x9c", "\x9d",
	"\u009b", "\u009c", "\u0085", "[", "]", "8;", ";", ":", "m", "0", "1", "38;2;1;2;3", "52;c;", "id=1",
	"http://x/", "\r", "\n", "\r\n", "\t", "\b", "\x00", "\x05", "\x7f", "\u202e", "\u2066", "\u200b",
	"\ufeff", "\u200d", "\xff", "\xe2\x80", "&", "#", "x", "X", "1b", "27", "033", "155", "8238", "202e",
	"&#27;", "&#x1b", "&lrm;", "&amp;", "rlm", "a", "b", " ", "é", "日", "😀", "`", "*", "<span>", "|",
}

// randomHostile returns a random concatenation of pieces.
func randomHostile(r *rand.Rand) string {
	var b strings.Builder
	for n := r.IntN(24); n > 0; n-- {
		b.WriteString(pieces[r.IntN(len(pieces))])
	}
	return b.String()
}

// TestProperties checks the invariants of Line, Block and Terminal on many
// random hostile strings (a fixed seed keeps failures reproducible).
func TestProperties(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	n := 20000
	if testing.Short() {
		n = 2000
	}
	for range n {
		in := randomHostile(r)
		checkLine(t, in)
		checkBlock(t, in)
		checkTerminal(t, in)
	}
}
