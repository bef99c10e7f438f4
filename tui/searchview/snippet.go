package searchview

import (
	"sort"
	"strings"
	"unicode/utf8"

	"charm.land/lipgloss/v2"
	"github.com/rivo/uniseg"
)

// ellipsis marks text cut from a snippet.
const ellipsis = "…"

// cluster is one grapheme of a snippet: its bytes and its width in cells.
type cluster struct{ start, end, width int }

// clip cuts a snippet to at most width cells, keeping its first match in
// view, and returns the text shown with the matches' byte ranges in that
// text. It cuts only between graphemes, never inside a multi-byte rune,
// and ends the text before a match rather than inside one when it can.
// An ellipsis marks each cut end.
func clip(snippet string, matches [][2]int, width int) (string, [][2]int) {
	if width <= 0 {
		return "", nil
	}
	snippet = oneLine(snippet)
	ms := cleanMatches(snippet, matches)
	var cs []cluster
	total := 0
	for s, rest, state := 0, snippet, -1; rest != ""; {
		var g string
		var w int
		g, rest, w, state = uniseg.FirstGraphemeClusterInString(rest, state)
		cs = append(cs, cluster{s, s + len(g), w})
		s += len(g)
		total += w
	}
	if total <= width {
		return snippet, ms
	}
	if width == 1 {
		return ellipsis, nil
	}

	// Start: at 0 when the first match ends within the width; otherwise
	// a third of the width of context before the match.
	first := 0
	if len(ms) > 0 {
		mStart, mEnd := index(cs, ms[0][0]), index(cs, ms[0][1])
		if widthOf(cs, 0, mEnd) > width-1 {
			room := max((width-2)/3, 0)
			first = mStart
			for first > 0 && widthOf(cs, first-1, mStart) <= room {
				first--
			}
			// A long match: show as much of it as fits.
			for widthOf(cs, first, mEnd) > width-2 && first < mStart {
				first++
			}
		}
	}

	// End: as many graphemes as fit with the ellipses.
	lead := 0
	if first > 0 {
		lead = 1
	}
	last, used := first, 0
	for last < len(cs) && used+cs[last].width <= width-lead-1 {
		used += cs[last].width
		last++
	}
	if last < len(cs) && used+cs[last].width+sumWidth(cs[last+1:]) <= width-lead {
		last = len(cs) // the rest fits without a trailing ellipsis
	}
	// Do not end inside a match, unless that would drop the match.
	startB, endB := cs[first].start, byteEnd(cs, last)
	for _, mt := range ms {
		if mt[0] < endB && endB < mt[1] && mt[0] > startB {
			for last > first && byteEnd(cs, last) > mt[0] {
				last--
			}
			endB = byteEnd(cs, last)
		}
	}

	var b strings.Builder
	shift := -startB
	if first > 0 {
		b.WriteString(ellipsis)
		shift += len(ellipsis)
	}
	b.WriteString(snippet[startB:endB])
	if endB < len(snippet) {
		b.WriteString(ellipsis)
	}
	var out [][2]int
	for _, mt := range ms {
		s, e := max(mt[0], startB), min(mt[1], endB)
		if s < e {
			out = append(out, [2]int{s + shift, e + shift})
		}
	}
	return b.String(), out
}

// oneLine turns line breaks and tabs into spaces, byte for byte, so that
// match ranges stay valid.
func oneLine(s string) string {
	if !strings.ContainsAny(s, "\n\r\t") {
		return s
	}
	b := []byte(s)
	for i, c := range b {
		if c == '\n' || c == '\r' || c == '\t' {
			b[i] = ' '
		}
	}
	return string(b)
}

// cleanMatches drops ranges outside the snippet or empty, widens the rest
// to whole runes, sorts them and merges overlaps: they come from another
// package and are only trusted this far.
func cleanMatches(s string, matches [][2]int) [][2]int {
	var out [][2]int
	for _, m := range matches {
		a, e := max(m[0], 0), min(m[1], len(s))
		if a >= e {
			continue
		}
		for a > 0 && !utf8.RuneStart(s[a]) {
			a--
		}
		for e < len(s) && !utf8.RuneStart(s[e]) {
			e++
		}
		out = append(out, [2]int{a, e})
	}
	sort.Slice(out, func(i, j int) bool { return out[i][0] < out[j][0] })
	merged := out[:0]
	for _, m := range out {
		if n := len(merged); n > 0 && m[0] <= merged[n-1][1] {
			merged[n-1][1] = max(merged[n-1][1], m[1])
			continue
		}
		merged = append(merged, m)
	}
	return merged
}

// index is the first cluster ending after byte b.
func index(cs []cluster, b int) int {
	return sort.Search(len(cs), func(i int) bool { return cs[i].end > b })
}

// widthOf is the width of clusters i..j-1.
func widthOf(cs []cluster, i, j int) int {
	return sumWidth(cs[min(i, len(cs)):min(j, len(cs))])
}

func sumWidth(cs []cluster) int {
	w := 0
	for _, c := range cs {
		w += c.width
	}
	return w
}

// byteEnd is the byte offset where cluster j starts (the end of the
// clusters before it).
func byteEnd(cs []cluster, j int) int {
	if j >= len(cs) {
		return cs[len(cs)-1].end
	}
	return cs[j].start
}

// highlight styles text with the ranges in match and the rest in base.
func highlight(text string, ranges [][2]int, base, match lipgloss.Style) string {
	var b strings.Builder
	at := 0
	for _, r := range ranges {
		if r[0] > at {
			b.WriteString(base.Render(text[at:r[0]]))
		}
		b.WriteString(match.Render(text[r[0]:r[1]]))
		at = r[1]
	}
	if at < len(text) {
		b.WriteString(base.Render(text[at:]))
	}
	return b.String()
}
