package knowledge

import (
	"bytes"
	"crypto/sha256"
	"encoding/gob"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/google/renameio/v2/maybe"
)

// Cache keeps what parsing each section file gave between loads, in one
// file, so that loading an unchanged pack again skips goldmark and YAML:
// they cost about 150 µs a file, which is most of loading a big pack.
//
// Entries are keyed by a file's path and content, so an edited file is
// parsed again and the rest are not. Results from another build of versus
// are never used: Version names the build, and a cache written under any
// other Version (or another format) counts as empty. A missing, unreadable
// or corrupt cache file is not an error either; Load parses everything and
// writes a fresh one.
type Cache struct {
	Path    string // the cache file; its folder must exist
	Version string // identifies the program that parses; must not be empty
}

// cacheFormat changes whenever cacheEntry or the meaning of a parse result
// changes, so that an older cache file is not misread.
const cacheFormat = 4

// maxCacheSize caps the cache file Load reads: far more than a pack of
// MaxPackSize gives, and small enough that a damaged file cannot make
// Load allocate without bound.
const maxCacheSize = 1 << 30

// cacheFile is what the cache file holds.
type cacheFile struct {
	Format  int
	Version string
	Entries map[string]*cacheEntry // by cacheKey
}

// cacheEntry is a parseResult, less what is cheaper to work out again than
// to store (the body's source and its anchor set).
type cacheEntry struct {
	ID, Title, Summary           string
	Kind                         Kind
	Number                       int
	Aliases, Tags                []string
	IDLine, KindLine, NumberLine int

	HasID, Parsed     bool
	Weight            int
	BodyOff, BodyLine int // BodyOff is -1 when the result has no body
	Headings          []Heading
	Tables            []cacheTable
	Links             []cacheLink
	FAQ               []FAQEntry
	Shape             []cacheShape
	Problems          []Problem
}

type cacheTable struct {
	Table
	LongRows []int
}

type cacheLink struct {
	Text, Dest string
	Line       int
	External   bool
	Start, End int
}

type cacheShape struct {
	Line int
	Msg  string
}

// cacheKey identifies a file by its path and content: problems name the
// file, so a file moved elsewhere is parsed again.
func cacheKey(path string, raw []byte) string {
	h := sha256.New()
	io.WriteString(h, path)
	h.Write([]byte{0})
	h.Write(raw)
	return string(h.Sum(nil))
}

// readCache returns the entries of the cache file, or none when it is
// missing, damaged or from another build.
func readCache(c *Cache) map[string]*cacheEntry {
	f, err := os.Open(c.Path)
	if err != nil {
		return nil
	}
	defer f.Close()
	var cf cacheFile
	if err := gob.NewDecoder(io.LimitReader(f, maxCacheSize)).Decode(&cf); err != nil {
		return nil
	}
	if cf.Format != cacheFormat || cf.Version != c.Version {
		return nil
	}
	return cf.Entries
}

// writeCache replaces the cache file with entries, atomically where the
// system allows it: a reader sees the old file or the new one, never half
// of one. On Windows, where renameio has no atomic rename, it is a plain
// write, and a torn file fails its decode and is parsed afresh.
func writeCache(c *Cache, entries map[string]*cacheEntry) error {
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(cacheFile{Format: cacheFormat, Version: c.Version, Entries: entries}); err != nil {
		return fmt.Errorf("encode parse cache: %w", err)
	}
	if err := maybe.WriteFile(c.Path, buf.Bytes(), 0o600); err != nil {
		return fmt.Errorf("write parse cache: %w", err)
	}
	return nil
}

// newCacheEntry records a parse result; src is the cleaned source the
// result's body was cut from.
func newCacheEntry(r parseResult, src []byte) *cacheEntry {
	m := r.meta
	e := &cacheEntry{
		ID: m.id, Title: m.title, Summary: m.summary, Kind: m.kind, Number: m.number,
		Aliases: m.aliases, Tags: m.tags,
		IDLine: m.idLine, KindLine: m.kindLine, NumberLine: m.numberLine,
		HasID: r.hasID, Parsed: r.parsed, Weight: r.weight,
		BodyOff: -1, BodyLine: r.bodyLine,
		Headings: r.body.headings, FAQ: r.body.faq, Problems: r.problems,
	}
	if r.bodySrc != nil {
		e.BodyOff = len(src) - len(r.bodySrc)
	}
	for _, t := range r.body.tables {
		e.Tables = append(e.Tables, cacheTable{t.Table, t.longRows})
	}
	for _, l := range r.body.links {
		e.Links = append(e.Links, cacheLink{l.text, l.dest, l.line, l.external, l.span.start, l.span.end})
	}
	for _, s := range r.body.shape {
		e.Shape = append(e.Shape, cacheShape{s.line, s.msg})
	}
	return e
}

// result rebuilds the parse result the entry was made from; src is the
// cleaned source of the same file.
func (e *cacheEntry) result(src []byte) (parseResult, error) {
	r := parseResult{
		meta: meta{
			id: e.ID, title: e.Title, summary: e.Summary, kind: e.Kind, number: e.Number,
			aliases: e.Aliases, tags: e.Tags,
			idLine: e.IDLine, kindLine: e.KindLine, numberLine: e.NumberLine,
		},
		hasID: e.HasID, parsed: e.Parsed, weight: e.Weight, bodyLine: e.BodyLine, problems: e.Problems,
		body: parsedBody{headings: e.Headings, faq: e.FAQ, anchors: make(map[string]bool, len(e.Headings))},
	}
	if e.BodyOff >= 0 {
		if e.BodyOff > len(src) {
			return parseResult{}, errors.New("cache entry does not fit its file")
		}
		r.bodySrc = src[e.BodyOff:]
	}
	for _, h := range e.Headings {
		r.body.anchors[h.Anchor] = true
	}
	for _, t := range e.Tables {
		r.body.tables = append(r.body.tables, parsedTable{t.Table, t.LongRows})
	}
	for _, l := range e.Links {
		r.body.links = append(r.body.links, rawLink{l.Text, l.Dest, l.Line, l.External, span{l.Start, l.End}})
	}
	for _, s := range e.Shape {
		r.body.shape = append(r.body.shape, shapeProblem{s.Line, s.Msg})
	}
	return r, nil
}

// cacheState is the cache during one Load.
type cacheState struct {
	conf  *Cache
	ready chan struct{} // closed once old is read
	old   map[string]*cacheEntry
}

// openCache starts reading the cache file in the background, so that
// decoding it overlaps walking the pack.
func openCache(c *Cache) *cacheState {
	if c == nil || c.Path == "" || c.Version == "" {
		return nil
	}
	s := &cacheState{conf: c, ready: make(chan struct{})}
	go func() {
		defer close(s.ready)
		s.old = readCache(c)
	}()
	return s
}

// lookup returns the entry for key, waiting for the cache to be read.
func (s *cacheState) lookup(key string) (*cacheEntry, bool) {
	<-s.ready
	e, ok := s.old[key]
	return e, ok
}

// save writes the entries this load used, when they differ from the
// file's: entries of files that changed or went away are dropped.
func (s *cacheState) save(results map[string]parseResult) error {
	<-s.ready
	entries := make(map[string]*cacheEntry, len(results))
	for _, r := range results {
		if r.cache.entry != nil {
			entries[r.cache.key] = r.cache.entry
		}
	}
	if len(entries) == len(s.old) {
		same := true
		for k := range entries {
			if _, ok := s.old[k]; !ok {
				same = false
				break
			}
		}
		if same {
			return nil
		}
	}
	return writeCache(s.conf, entries)
}

// cacheUse is how one file's result relates to the cache.
type cacheUse struct {
	key   string
	entry *cacheEntry // to keep for the next load; nil when not cacheable
}

// parseCached returns the result for file from the cache when it is
// there, else parses the file's cleaned source with parse.
func parseCached(s *cacheState, file string, raw []byte, parse func([]byte) parseResult) parseResult {
	if s == nil {
		return parse(cleanSource(raw))
	}
	key := cacheKey(file, raw)
	src := cleanSource(raw)
	if e, ok := s.lookup(key); ok {
		if r, err := e.result(src); err == nil {
			r.cache = cacheUse{key: key, entry: e}
			return r
		}
	}
	r := parse(src)
	r.cache = cacheUse{key: key, entry: newCacheEntry(r, src)}
	return r
}
