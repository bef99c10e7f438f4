package knowledge

import (
	"bytes"
	"path"
	"strings"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/parser"
	"go.yaml.in/yaml/v3"

	"github.com/versus-dev/versus/knowledge/sanitize"
)

// Plain markdown is markdown written for anything but versus: a docs
// folder, a README. Its front matter, when it has any, belongs to another
// tool (Hugo, Jekyll, MkDocs): versus takes what it understands (title,
// weight, and its own keys) and ignores the rest. What a pack states in
// front matter is worked out instead: the id from the file's path, the
// title from its first heading, the kind from its title.

// plainFront is what plain markdown's front matter may tell versus.
type plainFront struct {
	meta
	weight int
}

// parsePlain parses a markdown file of a folder without pack.yaml, given
// its source as cleanSource leaves it. It never fails for want of front
// matter: a file that opens with "---" and never closes it starts with a
// thematic break, not front matter.
func parsePlain(mp parser.Parser, file string, src []byte, stop *atomic.Bool) (r parseResult) {
	defer recoverParse(file, &r)
	fm, body, bodyLine, ok := readPlain(file, src, &r)
	if !ok {
		return r
	}
	r.body = parseBody(mp, body, bodyLine, 2, newLendBudget(), stop)
	r.meta, r.bodySrc, r.bodyLine = plainMeta(file, fm, r.body, body, bodyLine)
	r.weight = fm.weight
	if r.meta.kind != KindFAQ {
		r.body.faq = nil
	}
	r.hasID, r.parsed = true, true
	return r
}

// readPlain splits plain markdown into its front matter and its body, and
// checks the body against the link limit: ok is false, with the problem in
// r, when the body must not be parsed.
func readPlain(file string, src []byte, r *parseResult) (fm plainFront, body []byte, bodyLine int, ok bool) {
	fm, body, bodyLine, ps := plainFrontMatter(file, src)
	r.problems = append(r.problems, ps...)
	if line, over := tooManyLinkOpenings(body); over {
		r.problems = append(r.problems, linkOpeningsProblem(file, bodyLine+line-1))
		return fm, nil, 0, false
	}
	return fm, body, bodyLine, true
}

// plainFrontMatter splits off front matter, YAML ("---") or TOML ("+++",
// Hugo's other form), and reads what versus understands in it. Front
// matter that does not parse is a problem naming its line; the file opens
// all the same, its title from its first heading.
func plainFrontMatter(file string, src []byte) (plainFront, []byte, int, []Problem) {
	var fm plainFront
	if yamlSrc, body, bodyLine, found, closed := splitFrontMatter(src, fmDelim); found && closed {
		fields, problems := yamlFields(file, yamlSrc, frontMatterLine-1)
		for _, f := range fields {
			fm.read(f)
		}
		return fm, body, bodyLine, problems
	}
	if tomlSrc, body, bodyLine, found, closed := splitFrontMatter(src, tomlDelim); found && closed {
		fields, problems := tomlFields(file, tomlSrc, frontMatterLine-1)
		for _, f := range fields {
			fm.read(f)
		}
		return fm, body, bodyLine, problems
	}
	return fm, src, 1, nil
}

// read takes one front matter field, when versus understands it and its
// value is usable; anything else is left alone.
func (fm *plainFront) read(f yamlField) {
	switch f.key {
	case "title", "linkTitle":
		if s, ok := yamlText(f.value); ok && strings.TrimSpace(s) != "" && (f.key == "title" || fm.title == "") {
			fm.title = strings.TrimSpace(sanitize.Line(s))
		}
	case "id":
		if s, ok := yamlText(f.value); ok && isSlug(s) {
			fm.id = s
		}
	case "kind":
		if s, ok := yamlText(f.value); ok && Kind(s).Valid() {
			fm.kind = Kind(s)
		}
	case "number":
		if n, ok := yamlPositiveInt(f.value); ok {
			fm.number = n
		}
	case "summary", "description":
		if s, ok := yamlText(f.value); ok && (f.key == "summary" || fm.summary == "") {
			fm.summary = strings.TrimSpace(sanitize.Line(s))
		}
	case "tags", "keywords":
		if list, ok := yamlTextList(f.value); ok {
			for _, s := range list {
				fm.tags = append(fm.tags, strings.TrimSpace(sanitize.Line(s)))
			}
		}
	case "weight":
		var n int
		if v := resolveAlias(f.value); v.Kind == yaml.ScalarNode && v.Decode(&n) == nil {
			fm.weight = n
		}
	}
}

// plainMeta works out what front matter did not say: the id from the
// file's path, the title from the first heading (which then leaves the
// body, as Document puts the title back on top), else from the file name;
// the kind from the title. It returns the body without that heading.
func plainMeta(file string, fm plainFront, b parsedBody, body []byte, bodyLine int) (meta, []byte, int) {
	m := fm.meta
	if m.id == "" {
		m.id = pathID(file)
	}
	if m.title == "" && len(b.headings) > 0 && b.headings[0].Level == 1 && leadingHeading(body, bodyLine, b.headings[0].Line) {
		m.title = b.headings[0].Text
		rest, restLine := dropLines(body, bodyLine, headingEnd(body, bodyLine, b.headings[0].Line))
		shiftSpans(b.links, len(body)-len(rest))
		body, bodyLine = rest, restLine
	}
	if m.title == "" && len(b.headings) > 0 {
		m.title = b.headings[0].Text
	}
	if m.title == "" {
		m.title = fileTitle(file)
	}
	if m.kind == "" {
		m.kind = KindGuide
		if isFAQTitle(m.title) && len(b.faq) > 0 {
			m.kind = KindFAQ
		}
	}
	if m.kind == KindAspect && m.number == 0 {
		m.kind = KindGuide
	}
	return m, body, bodyLine
}

// shiftSpans moves the link spans of a body whose first cut bytes were
// dropped; a link in them loses its span.
func shiftSpans(links []rawLink, cut int) {
	for i := range links {
		l := &links[i].span
		if l.end == 0 {
			continue
		}
		if l.start < cut {
			*l = span{}
			continue
		}
		l.start -= cut
		l.end -= cut
	}
}

// leadingHeading reports whether nothing but blank lines comes before the
// heading on line hl.
func leadingHeading(body []byte, bodyLine, hl int) bool {
	li := newLineIndex(body, bodyLine)
	return len(bytes.TrimSpace(body[:li.start(hl, len(body))])) == 0
}

// headingEnd is the last line of the heading starting on line hl: the
// same line for "# Title", the underline for a setext heading.
func headingEnd(body []byte, bodyLine, hl int) int {
	li := newLineIndex(body, bodyLine)
	line := body[li.start(hl, len(body)):li.start(hl+1, len(body))]
	if bytes.HasPrefix(bytes.TrimLeft(line, " "), []byte("#")) {
		return hl
	}
	return hl + 1
}

// dropLines cuts the body's lines up to and including line last.
func dropLines(body []byte, bodyLine, last int) ([]byte, int) {
	li := newLineIndex(body, bodyLine)
	return body[li.start(last+1, len(body)):], last + 1
}

// isFAQTitle reports whether a title names a part of questions.
func isFAQTitle(title string) bool {
	t := strings.ToLower(strings.TrimSpace(title))
	switch t {
	case "faq", "faqs", "frequently asked questions", "questions", "q&a", "questions and answers":
		return true
	}
	return strings.HasPrefix(t, "faq ") || strings.HasPrefix(t, "frequently asked")
}

// fileTitle names a file by its name: "getting-started.md" is "Getting started".
func fileTitle(file string) string {
	base := strings.TrimSuffix(path.Base(file), path.Ext(file))
	if isIndexName(base) && path.Dir(file) != "." {
		base = path.Base(path.Dir(file))
	}
	t := strings.TrimSpace(strings.NewReplacer("-", " ", "_", " ").Replace(sanitize.Line(base)))
	if t == "" {
		return sanitize.Line(base)
	}
	r, n := utf8.DecodeRuneInString(t)
	return string(unicode.ToUpper(r)) + t[n:]
}

// isIndexName reports whether a file name (without extension) is the page
// of its folder.
func isIndexName(base string) bool {
	switch strings.ToLower(base) {
	case "index", "_index", "readme":
		return true
	}
	return false
}

// pathID makes an id of a file's path: "docs/Getting Started.md" is
// "docs-getting-started"; a folder's index page takes the folder's id.
func pathID(file string) string {
	p := strings.TrimSuffix(file, path.Ext(file))
	if dir, base := path.Split(p); isIndexName(base) && dir != "" {
		p = strings.TrimSuffix(dir, "/")
	}
	return slugify(p)
}

// slugify turns text into a slug: lower-case ASCII letters and digits,
// every other run of characters one "-". Text with none gives "".
func slugify(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
			continue
		}
		dash = true
	}
	return b.String()
}

// uniqueIDs gives each file a distinct id, in order: a later file whose id
// is taken gets "-2", "-3"... Plain markdown never states ids for versus,
// so a clash is no mistake of its author.
func uniqueIDs(files []*sectionFile) {
	ids := newUniqueNames(2)
	for _, sf := range files {
		if !sf.parsed {
			continue
		}
		sf.meta.id = uniqueID(&ids, sf.meta.id)
		sf.hasID = true
	}
}

// uniqueID returns base, or base-2, base-3... whichever is not taken yet,
// and takes it; "section" stands for an empty base.
func uniqueID(ids *uniqueNames, base string) string {
	if base == "" {
		base = "section"
	}
	return ids.give(base)
}
