package knowledge

import (
	"bytes"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"github.com/yuin/goldmark/parser"

	"github.com/versus-dev/versus/knowledge/sanitize"
)

// budget bounds the time spent parsing. goldmark takes super-linear time on
// some hostile inputs (thousands of nested quotes, long runs of emphasis or
// backtick delimiters, link definitions): a 1 MiB file of them would take
// hours. A file over its budget is reported instead of waited for, and the
// whole pack has a budget too, so that Load always returns.
type budget struct {
	perFile time.Duration
	total   time.Duration
}

// defaultBudget leaves a real file, which parses in milliseconds, a margin
// of several hundred times even on a slow, busy machine.
func defaultBudget() budget { return budget{perFile: 5 * time.Second, total: 30 * time.Second} }

// parseResult is what parsing one section file gives.
type parseResult struct {
	meta     meta
	hasID    bool
	body     parsedBody
	bodySrc  []byte
	bodyLine int
	parsed   bool // front matter and body parsed
	problems []Problem
}

// parseAll reads the section files one by one, then parses them on all
// CPUs. Problems are reported in file order, whatever order the parses end
// in.
func (l *loader) parseAll(files []*sectionFile, entries map[string]fileEntry) {
	raws := make([][]byte, len(files))
	for i, sf := range files {
		raws[i], _ = l.read(entries[sf.path])
	}
	results := make([]parseResult, len(files))
	deadline := time.Now().Add(l.budget.total)
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(files)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				results[i] = l.parseGuarded(files[i].path, raws[i], deadline)
			}
		}()
	}
	for i, raw := range raws {
		if raw != nil {
			next <- i
		}
	}
	close(next)
	wg.Wait()

	for i, sf := range files {
		r := results[i]
		l.report(r.problems...)
		sf.meta, sf.hasID, sf.body = r.meta, r.hasID, r.body
		sf.bodySrc, sf.bodyLine, sf.parsed = r.bodySrc, r.bodyLine, r.parsed
	}
}

// parseGuarded parses a file within its budget. Past the budget the parse
// is abandoned: its goroutine runs on until goldmark returns, but Load
// does not wait for it.
func (l *loader) parseGuarded(file string, raw []byte, deadline time.Time) parseResult {
	left := time.Until(deadline)
	if left <= 0 {
		return parseResult{problems: []Problem{problemf(file, 0, "not checked: the pack took longer than %v to parse", l.budget.total)}}
	}
	done := make(chan parseResult, 1) // buffered: an abandoned parse must not block
	stop := new(atomic.Bool)
	go func() { done <- parseSection(l.md, file, raw, stop) }()
	limit := min(l.budget.perFile, left)
	timer := time.NewTimer(limit)
	defer timer.Stop()
	select {
	case r := <-done:
		return r
	case <-timer.C:
		stop.Store(true)
		if limit < l.budget.perFile {
			return parseResult{problems: []Problem{problemf(file, 0, "not checked: the pack took longer than %v to parse", l.budget.total)}}
		}
		return parseResult{problems: []Problem{problemf(file, 0,
			"markdown too complex: not parsed within %v (thousands of nested quotes or lists, or long runs of *, _, ` or [ do this)", l.budget.perFile)}}
	}
}

// parseSection sanitizes and parses one section file that is valid UTF-8.
// Setting stop abandons the parse.
// A problem that leaves nothing to check (front matter not closed) ends
// the checks of this file only.
func parseSection(mp parser.Parser, file string, raw []byte, stop *atomic.Bool) (r parseResult) {
	defer func() {
		// goldmark and yaml are well fuzzed, but a panic on one hostile
		// file must not take the whole program down.
		if v := recover(); v != nil {
			if v == errParseCanceled {
				r = parseResult{} // Load has moved on; nobody reads this
				return
			}
			r = parseResult{problems: []Problem{problemf(file, 0, "could not parse this file (%v); please report it", v)}}
		}
	}()
	src := cleanSource(raw)

	yamlSrc, body, bodyLine, found, closed := splitFrontMatter(src)
	switch {
	case !found:
		r.problems = append(r.problems, problemf(file, 1, "no front matter: a section file starts with a \"---\" line, then id, title and kind, then \"---\""))
	case !closed:
		r.problems = append(r.problems, problemf(file, 1, "front matter is not closed: no \"---\" line after this one"))
		return r
	default:
		m, hasID, ps := parseFrontMatter(file, yamlSrc)
		r.problems = append(r.problems, ps...)
		r.meta, r.hasID = m, hasID
	}
	r.bodySrc, r.bodyLine = body, bodyLine
	if line, over := tooManyLinkOpenings(body); over {
		r.problems = append(r.problems, problemf(file, bodyLine+line-1,
			"more than %d link openings \"](\" in one file: versus cannot show this in reasonable time; split the file", MaxLinkOpenings))
		return r
	}
	r.body = parseBody(mp, body, bodyLine, r.meta.kind == KindFAQ, stop)
	r.parsed = true
	return r
}

// cleanSource prepares a file for its parser. sanitize.Block neutralises
// control characters and turns the line breaks that YAML knows but editors
// do not count (a lone CR, NEL, U+2028) into visible text, so that line
// numbers from goldmark and YAML match the file's lines. A byte order mark
// is dropped first: it is invisible noise that sanitize would show as
// <U+FEFF>.
func cleanSource(raw []byte) []byte {
	raw = bytes.TrimPrefix(raw, []byte("\uFEFF"))
	return []byte(sanitize.Block(string(raw)))
}
