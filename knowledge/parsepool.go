package knowledge

import (
	"io/fs"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"github.com/yuin/goldmark/parser"
)

// parsePool reads section files from one goroutine and parses them on all
// CPUs as they arrive, so that reading a folder of thousands of files
// overlaps parsing them.
//
// Each parse runs within the budget: when a file's time is up, a timer
// writes its result (a problem), tells the parse to stop, and starts a
// fresh worker in place of the one still inside goldmark. Whoever writes a
// file's result first wins; a worker that loses knows it was replaced and
// exits. Load never waits for a parse it gave up on, and the workers that
// did not give up keep their grown stacks from file to file.
type parsePool struct {
	md       parser.Parser
	budget   budget
	deadline time.Time
	files    []fileEntry
	results  []parseResult
	claimed  []atomic.Bool
	pending  sync.WaitGroup
	jobs     chan parseJob
}

// parseJob is one file read and waiting to be parsed.
type parseJob struct {
	i   int
	raw []byte
}

// startParse reads and parses files in the background; wait returns the
// results, in the order of files. Only the pool's reader goroutine touches
// fsys until then, so fsys need not be safe for concurrent use.
func startParse(fsys fs.FS, md parser.Parser, b budget, deadline time.Time, files []fileEntry) *parsePool {
	workers := max(1, min(runtime.GOMAXPROCS(0), len(files)))
	p := &parsePool{
		md:       md,
		budget:   b,
		deadline: deadline,
		files:    files,
		results:  make([]parseResult, len(files)),
		claimed:  make([]atomic.Bool, len(files)),
		jobs:     make(chan parseJob, 4*workers),
	}
	p.pending.Add(len(files))
	go p.read(fsys)
	for range workers {
		go p.work()
	}
	return p
}

// wait returns every file's result once all are known.
func (p *parsePool) wait() []parseResult {
	p.pending.Wait()
	return p.results
}

// finish records the result of file i unless it is known already, and
// reports whether it did.
func (p *parsePool) finish(i int, r parseResult) bool {
	if !p.claimed[i].CompareAndSwap(false, true) {
		return false
	}
	p.results[i] = r
	p.pending.Done()
	return true
}

// read reads the files in order and queues them for the workers.
func (p *parsePool) read(fsys fs.FS) {
	defer close(p.jobs)
	for i, e := range p.files {
		if !time.Now().Before(p.deadline) {
			p.finish(i, p.notChecked(e.path))
			continue
		}
		raw, prob := readFile(fsys, e)
		if prob != nil {
			p.finish(i, parseResult{problems: []Problem{*prob}})
			continue
		}
		p.jobs <- parseJob{i: i, raw: raw}
	}
}

// work parses queued files until there are none left, or until it is
// replaced by a fresh worker because its file ran over budget.
func (p *parsePool) work() {
	for j := range p.jobs {
		if !p.parse(j) {
			return
		}
	}
}

// parse parses one file within its budget. It reports false when the
// budget ran out first: another worker has taken this one's place.
func (p *parsePool) parse(j parseJob) bool {
	file := p.files[j.i].path
	left := time.Until(p.deadline)
	if left <= 0 {
		p.finish(j.i, p.notChecked(file))
		return true
	}
	if line, b, ok := invalidUTF8(j.raw); !ok {
		p.finish(j.i, parseResult{problems: []Problem{problemf(file, line, "not valid UTF-8 (byte 0x%02X); save the file as UTF-8", b)}})
		return true
	}
	limit := min(p.budget.perFile, left)
	stop := new(atomic.Bool)
	timer := time.AfterFunc(limit, func() {
		over := p.notChecked(file)
		if limit == p.budget.perFile {
			over = parseResult{problems: []Problem{problemf(file, 0,
				"markdown too complex: not parsed within %v (thousands of nested quotes or lists, or long runs of *, _, ` or [ do this)", p.budget.perFile)}}
		}
		// Claim the result before stopping the parse: a stopped parse
		// returns nothing, and must not be taken for the file's result.
		if p.finish(j.i, over) {
			stop.Store(true)
			go p.work()
		}
	})
	r := parseSection(p.md, file, j.raw, stop)
	timer.Stop()
	return p.finish(j.i, r)
}

func (p *parsePool) notChecked(file string) parseResult {
	return parseResult{problems: []Problem{problemf(file, 0, "not checked: the pack took longer than %v to parse", p.budget.total)}}
}
