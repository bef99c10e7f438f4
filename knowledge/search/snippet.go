package search

import (
	"strings"
	"unicode/utf8"
)

// SnippetRunes is the most runes a Hit.Snippet holds, ellipses included.
const SnippetRunes = 100

// Ellipsis marks where a snippet cuts its field's text.
const Ellipsis = "…"

// snippetLead is how many runes of context a snippet tries to show before
// its first match.
const snippetLead = 24

// snippet cuts text (one line) to at most SnippetRunes runes around the
// richest cluster of spans (sorted, disjoint byte ranges of text), on word
// boundaries where it can, and returns it with the spans that fall inside,
// shifted to its offsets and clipped to it.
func snippet(text string, spans []span) (string, [][2]int) {
	total := utf8.RuneCountInString(text)
	if total <= SnippetRunes {
		return text, toMatches(spans, 0, int32(len(text)), 0)
	}
	inner := SnippetRunes - 2 // room for an ellipsis at each end

	// Rune offsets of the spans, to count in runes.
	type rspan struct{ start, end int }
	rs := make([]rspan, len(spans))
	ri, bi := 0, 0
	for k, s := range spans {
		ri += utf8.RuneCountInString(text[bi:s.start])
		rs[k].start = ri
		ri += utf8.RuneCountInString(text[s.start:s.end])
		rs[k].end = ri
		bi = int(s.end)
	}

	// The window starting a little before span k that shows the most
	// matched characters: "Socket.io" rather than a stray "I/O".
	best, bestN := 0, -1
	for k := range rs {
		from := max(0, rs[k].start-snippetLead)
		n := 0
		for m := k; m < len(rs) && rs[m].end <= from+inner; m++ {
			n += rs[m].end - rs[m].start
		}
		if n > bestN {
			best, bestN = k, n
		}
	}
	startR := 0
	if len(rs) > 0 {
		startR = max(0, rs[best].start-snippetLead)
	}
	endR := min(total, startR+inner)
	if endR == total {
		startR = max(0, total-inner)
	}
	start, end := runeOffset(text, startR), runeOffset(text, endR)
	var must int // byte offset the window must keep visible
	if len(spans) > 0 {
		must = int(spans[best].start)
	}

	// Snap to word boundaries: start after a space, end before one.
	if start > 0 {
		if i := strings.IndexByte(text[start:], ' '); i >= 0 && start+i+1 <= must {
			start += i + 1
		}
	}
	if end < len(text) && text[end] != ' ' {
		if i := strings.LastIndexByte(text[start:end], ' '); i > 0 && start+i > must {
			end = start + i
		}
	}
	for start < end && text[start] == ' ' {
		start++
	}
	for end > start && text[end-1] == ' ' {
		end--
	}

	var b strings.Builder
	shift := -start
	if start > 0 {
		b.WriteString(Ellipsis)
		shift += len(Ellipsis)
	}
	b.WriteString(text[start:end])
	if end < len(text) {
		b.WriteString(Ellipsis)
	}
	return b.String(), toMatches(spans, int32(start), int32(end), shift)
}

// toMatches clips spans to [lo, hi) and shifts them by shift bytes.
func toMatches(spans []span, lo, hi int32, shift int) [][2]int {
	var out [][2]int
	for _, s := range spans {
		a, b := max(s.start, lo), min(s.end, hi)
		if a >= b {
			continue
		}
		out = append(out, [2]int{int(a) + shift, int(b) + shift})
	}
	return out
}

// runeOffset returns the byte offset of the n-th rune of s.
func runeOffset(s string, n int) int {
	for i := range s {
		if n == 0 {
			return i
		}
		n--
	}
	return len(s)
}
