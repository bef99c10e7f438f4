package knowledge

import (
	"io/fs"
	"strings"
	"time"

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
}

// setResult takes in what parsing the file gave.
func (sf *sectionFile) setResult(r parseResult) {
	sf.meta, sf.hasID, sf.body = r.meta, r.hasID, r.body
	sf.bodySrc, sf.bodyLine, sf.parsed = r.bodySrc, r.bodyLine, r.parsed
}

// Load reads and checks the pack in fsys, whose root holds pack.yaml. It
// works on any fs.FS that is safe for concurrent use, as os.DirFS,
// embed.FS and fstest.MapFS are: files are read and parsed, and links
// checked, on all CPUs.
//
// When the pack has any problem, Load returns a nil Pack and a Problems
// error listing every problem it found, sorted by file then line; it never
// stops at the first. The error is always of type Problems.
func Load(fsys fs.FS) (*Pack, error) { return LoadWith(fsys, Options{}) }

// Options adjusts how LoadWith loads a pack.
type Options struct {
	// Cache, when not nil, keeps parse results between loads of the pack.
	// A cache that cannot be read or written costs time, never a problem.
	Cache *Cache

	// Go, when not nil, is given the writing of the cache file, to run
	// after Load returns: encoding the results of thousands of files
	// takes a few hundred milliseconds that need not delay the pack.
	// The caller must let it finish, or the cache is not written. With
	// Go nil, Load writes the cache before it returns.
	Go func(func())
}

// LoadWith is Load with options.
func LoadWith(fsys fs.FS, o Options) (*Pack, error) {
	l := loader{fsys: fsys, md: newParser(), budget: defaultBudget(), cache: openCache(o.Cache), later: o.Go}
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
	deadline time.Time    // for parsing, set when load starts
	cache    *cacheState  // nil without a cache
	later    func(func()) // Options.Go
	problems Problems
}

func (l *loader) report(ps ...Problem) { l.problems = append(l.problems, ps...) }

func (l *loader) load() *Pack {
	l.deadline = time.Now().Add(l.budget.total)
	w := walk(l.fsys)
	l.report(w.problems...)
	if w.overflow {
		return nil
	}
	entries := map[string]fileEntry{}
	for _, f := range w.files {
		entries[f.path] = f
	}

	// Every markdown file is parsed, listed or not (the files pack.yaml
	// forgot have problems worth reporting too), while pack.yaml is parsed
	// here. Only a README at the root is left out unless it is listed.
	manifestSrc, hasManifest := l.readManifest(w, entries)
	var markdown []fileEntry
	for _, f := range w.files {
		if isMarkdown(f.path) && !isReadme(f.path) {
			markdown = append(markdown, f)
		}
	}
	pool := l.startParse(markdown)
	var m manifest
	if hasManifest {
		var ps []Problem
		m, ps = parseManifest(cleanSource(manifestSrc))
		l.report(ps...)
	}
	results := map[string]parseResult{}
	for i, r := range pool.wait() {
		results[markdown[i].path] = r
	}

	files, byPath := l.sectionFiles(w, m, entries, markdown, results)
	for _, sf := range files {
		r := results[sf.path]
		l.report(r.problems...)
		sf.setResult(r)
	}
	// The cache file is only a cache: failing to write it is not a
	// problem of the pack.
	switch {
	case l.cache != nil && l.later != nil:
		cache := l.cache
		l.later(func() { _ = cache.save(results) })
	case l.cache != nil:
		// Written while the links are checked.
		saved := make(chan struct{})
		defer func() { <-saved }()
		go func() {
			defer close(saved)
			_ = l.cache.save(results)
		}()
	}
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
	for _, c := range checkFiles(files, r, m.subjects) {
		l.report(c.problems...)
		if c.section != nil {
			pack.Sections = append(pack.Sections, c.section)
			pack.byID[c.section.ID] = c.section
		}
	}
	return pack
}

// sectionFiles lists the section files: the listed ones first, in pack
// order, then the files pack.yaml forgot. A listed file not parsed yet (a
// README at the root) is parsed now, and its result added to results.
func (l *loader) sectionFiles(w *walkResult, m manifest, entries map[string]fileEntry, markdown []fileEntry, results map[string]parseResult) ([]*sectionFile, map[string]*sectionFile) {
	var files []*sectionFile
	byPath := map[string]*sectionFile{}
	var readmes []fileEntry
	for _, e := range m.sections {
		f, ok := entries[e.path]
		if !ok {
			if !w.refusedUnder(e.path) {
				l.report(problemf(manifestFile, e.line, "section file %s not found", quote(e.raw)))
			}
			continue
		}
		if byPath[e.path] != nil {
			continue
		}
		sf := &sectionFile{path: e.path, listed: true}
		files = append(files, sf)
		byPath[sf.path] = sf
		if _, parsed := results[e.path]; !parsed {
			readmes = append(readmes, f)
		}
	}
	if len(readmes) > 0 {
		for i, r := range l.startParse(readmes).wait() {
			results[readmes[i].path] = r
		}
	}
	for _, f := range markdown {
		if byPath[f.path] != nil {
			continue
		}
		if m.listed {
			l.report(problemf(f.path, 0, "not listed under sections in pack.yaml"))
		}
		sf := &sectionFile{path: f.path}
		files = append(files, sf)
		byPath[sf.path] = sf
	}
	return files, byPath
}

// isReadme reports whether p is the README at the root of a pack, which
// describes the pack rather than being one of its sections.
func isReadme(p string) bool { return strings.EqualFold(p, "README.md") }

// readManifest reads pack.yaml.
func (l *loader) readManifest(w *walkResult, entries map[string]fileEntry) ([]byte, bool) {
	e, ok := entries[manifestFile]
	if !ok {
		if !w.refused[manifestFile] {
			l.report(problemf(manifestFile, 0, "not found: a pack needs a pack.yaml manifest naming its title, subjects and sections"))
		}
		return nil, false
	}
	src, p := readText(l.fsys, e)
	if p != nil {
		l.report(*p)
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
