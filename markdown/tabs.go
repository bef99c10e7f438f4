package markdown

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// TabWidth is the distance between tab stops in everything the TUI and
// the CLI draw.
const TabWidth = 4

// ExpandTabs replaces each tab in s with the spaces that take its line to
// the next multiple of TabWidth columns. The terminal would expand a tab
// itself, but every width function (ansi.StringWidth, lipgloss.Width)
// counts it as zero columns, so a tab left in breaks wrapping, padding
// and cutting: "foo<TAB>baz" is drawn as "foobaz" and Go code loses its
// indentation. Columns are counted from the start of each line, as
// CommonMark counts them for indentation, so expanding the source of a
// markdown document leaves its structure as it was. In prose that column
// is the source's: a tab one column before a stop becomes one space (which
// reads as a collapsed run), and glamour's reflow moves the text, dropping
// the run where it breaks a line, as any wrap drops white space.
func ExpandTabs(s string) string {
	if strings.IndexByte(s, '\t') < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8*strings.Count(s, "\t"))
	col := 0
	for len(s) > 0 {
		i := strings.IndexAny(s, "\t\n")
		if i < 0 {
			b.WriteString(s)
			break
		}
		chunk := s[:i]
		b.WriteString(chunk)
		if s[i] == '\n' {
			b.WriteByte('\n')
			col = 0
		} else {
			col += ansi.StringWidth(chunk)
			n := TabWidth - col%TabWidth
			b.WriteString(strings.Repeat(" ", n))
			col += n
		}
		s = s[i+1:]
	}
	return b.String()
}
