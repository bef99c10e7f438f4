package markdown

import (
	"strings"

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

// hang gives the marked list items of out, rendered to end lines at
// column limit, their hanging indents.
func hang(out string, limit int) string {
	if !strings.Contains(out, itemMark) {
		return out
	}
	lines := strings.Split(out, "\n")
	res := make([]string, 0, len(lines))
	for i := 0; i < len(lines); i++ {
		at := strings.Index(lines[i], itemMark)
		if at < 0 {
			res = append(res, lines[i])
			continue
		}
		// The item's lines run to a blank line or the next item.
		end := i + 1
		for end < len(lines) && !blankLine(lines[end]) && !strings.Contains(lines[end], itemMark) {
			end++
		}
		head, text := lines[i][:at], lines[i][at+len(itemMark):]
		indent := xansi.StringWidth(head)
		room := limit - indent
		if end == i+1 || room < MinWidth {
			res = append(res, head+text)
			continue
		}
		parts := []string{trimLine(text)}
		for _, l := range lines[i+1 : end] {
			l = trimLine(l)
			plain := xansi.Strip(l)
			lead := len(plain) - len(strings.TrimLeft(plain, " "))
			parts = append(parts, xansi.Cut(l, lead, xansi.StringWidth(l)))
		}
		wrapped := strings.Split(lipgloss.Wrap(strings.Join(parts, " "), room, " ,.;-+|"), "\n")
		res = append(res, head+wrapped[0])
		pad := strings.Repeat(" ", indent)
		for _, w := range wrapped[1:] {
			res = append(res, pad+w)
		}
		i = end - 1
	}
	return strings.Join(res, "\n")
}

func blankLine(l string) bool { return strings.TrimSpace(xansi.Strip(l)) == "" }
