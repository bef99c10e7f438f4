package markdown

import (
	"strings"
	"unicode/utf8"

	"charm.land/glamour/v2/ansi"
	"charm.land/lipgloss/v2"
	xansi "github.com/charmbracelet/x/ansi"
)

// Hanging indents for list items.
//
// glamour writes a list item's bullet and text as one line and wraps the
// whole list block at once, so the second line of a long item starts
// under the bullet instead of under the text (charmbracelet/glamour#56
// and #314, open; pull request #481 would fix it upstream). markItems puts an invisible
// marker (U+2060 WORD JOINER) right after every bullet and number the
// style draws, and hang finds the items by it after the render, wraps
// each again to the room right of its bullet, indents its continuation
// lines under its text, and removes the markers.

// itemMark is where an item's text starts, from markItems until hang.
const itemMark = "\u2060"

// markItems makes cfg draw itemMark after each list bullet and number.
func markItems(cfg *ansi.StyleConfig) {
	cfg.Item.BlockPrefix += itemMark
	cfg.Enumeration.BlockPrefix += itemMark
}

// hang gives the marked list items of out, rendered from src to end lines
// at column limit, their hanging indents.
func hang(out string, limit int, src string) string {
	if !strings.Contains(out, itemMark) {
		return out
	}
	s := source{text: src, budget: sourceBudget}
	lines := strings.Split(out, "\n")
	res := make([]string, 0, len(lines))
	for i := 0; i < len(lines); i++ {
		at := strings.Index(lines[i], itemMark)
		if at < 0 {
			res = append(res, lines[i])
			continue
		}
		// The item's lines run to a blank line, the next item or a code
		// block: glamour draws a block in an item with no blank line
		// before it, and its lines are code, not the item's words.
		end := i + 1
		for end < len(lines) && !blankLine(lines[end]) && !strings.Contains(lines[end], itemMark) &&
			!strings.Contains(lines[end], codeMark) {
			end++
		}
		head, text := lines[i][:at], lines[i][at+len(itemMark):]
		indent := xansi.StringWidth(head)
		room := limit - indent
		if end == i+1 || room < MinWidth {
			res = append(res, head+text)
			continue
		}
		var item strings.Builder
		text = trimLine(text)
		item.WriteString(text)
		prev := xansi.Strip(text)
		for _, l := range lines[i+1 : end] {
			l = trimLine(l)
			plain := xansi.Strip(l)
			lead := len(plain) - len(strings.TrimLeft(plain, " "))
			if !s.splitWord(prev, plain[lead:]) {
				item.WriteByte(' ')
			}
			item.WriteString(xansi.Cut(l, lead, xansi.StringWidth(l)))
			prev = plain
		}
		// Only at spaces and hyphens: glamour's other break points split
		// words ("TensorFlow." / "js") and code ("poetry." / "lock").
		wrapped := strings.Split(lipgloss.Wrap(item.String(), room, " -"), "\n")
		res = append(res, head+wrapped[0])
		pad := strings.Repeat(" ", indent)
		for _, w := range wrapped[1:] {
			res = append(res, pad+w)
		}
		i = end - 1
	}
	return strings.Join(res, "\n")
}

// splitWord reports whether glamour broke a word of src between the
// plain lines prev and next. It breaks at a space, dropping the space, but
// also after a hyphen, dot, comma, semicolon, plus or bar inside a word
// ("TensorFlow." / "js"), and anywhere in a word longer than the line:
// joining those pieces with a space would put one into the word. The
// source says which it was; where it cannot tell, a space is the answer.
func (s *source) splitWord(prev, next string) bool {
	space := func(r rune) bool { return r == ' ' || r == codePad }
	a := prev
	if at := strings.LastIndexFunc(prev, space); at >= 0 {
		_, n := utf8.DecodeRuneInString(prev[at:])
		a = prev[at+n:]
	}
	b := next
	if at := strings.IndexFunc(next, space); at >= 0 {
		b = next[:at]
	}
	// The pass's non-breaking hyphens are still in; the source has none.
	a = strings.ReplaceAll(a, string(nbHyphen), "-")
	b = strings.ReplaceAll(b, string(nbHyphen), "-")
	if s.budget < 2*len(s.text) {
		return false
	}
	s.budget -= 2 * len(s.text)
	// Code spans are padded with no-break spaces, which glamour never
	// breaks at: a pad at the break belongs to the span whose text is on
	// the other side of it when the source has that text next to a
	// backtick ("Executor" / pad, pad / "concurrent.").
	switch {
	case strings.HasPrefix(next, string(codePad)):
		return a != "" && s.has(a+"`")
	case strings.HasSuffix(prev, string(codePad)):
		return b != "" && s.has("`"+b)
	case a == "" || b == "":
		return false
	}
	return s.has(a+b) && !s.has(a+" "+b)
}

// source is the markdown a render was made from, for splitWord to read.
type source struct {
	text string
	// budget is how many more bytes of text splitWord may search: each
	// search reads the whole text, and a hostile document of one long
	// list would make that quadratic. Past it, line breaks are spaces.
	budget int
}

// sourceBudget lets a render search its source about 32 MiB in all, a
// few milliseconds, hundreds of times what a long section needs.
const sourceBudget = 32 << 20

func (s *source) has(piece string) bool { return strings.Contains(s.text, piece) }

// codePad is glamour's padding around the text of a code span.
const codePad = '\u00a0'

func blankLine(l string) bool { return strings.TrimSpace(xansi.Strip(l)) == "" }
