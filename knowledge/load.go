package knowledge

import (
	"io/fs"
	"strings"

	"github.com/yuin/goldmark/parser"

	"github.com/versus-dev/versus/knowledge/sanitize"
)

// sectionFile is one markdown file of a pack while it is loaded.
type sectionFile struct {
	path   string // raw slash-separated path, relative to the pack root
	listed bool   // named in pack.yaml
	hasID  bool   // front matter gave a valid id: others may link here
	dupID  bool   // its id was taken by an earlier file

	meta     meta
	body     parsedBody
	bodySrc  []byte
	bodyLine int
	parsed   bool // front matter and body parsed

	anchorSet map[string]bool // see anchors
}

// Load reads and checks the pack in fsys, whose root holds pack.yaml. It
// works on any fs.FS: the embedded default pack and os.DirFS alike. It
// reads files from one goroutine, so fsys need not be safe for concurrent
// use; markdown is parsed on all CPUs.
//
// When the pack has any problem, Load returns a nil Pack and a Problems
// error listing every problem it found, sorted by file then line; it never
// stops at the first. The error is always of type Problems.
func Load(fsys fs.FS) (*Pack, error) {
	l := loader{fsys: fsys, md: newParser(), budget: defaultBudget()}
	pack := l.load()
	if len(l.problems) > 0 {
		sortProblems(l.problems)
		return nil, l.problems
	}
	return pack, nil
}

// loader holds the state of one Load.
type loader struct {
	fsys     fs.FS
	md       parser.Parser
	budget   budget
	problems Problems
}

func (l *loader) report(ps ...Problem) { l.problems = append(l.problems, ps...) }

func (l *loader) load() *Pack {
	w := walk(l.fsys)
	l.report(w.problems...)
	if w.overflow {
		return nil
	}
	entries := map[string]fileEntry{}
	for _, f := range w.files {
		entries[f.path] = f
	}

	m := l.manifest(w, entries)

	// Listed files first, in pack order, then the files pack.yaml forgot:
	// their own problems are worth reporting too.
	var files []*sectionFile
	byPath := map[string]*sectionFile{}
	for _, e := range m.sections {
		if _, ok := entries[e.path]; !ok {
			if !w.refusedUnder(e.path) {
				l.report(problemf(manifestFile, e.line, "section file %s not found", quote(e.raw)))
			}
			continue
		}
		sf := &sectionFile{path: e.path, listed: true}
		files = append(files, sf)
		byPath[sf.path] = sf
	}
	for _, f := range w.files {
		if !isMarkdown(f.path) || strings.EqualFold(f.path, "README.md") || byPath[f.path] != nil {
			continue
		}
		if m.listed {
			l.report(problemf(f.path, 0, "not listed under sections in pack.yaml"))
		}
		sf := &sectionFile{path: f.path}
		files = append(files, sf)
		byPath[sf.path] = sf
	}

	l.parseAll(files, entries)
	l.report(checkUnique(files)...)

	regular := make(map[string]bool, len(w.files))
	for _, f := range w.files {
		regular[f.path] = true
	}
	r := &linkResolver{byPath: byPath, files: regular, walk: w}
	pack := &Pack{
		Title:    m.title,
		Summary:  m.summary,
		Subjects: m.subjects,
		AsOf:     m.asOf,
		byID:     map[string]*Section{},
	}
	for _, sf := range files {
		if !sf.parsed {
			continue
		}
		tables, ps := checkTables(sf.path, sf.body.tables, m.subjects)
		l.report(ps...)
		l.report(shapeProblems(sf.path, sf.body)...)
		links, ps := r.resolve(sf)
		l.report(ps...)
		if !sf.listed || !sf.hasID || sf.dupID {
			continue
		}
		s := sf.section(tables, links)
		pack.Sections = append(pack.Sections, s)
		pack.byID[s.ID] = s
	}
	return pack
}

// manifest reads and parses pack.yaml.
func (l *loader) manifest(w *walkResult, entries map[string]fileEntry) manifest {
	e, ok := entries[manifestFile]
	if !ok {
		if !w.refused[manifestFile] {
			l.report(problemf(manifestFile, 0, "not found: a pack needs a pack.yaml manifest naming its title, subjects and sections"))
		}
		return manifest{}
	}
	src, ok := l.read(e)
	if !ok {
		return manifest{}
	}
	m, ps := parseManifest(cleanSource(src))
	l.report(ps...)
	return m
}

// read reads a file and checks it is UTF-8.
func (l *loader) read(e fileEntry) ([]byte, bool) {
	src, p := readFile(l.fsys, e)
	if p != nil {
		l.report(*p)
		return nil, false
	}
	if line, b, ok := invalidUTF8(src); !ok {
		l.report(problemf(e.path, line, "not valid UTF-8 (byte 0x%02X); save the file as UTF-8", b))
		return nil, false
	}
	return src, true
}

// section builds the Section of a parsed file.
func (sf *sectionFile) section(tables []Table, links []Link) *Section {
	m := sf.meta
	s := &Section{
		ID:       m.id,
		Title:    m.title,
		Kind:     m.kind,
		Number:   m.number,
		Aliases:  m.aliases,
		Tags:     m.tags,
		Summary:  m.summary,
		File:     sanitize.Line(sf.path),
		Body:     string(sf.bodySrc),
		BodyLine: sf.bodyLine,
		Headings: sf.body.headings,
		Tables:   tables,
		Links:    links,
	}
	for _, f := range sf.body.faq {
		f.SectionID = m.id
		s.FAQ = append(s.FAQ, f)
	}
	return s
}
