package knowledge

import (
	"strconv"
	"strings"
)

// Heading returns the section title as readers see it: aspects carry their
// number ("4. Performance").
func (s *Section) Heading() string {
	if s.Number > 0 {
		return strconv.Itoa(s.Number) + ". " + s.Title
	}
	return s.Title
}

// Document returns the section as a standalone markdown document: its
// heading, its summary, then its body. Renderers show this rather than
// Body so that a section read alone still says what it is.
//
// Links to other sections point at files of the pack, which mean nothing
// to a terminal: glamour would print "performance.md#memory" after the link
// text and wrap it in a hyperlink to nowhere. Document rewrites them to a
// bare fragment, which glamour shows as styled link text alone. Readers
// follow them through Links.
func (s *Section) Document() string {
	var b strings.Builder
	b.Grow(len(s.Body) + len(s.Title) + len(s.Summary) + 16)
	b.WriteString("# ")
	b.WriteString(s.Heading())
	b.WriteString("\n\n")
	if s.Summary != "" {
		b.WriteByte('*')
		b.WriteString(s.Summary)
		b.WriteString("*\n\n")
	}
	b.WriteString(s.localLinks())
	return b.String()
}

// localLinks returns Body with the destination of every link to a section
// of the pack replaced by "#" and the target's id. Each link is rewritten
// on the line it was found on, as inline "](dest" or as a reference
// definition "]: dest".
func (s *Section) localLinks() string {
	byLine := map[int][]string{}
	for _, l := range s.Links {
		if !l.External() && l.Dest != "" && !strings.HasPrefix(l.Dest, "#") {
			i := l.Line - s.BodyLine
			byLine[i] = append(byLine[i], l.Dest)
		}
	}
	if len(byLine) == 0 {
		return s.Body
	}
	lines := strings.Split(s.Body, "\n")
	for i, dests := range byLine {
		if i < 0 || i >= len(lines) {
			continue
		}
		for _, d := range dests {
			for _, lead := range []string{"](", "](<", "]: ", "]: <"} {
				lines[i] = strings.ReplaceAll(lines[i], lead+d, lead+"#"+localFragment(d))
			}
		}
	}
	return strings.Join(lines, "\n")
}

// localFragment turns "dir/file.md#anchor" into "file-anchor", a fragment
// glamour will not print.
func localFragment(dest string) string {
	dest = strings.TrimSuffix(dest, ">")
	if i := strings.LastIndexByte(dest, '/'); i >= 0 {
		dest = dest[i+1:]
	}
	return strings.NewReplacer(".md", "", "#", "-").Replace(dest)
}

// Markdown returns the table as GFM markdown, with '|' in cells escaped.
func (t Table) Markdown() string {
	var b strings.Builder
	row := func(cells []string) {
		b.WriteByte('|')
		for _, c := range cells {
			b.WriteByte(' ')
			b.WriteString(strings.ReplaceAll(c, "|", `\|`))
			b.WriteString(" |")
		}
		b.WriteByte('\n')
	}
	row(t.Header)
	b.WriteByte('|')
	for range t.Header {
		b.WriteString(" --- |")
	}
	b.WriteByte('\n')
	for _, r := range t.Rows {
		cells := make([]string, len(t.Header))
		copy(cells, r)
		row(cells)
	}
	return b.String()
}

// List returns the table as a markdown list for narrow columns: each row's
// first cell in bold, then one "header: cell" item per remaining column.
func (t Table) List() string {
	var b strings.Builder
	for _, r := range t.Rows {
		if len(r) == 0 {
			continue
		}
		b.WriteString("**")
		b.WriteString(r[0])
		b.WriteString("**\n\n")
		for i := 1; i < len(t.Header); i++ {
			cell := ""
			if i < len(r) {
				cell = r[i]
			}
			b.WriteString("- ")
			b.WriteString(t.Header[i])
			b.WriteString(": ")
			b.WriteString(cell)
			b.WriteByte('\n')
		}
		b.WriteByte('\n')
	}
	return b.String()
}
