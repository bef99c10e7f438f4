package knowledge

import (
	"errors"
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
	weight   int  // plain markdown: front matter weight
}

// setResult takes in what parsing the file gave.
func (sf *sectionFile) setResult(r parseResult) {
	sf.meta, sf.hasID, sf.body = r.meta, r.hasID, r.body
	sf.bodySrc, sf.bodyLine, sf.parsed, sf.weight = r.bodySrc, r.bodyLine, r.parsed, r.weight
}

// Load reads and checks the pack in fsys, whose root holds pack.yaml, and
// refuses it when it has any problem: it returns a nil Pack and a
// Problems error listing every problem found, sorted by file then line,
// never only the first. The error is always of type Problems. LoadWith
// opens packs with content problems; Load is for whoever wants a pack
// without any (tests, `--strict`).
//
// It works on any fs.FS that is safe for concurrent use, as os.DirFS,
// embed.FS and fstest.MapFS are: files are read and parsed, and links
// checked, on all CPUs.
func Load(fsys fs.FS) (*Pack, error) {
	p, err := LoadWith(fsys, Options{})
	if err == nil && len(p.Problems) > 0 {
		return nil, p.Problems
	}
	return p, err
}

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

	// File, when not empty, names one markdown file of fsys to open
	// alone, split at its headings (see SourceFile); the rest of fsys is
	// not read. The cache is not used for it.
	File string

	// Title is the title of a folder of plain markdown (no pack.yaml),
	// usually the folder's name; "Markdown" when empty.
	Title string
}

// LoadWith opens the pack in fsys as far as it can be read, and checks
// it. Without pack.yaml at its root, fsys is a folder of plain markdown
// (see SourceFolder); with Options.File, a single file.
//
// Problems come in two levels. A source that cannot be read at all (no
// readable markdown, a pack.yaml that does not parse, a limit of
// limits.go exceeded) gives a nil Pack and a Problems error listing every
// problem found. Any other problem (a dead link, a missing anchor, a table
// of the wrong shape, a duplicate id, a section file that cannot be read)
// leaves out what it concerns and is listed in Pack.Problems: the pack
// opens with everything else. A link that leads nowhere stays in its
// section, marked Broken.
func LoadWith(fsys fs.FS, o Options) (*Pack, error) {
	l := loader{fsys: fsys, md: newParser(), budget: defaultBudget(), cache: openCache(o.Cache), later: o.Go, opts: o}
	var pack *Pack
	if o.File != "" {
		l.source = SourceFile
		pack = l.loadFile()
	} else {
		pack = l.load()
	}
	if pack == nil || len(pack.Sections) == 0 {
		l.fatal = true
	}
	if l.fatal && len(l.problems) == 0 {
		if o.File != "" {
			l.report(problemf(o.File, 0, "no markdown to show: the file is blank"))
		} else {
			l.report(problemf(".", 0, "no markdown files (.md, .markdown) to read"))
		}
	}
	sortProblems(l.problems)
	if l.fatal {
		return nil, l.problems
	}
	pack.Problems = l.problems
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
	opts     Options
	source   SourceKind
	fatal    bool // the pack cannot be opened
	problems Problems
}

func (l *loader) report(ps ...Problem) { l.problems = append(l.problems, ps...) }

// parser is how this load parses each file.
func (l *loader) parser() fileParser {
	switch l.source {
	case SourceFolder:
		return fileParser{parsePlain, "plain\x00"}
	case SourceFile:
		return fileParser{parseDocument, "file\x00"}
	}
	return fileParser{parseSection, ""}
}

func (l *loader) load() *Pack {
	l.deadline = time.Now().Add(l.budget.total)
	if _, err := fs.Stat(l.fsys, manifestFile); errors.Is(err, fs.ErrNotExist) {
		l.source = SourceFolder
	}
	w := walk(l.fsys, l.source == SourceFolder)
	l.report(w.problems...)
	if w.overflow {
		l.fatal = true
		return nil
	}
	entries := map[string]fileEntry{}
	for _, f := range w.files {
		entries[f.path] = f
	}

	// Every markdown file is parsed, listed or not (the files pack.yaml
	// forgot have problems worth reporting too), while pack.yaml is parsed
	// here. Only a README at the root of a pack is left out unless it is
	// listed.
	var manifestSrc []byte
	hasManifest := false
	if l.source == SourcePack {
		manifestSrc, hasManifest = l.readManifest(w, entries)
		if !hasManifest {
			l.fatal = true
		}
	}
	var markdown []fileEntry
	for _, f := range w.files {
		if isMarkdown(f.path) && (l.source == SourceFolder || !isReadme(f.path)) {
			markdown = append(markdown, f)
		}
	}
	pool := l.startParse(markdown)
	var m manifest
	if hasManifest {
		var ps []Problem
		m, ps = parseManifest(cleanSource(manifestSrc))
		l.report(ps...)
		l.fatal = l.fatal || m.unreadable
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
	defer l.saveCache(results)()
	if l.source == SourceFolder {
		orderPlain(files)
		uniqueIDs(files)
	} else {
		l.report(checkUnique(files)...)
		deriveMissing(files)
	}

	regular := make(map[string]bool, len(w.files))
	for _, f := range w.files {
		regular[f.path] = true
	}
	r := &linkResolver{byPath: byPath, files: regular, walk: w}
	pack := l.newPack(m)
	var tables [][]parsedTable
	if l.source == SourceFolder {
		for _, sf := range files {
			tables = append(tables, sf.body.tables)
		}
		pack.Subjects = guessSubjects(tables)
	}
	l.addSections(pack, checkFiles(files, r, pack.Subjects, l.source == SourcePack))
	if l.source == SourceFolder {
		groupByFolder(pack)
	}
	return pack
}

// newPack starts the pack, from pack.yaml when there is one.
func (l *loader) newPack(m manifest) *Pack {
	p := &Pack{Title: m.title, Summary: m.summary, Subjects: m.subjects, AsOf: m.asOf, Source: l.source, byID: map[string]*Section{}}
	if l.source != SourcePack {
		p.Title = sanitize.Line(l.opts.Title)
		if p.Title == "" {
			p.Title = "Markdown"
		}
	}
	return p
}

// addSections takes in what checking the files gave.
func (l *loader) addSections(pack *Pack, checks []checked) {
	for _, c := range checks {
		l.report(c.problems...)
		pack.add(c.section)
	}
	if l.source != SourcePack {
		numberAspects(pack.Sections)
	}
}

// add appends a section to the pack; nil is left out.
func (p *Pack) add(s *Section) {
	if s == nil {
		return
	}
	p.Sections = append(p.Sections, s)
	p.byID[s.ID] = s
}

// saveCache writes the parse cache: after Load returns when the caller
// gave Options.Go, else while the links are checked, and the function it
// returns waits for that. The cache file is only a cache: failing to
// write it is not a problem of the pack.
func (l *loader) saveCache(results map[string]parseResult) (wait func()) {
	switch {
	case l.cache != nil && l.later != nil:
		cache := l.cache
		l.later(func() { _ = cache.save(results) })
	case l.cache != nil:
		saved := make(chan struct{})
		go func() {
			defer close(saved)
			_ = l.cache.save(results)
		}()
		return func() { <-saved }
	}
	return func() {}
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
		if m.listed && l.source == SourcePack {
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
