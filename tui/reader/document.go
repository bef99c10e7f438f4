package reader

import (
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/versus-dev/versus/knowledge"
	"github.com/versus-dev/versus/tui/internal/render"
	"github.com/versus-dev/versus/tui/internal/textfind"
)

// document is a section rendered for the terminal, with what the reader
// needs to find in it: where each link and heading landed.
type document struct {
	key     render.Key // the section's id, the width and the style
	lines   []string
	widths  []int // of each line, in cells
	index   *textfind.Index
	links   []textfind.Hit // per Section.Links entry; nil when its text was not found
	anchors map[string]int // heading anchor to the line it is drawn on
}

// renderedMsg brings a finished render back to the Update loop. It is stale,
// and only cached, when the reader has moved on (another section, width or
// style) since it was asked for.
type renderedMsg struct{ render.Result[*document] }

// source is the markdown the reader renders for sec: its heading (with
// the aspect number), its summary set apart in a block quote as the
// compare view shows it, then its body. A body that opens with its own
// level-1 heading keeps it as the title. The renderer hides the files
// internal links point at; the status bar names the target of the
// focused link instead.
func source(sec *knowledge.Section) string {
	var b strings.Builder
	body := sec.MarkedBody()
	if hasTitle(sec) {
		body = strings.TrimLeft(body, " \t\n")
		title, rest, _ := strings.Cut(body, "\n")
		b.WriteString(title)
		body = rest
	} else {
		b.WriteString("# ")
		b.WriteString(knowledge.EscapeMarkdown(sec.Heading()))
	}
	b.WriteString("\n\n")
	if sum := summary(sec); sum != "" {
		b.WriteString("> ")
		b.WriteString(knowledge.EscapeMarkdown(sum))
		b.WriteString("\n\n")
	}
	b.WriteString(body)
	return b.String()
}

// hasTitle reports whether the body starts with its own level-1 heading.
func hasTitle(sec *knowledge.Section) bool {
	return len(sec.Headings) > 0 && sec.Headings[0].Level == 1 &&
		strings.HasPrefix(strings.TrimSpace(sec.Body), "# ")
}

// summary is the section's summary on one line.
func summary(sec *knowledge.Section) string {
	return strings.Join(strings.Fields(sec.Summary), " ")
}

// newDocument splits a render into lines and finds the section's headings
// and links in it. Both are searched in document order, each after the
// previous one, so that a phrase that also occurs earlier as plain text is
// not mistaken for the link or heading.
func newDocument(key render.Key, sec *knowledge.Section, out string) *document {
	d := &document{key: key, lines: strings.Split(out, "\n"), anchors: map[string]int{}}
	d.widths = make([]int, len(d.lines))
	for i, l := range d.lines {
		d.widths[i] = ansi.StringWidth(l)
	}
	d.index = textfind.NewIndex(d.lines)
	// The title and the summary come first; headings and links are
	// looked for below them, so a summary that mentions a heading's words
	// does not take its place.
	from := 0
	headings := sec.Headings
	title := sec.Title
	if hasTitle(sec) {
		title, headings = headings[0].Text, headings[1:]
		d.anchors[sec.Headings[0].Anchor] = 0
	}
	if found, next, ok := d.index.Find(title, 0, false); ok {
		if hasTitle(sec) {
			d.anchors[sec.Headings[0].Anchor] = found.Line()
		}
		from = next
	}
	if sum := summary(sec); sum != "" {
		if _, next, ok := d.index.Find(sum, from, false); ok {
			from = next
		}
	}
	start := from
	for _, h := range headings {
		found, next, ok := findHeading(d.index, h, from)
		if !ok {
			continue
		}
		if _, dup := d.anchors[h.Anchor]; !dup {
			d.anchors[h.Anchor] = found.Line()
		}
		from = next
	}
	from = start
	d.links = make([]textfind.Hit, len(sec.Links))
	for i, l := range sec.Links {
		if found, next, ok := d.index.Find(l.Shown(), from, false); ok {
			d.links[i] = found
			from = next
		} else if found, _, ok := d.index.Find(l.Shown(), start, false); ok {
			// Out of order (a table footnote, say): take the first one.
			d.links[i] = found
		}
	}
	return d
}

// findHeading finds heading h in the render from byte from of its text.
// The glamour styles draw a heading below the title after its markers
// ("## Node.js"), which tells it apart from the same words earlier in
// the prose or a table ("Node.js" in a summary); a style that draws no
// markers falls back to the words alone.
func findHeading(x *textfind.Index, h knowledge.Heading, from int) (textfind.Hit, int, bool) {
	if h.Level > 1 {
		marked := strings.Repeat("#", h.Level) + " " + h.Text
		if found, next, ok := x.Find(marked, from, false); ok {
			return found, next, true
		}
	}
	return x.Find(h.Text, from, false)
}
