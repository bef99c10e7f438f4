package search

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestSnippetShortTextKept(t *testing.T) {
	text := "Node.js runs one event loop."
	got, m := snippet(text, []span{{17, 27}})
	if got != text || len(m) != 1 || got[m[0][0]:m[0][1]] != "event loop" {
		t.Errorf("snippet = %q %v", got, m)
	}
}

func TestSnippetCutsAroundMatches(t *testing.T) {
	words := strings.Repeat("alpha beta gamma delta ", 30)
	text := words + "NEEDLE and HAYSTACK close together " + words
	n := strings.Index(text, "NEEDLE")
	h := strings.Index(text, "HAYSTACK")
	got, m := snippet(text, []span{{int32(n), int32(n + 6)}, {int32(h), int32(h + 8)}})
	if utf8.RuneCountInString(got) > SnippetRunes {
		t.Errorf("snippet has %d runes", utf8.RuneCountInString(got))
	}
	if !strings.HasPrefix(got, Ellipsis) || !strings.HasSuffix(got, Ellipsis) {
		t.Errorf("snippet %q lacks ellipses", got)
	}
	if len(m) != 2 || got[m[0][0]:m[0][1]] != "NEEDLE" || got[m[1][0]:m[1][1]] != "HAYSTACK" {
		t.Errorf("snippet %q matches %v", got, m)
	}
	// Context before the match, cut on a word boundary.
	inner := strings.TrimPrefix(got, Ellipsis)
	if !strings.HasPrefix(inner, "alpha") && !strings.HasPrefix(inner, "beta") &&
		!strings.HasPrefix(inner, "gamma") && !strings.HasPrefix(inner, "delta") {
		t.Errorf("snippet %q does not start on a word", got)
	}
	if m[0][0] < 10 {
		t.Errorf("snippet %q shows no context before the match", got)
	}
}

func TestSnippetPrefersRicherCluster(t *testing.T) {
	filler := strings.Repeat("filler ", 40)
	text := "I/O " + filler + "Socket.io " + filler
	s := strings.Index(text, "Socket.io")
	got, m := snippet(text, []span{{0, 3}, {int32(s), int32(s + 9)}})
	if len(m) != 1 || got[m[0][0]:m[0][1]] != "Socket.io" {
		t.Errorf("snippet %q matches %v, want Socket.io shown", got, m)
	}
}

func TestSnippetMatchAtEnd(t *testing.T) {
	text := strings.Repeat("word ", 60) + "target"
	got, m := snippet(text, []span{{int32(len(text) - 6), int32(len(text))}})
	if strings.HasSuffix(got, Ellipsis) || len(m) != 1 || got[m[0][0]:] != "target" {
		t.Errorf("snippet %q matches %v", got, m)
	}
	if utf8.RuneCountInString(got) > SnippetRunes {
		t.Errorf("snippet has %d runes", utf8.RuneCountInString(got))
	}
}

func TestSnippetLongWord(t *testing.T) {
	// One word longer than a snippet: it is cut mid-word, never overflows.
	text := strings.Repeat("x", 300)
	got, m := snippet(text, []span{{150, 160}})
	if utf8.RuneCountInString(got) > SnippetRunes || len(m) != 1 {
		t.Errorf("snippet %q (%d runes) matches %v", got, utf8.RuneCountInString(got), m)
	}
}

// FuzzSnippet cuts arbitrary one-line text around arbitrary spans: the
// snippet is short, on one line, valid UTF-8, and its matches are sorted,
// disjoint ranges on rune boundaries holding text of the spans.
func FuzzSnippet(f *testing.F) {
	f.Add("Node.js runs one event loop.", uint16(17), uint16(10), uint16(0), uint16(0))
	f.Add(strings.Repeat("a é 東京 ", 40), uint16(100), uint16(5), uint16(200), uint16(7))
	f.Add(strings.Repeat("z", 500), uint16(0), uint16(500), uint16(0), uint16(0))
	f.Fuzz(func(t *testing.T, raw string, a, alen, b, blen uint16) {
		text := oneLine([]byte(raw))
		spans := mergeSpans(fuzzSpans(text, [][2]uint16{{a, alen}, {b, blen}}))
		got, m := snippet(text, spans)
		if n := utf8.RuneCountInString(got); n > SnippetRunes {
			t.Fatalf("snippet has %d runes: %q", n, got)
		}
		if strings.ContainsAny(got, "\n\r") || !utf8.ValidString(got) {
			t.Fatalf("bad snippet %q", got)
		}
		last := 0
		for _, r := range m {
			if r[0] < last || r[0] >= r[1] || r[1] > len(got) {
				t.Fatalf("bad range %v in %q (all %v)", r, got, m)
			}
			if !utf8.RuneStart(got[r[0]]) || r[1] < len(got) && !utf8.RuneStart(got[r[1]]) {
				t.Fatalf("range %v of %q not on rune boundaries", r, got)
			}
			if !inSpans(text, spans, got[r[0]:r[1]]) {
				t.Fatalf("range %v of %q holds %q, not matched text", r, got, got[r[0]:r[1]])
			}
			last = r[1]
		}
	})
}

// fuzzSpans turns (offset, length) pairs into spans of text on rune
// boundaries, as the search makes them.
func fuzzSpans(text string, pairs [][2]uint16) []span {
	var out []span
	for _, p := range pairs {
		if len(text) == 0 || p[1] == 0 {
			continue
		}
		s := int(p[0]) % len(text)
		e := min(len(text), s+int(p[1]))
		for s > 0 && !utf8.RuneStart(text[s]) {
			s--
		}
		for e < len(text) && !utf8.RuneStart(text[e]) {
			e++
		}
		out = append(out, span{int32(s), int32(e)})
	}
	return out
}

func inSpans(text string, spans []span, piece string) bool {
	for _, s := range spans {
		if strings.Contains(text[s.start:s.end], piece) {
			return true
		}
	}
	return false
}
