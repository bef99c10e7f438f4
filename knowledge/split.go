package knowledge

import (
	"bytes"
	"io/fs"
	"strings"
	"sync/atomic"
	"time"

	"github.com/yuin/goldmark/parser"
)

// A single markdown file (a README, a long guide) opens as a pack of its
// own: split at its "##" headings, or at its "#" headings when it has
// several, each part a section whose id is its heading's anchor, so that
// "versus README.md installation" and links to "#installation" both find
// it. What comes before the first part, under the document's title, is a
// section too.

// loadFile opens Options.File alone.
func (l *loader) loadFile() *Pack {
	l.deadline = time.Now().Add(l.budget.total)
	l.cache = nil // one file parses in milliseconds
	e, p := statFile(l.fsys, l.opts.File)
	if p != nil {
		l.report(*p)
		l.fatal = true
		return nil
	}
	r := l.startParse([]fileEntry{e}).wait()[0]
	l.report(r.problems...)
	if len(r.parts) == 0 {
		l.fatal = true
		return nil
	}
	files := make([]*sectionFile, len(r.parts))
	for i, part := range r.parts {
		files[i] = &sectionFile{path: e.path, listed: true}
		files[i].setResult(part)
	}
	uniqueIDs(files)
	res := newPartResolver(files)
	pack := l.newPack(manifest{})
	if r.meta.title != "" {
		pack.Title = r.meta.title
	}
	var tables [][]parsedTable
	for _, sf := range files {
		tables = append(tables, sf.body.tables)
	}
	pack.Subjects = guessSubjects(tables)
	l.addSections(pack, checkFiles(files, res, pack.Subjects, false))
	// One document reads in its own order: one group, not a run per kind.
	for _, s := range pack.Sections {
		s.Group = pack.Title
	}
	return pack
}

// statFile checks that name is a regular file before it is opened: a
// named pipe would block the open.
func statFile(fsys fs.FS, name string) (fileEntry, *Problem) {
	info, err := fs.Stat(fsys, name)
	if err != nil {
		p := problemf(name, 0, "cannot read: %s", describeErr(err))
		return fileEntry{}, &p
	}
	if !info.Mode().IsRegular() {
		p := problemf(name, 0, "%s, not a regular file; not read", fileKind(info.Mode().Type()))
		return fileEntry{}, &p
	}
	return fileEntry{path: name, size: info.Size()}, nil
}

// parseDocument parses a single markdown file into its parts, given its
// source as cleanSource leaves it. The result's meta holds the document's
// title; its parts are the sections.
func parseDocument(mp parser.Parser, file string, src []byte, stop *atomic.Bool) (r parseResult) {
	defer recoverParse(file, &r)
	fm, body, bodyLine, ok := readPlain(file, src, &r)
	if !ok {
		return r
	}
	lent := newLendBudget()
	whole := parseBody(mp, body, bodyLine, 0, lent, stop)
	d := docSplit{mp: mp, file: file, body: body, lines: newLineIndex(body, bodyLine), refs: whole.refs, lent: lent, stop: stop}
	d.headings = map[int]Heading{}
	for _, h := range whole.headings {
		if _, dup := d.headings[h.Line]; !dup {
			d.headings[h.Line] = h
		}
	}
	level, cuts := splitPoints(whole.top)
	r.meta.title = fm.title
	if r.meta.title == "" {
		if t := titleHeading(whole.top, level); t != nil {
			r.meta.title = d.headings[t.line].Text
		}
	}
	if r.meta.title == "" {
		r.meta.title = fileTitle(file)
	}

	end := len(body)
	if len(cuts) > 0 {
		end = d.lines.start(cuts[0].line, len(body))
	}
	if intro, ok := d.intro(fm, end, bodyLine, r.meta.title); ok {
		r.parts = append(r.parts, intro)
	}
	for i, c := range cuts {
		to := len(body)
		if i+1 < len(cuts) {
			to = d.lines.start(cuts[i+1].line, len(body))
		}
		r.parts = append(r.parts, d.part(c, to, level))
	}
	r.parsed = true
	return r
}

// splitPoints chooses the headings a document is split at: its top-level
// "#" headings when it has two or more, else its "##" headings.
func splitPoints(top []headingMark) (int, []headingMark) {
	ones := 0
	for _, h := range top {
		if h.level == 1 {
			ones++
		}
	}
	level := 2
	if ones >= 2 {
		level = 1
	}
	var cuts []headingMark
	for _, h := range top {
		if h.level == level {
			cuts = append(cuts, h)
		}
	}
	return level, cuts
}

// titleHeading is the document's title: its one "#" heading when the
// document is split at "##".
func titleHeading(top []headingMark, level int) *headingMark {
	if level != 2 {
		return nil
	}
	for i, h := range top {
		if h.level == 1 {
			return &top[i]
		}
	}
	return nil
}

// docSplit cuts the parts of one document.
type docSplit struct {
	mp       parser.Parser
	file     string
	body     []byte
	lines    lineIndex
	headings map[int]Heading // the whole document's headings, by line
	refs     refDefs         // the whole document's link reference definitions, lent to its parts
	lent     *lendBudget     // shared by every part and FAQ answer
	stop     *atomic.Bool
}

// intro is the part before the first split heading, when it holds more
// than the document's title.
func (d docSplit) intro(fm plainFront, end, bodyLine int, title string) (parseResult, bool) {
	src := d.refs.lend(d.body[:end], d.lent)
	var r parseResult
	r.body = parseBody(d.mp, src, bodyLine, 0, d.lent, d.stop)
	m, rest, restLine := plainMeta(d.file, fm, r.body, src, bodyLine)
	if len(bytes.TrimSpace(rest)) == 0 {
		return r, false
	}
	m.id, m.title = Anchor(title), title
	if fm.id != "" {
		m.id = fm.id
	}
	m.id = slugify(m.id)
	r.meta, r.bodySrc, r.bodyLine, r.hasID, r.parsed = m, rest, restLine, true, true
	return r, true
}

// part is the section under the split heading c, up to byte to.
func (d docSplit) part(c headingMark, to, level int) parseResult {
	from := d.lines.start(c.end+1, len(d.body))
	if to < from {
		to = from
	}
	src := d.refs.lend(d.body[from:to], d.lent)
	h := d.headings[c.line]
	title := h.Text
	faqLevel := 0
	if isFAQTitle(title) {
		faqLevel = level + 1
	}
	var r parseResult
	r.body = parseBody(d.mp, src, c.end+1, faqLevel, d.lent, d.stop)
	r.body.anchors[h.Anchor] = true // links to "#part" land here
	r.meta = meta{id: slugify(h.Anchor), title: title, kind: KindGuide}
	if r.meta.title == "" {
		r.meta.title = "Untitled"
	}
	switch {
	case len(r.body.faq) > 0:
		r.meta.kind = KindFAQ
	case strings.HasSuffix(title, "?"):
		r.meta.kind = KindFAQ
		r.body.faq = []FAQEntry{{Question: title, Answer: strings.TrimSpace(string(src)), Anchor: h.Anchor, Line: c.line}}
	}
	r.bodySrc, r.bodyLine, r.hasID, r.parsed = src, c.end+1, true, true
	return r
}
