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
// heading, its summary, then its body as MarkedBody gives it. Renderers
// show this rather than Body so that a section read alone still says what
// it is.
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
	b.WriteString(s.MarkedBody())
	return b.String()
}

// brokenMark follows the text of a link that leads nowhere.
const brokenMark = " *(broken link)*"

// MarkedBody returns Body with each broken link that could be placed
// shown as its text, marked "(broken link)": a reader sees at once that
// it goes nowhere, rather than finding out on following it. Renderers
// show this rather than Body.
func (s *Section) MarkedBody() string {
	return rewriteLinks(s.Body, s.Links, func(l Link, text string) (string, bool) {
		return text + brokenMark, l.Broken
	})
}

// rewriteLinks returns body with the links repl asks for (ok true)
// replaced by what it returns; it is given each placed link and its text
// as written. Links that could not be placed stay as they are.
func rewriteLinks(body string, links []Link, repl func(l Link, text string) (string, bool)) string {
	var b strings.Builder
	at := 0
	for _, l := range links {
		if l.End == 0 || l.Start < at || l.End > len(body) {
			continue
		}
		text := linkText(body[l.Start:l.End])
		r, ok := repl(l, text)
		if !ok {
			continue
		}
		if b.Len() == 0 {
			b.Grow(len(body) + 64)
		}
		b.WriteString(body[at:l.Start])
		b.WriteString(r)
		at = l.End
	}
	if at == 0 {
		return body
	}
	b.WriteString(body[at:])
	return b.String()
}

// linkText is the text of a link as written: "[text](dest)" and the
// reference forms "[text][label]", "[text][]" and "[text]" (whose labels
// hold no bracket: the parser places no other).
func linkText(written string) string {
	text := written[1:]
	if strings.HasSuffix(text, ")") {
		if i := strings.LastIndex(text, "]("); i >= 0 {
			return text[:i]
		}
		return text
	}
	text = strings.TrimSuffix(text, "]")
	if i := strings.LastIndex(text, "]["); i >= 0 {
		return text[:i]
	}
	return text
}

// Markdown returns the table as GFM markdown. Cells hold plain text, so
// every character markdown could read as markup in them is escaped: a
// cell "__init__" stays those eight characters, never bold "init".
func (t Table) Markdown() string {
	var b strings.Builder
	row := func(cells []string) {
		b.WriteByte('|')
		for _, c := range cells {
			b.WriteByte(' ')
			b.WriteString(EscapeMarkdown(c))
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
		b.WriteString(EscapeMarkdown(r[0]))
		b.WriteString("**\n\n")
		for i := 1; i < len(t.Header); i++ {
			cell := ""
			if i < len(r) {
				cell = r[i]
			}
			b.WriteString("- ")
			b.WriteString(EscapeMarkdown(t.Header[i]))
			b.WriteString(": ")
			b.WriteString(EscapeMarkdown(cell))
			b.WriteByte('\n')
		}
		b.WriteByte('\n')
	}
	return b.String()
}

// EscapeMarkdown backslash-escapes the ASCII punctuation markdown could
// read as markup (emphasis, code, links, HTML, entities, table pipes), so
// that plain text put into a markdown document renders as itself.
func EscapeMarkdown(s string) string {
	if !strings.ContainsAny(s, markdownPunct) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	for _, r := range s {
		if strings.ContainsRune(markdownPunct, r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// markdownPunct is what EscapeMarkdown escapes.
const markdownPunct = "\\`*_[]<>|~&#!"
