package knowledge

import (
	"bytes"
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
	// timeUp starts the clock of one file's parse: it calls up once the
	// file's limit has passed, unless stopped first. Nil means real time
	// (time.AfterFunc); tests decide which files run out, so that how busy
	// the machine is never decides it for them.
	timeUp func(file string, limit time.Duration, up func()) (stop func() bool)
}

// startClock starts the clock of file's parse.
func (b budget) startClock(file string, limit time.Duration, up func()) (stop func() bool) {
	if b.timeUp != nil {
		return b.timeUp(file, limit, up)
	}
	return time.AfterFunc(limit, up).Stop
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
	weight   int  // plain markdown: front matter weight, for ordering
	problems []Problem
	cache    cacheUse
	parts    []parseResult // a single file split at its headings
}

// parseSection parses one section file that is valid UTF-8, given its
// source as cleanSource leaves it.
// Setting stop abandons the parse.
// A problem that leaves nothing to check (front matter not closed) ends
// the checks of this file only.
func parseSection(mp parser.Parser, file string, src []byte, stop *atomic.Bool) (r parseResult) {
	defer recoverParse(file, &r)
	yamlSrc, body, bodyLine, found, closed := splitFrontMatter(src, fmDelim)
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
		r.problems = append(r.problems, linkOpeningsProblem(file, bodyLine+line-1))
		return r
	}
	faqLevel := 0
	if r.meta.kind == KindFAQ {
		faqLevel = 2
	}
	r.body = parseBody(mp, body, bodyLine, faqLevel, newLendBudget(), stop)
	r.parsed = true
	return r
}

// recoverParse ends a parse that panicked: goldmark and yaml are well
// fuzzed, but a panic on one hostile file must not take the whole program
// down. Deferred by every parse of a file.
func recoverParse(file string, r *parseResult) {
	if v := recover(); v != nil {
		if v == errParseCanceled {
			*r = parseResult{} // Load has moved on; nobody reads this
			return
		}
		*r = parseResult{problems: []Problem{problemf(file, 0, "could not parse this file (%v); please report it", v)}}
	}
}

func linkOpeningsProblem(file string, line int) Problem {
	return problemf(file, line,
		"more than %d link openings \"](\" in one file: versus cannot show this in reasonable time; split the file", MaxLinkOpenings)
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
