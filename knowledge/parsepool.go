package knowledge

import (
	"io/fs"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"github.com/yuin/goldmark/parser"
)

// parsePool reads and parses section files on all CPUs. Each worker reads
// the next file and parses it, so that reading thousands of small files,
// which costs system calls, is spread over the CPUs too, and a worker
// blocked on a slow disk leaves its CPU to the others.
//
// Each parse runs within the budget: when a file's time is up, a timer
// writes its result (a problem), tells the parse to stop, and starts a
// fresh worker in place of the one still inside goldmark. Whoever writes a
// file's result first wins; a worker that loses knows it was replaced and
// exits. Load never waits for a parse it gave up on, and the workers that
// did not give up keep their grown stacks from file to file.
type parsePool struct {
	fsys     fs.FS
	md       parser.Parser
	budget   budget
	deadline time.Time
	cache    *cacheState // nil without a cache
	parser   fileParser
	files    []fileEntry
	next     atomic.Int64 // index of the next file to take
	results  []parseResult
	claimed  []atomic.Bool
	pending  sync.WaitGroup
}

// startParse reads and parses files in the background; wait returns the
// results, in the order of files.
func (l *loader) startParse(files []fileEntry) *parsePool {
	p := &parsePool{
		fsys:     l.fsys,
		md:       l.md,
		budget:   l.budget,
		deadline: l.deadline,
		cache:    l.cache,
		parser:   l.parser(),
		files:    files,
		results:  make([]parseResult, len(files)),
		claimed:  make([]atomic.Bool, len(files)),
	}
	p.pending.Add(len(files))
	// More workers than CPUs, so that reading overlaps parsing even when
	// the disk is slow.
	for range min(2*runtime.GOMAXPROCS(0)+2, len(files)) {
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

// work reads and parses files until there are none left, or until it is
// replaced by a fresh worker because its file ran over budget.
func (p *parsePool) work() {
	for {
		i := int(p.next.Add(1) - 1)
		if i >= len(p.files) {
			return
		}
		if !p.parse(i) {
			return
		}
	}
}

// parse reads and parses file i within its budget. It reports false when
// the budget ran out first: another worker has taken this one's place.
func (p *parsePool) parse(i int) bool {
	file := p.files[i].path
	if !time.Now().Before(p.deadline) {
		p.finish(i, p.notChecked(file))
		return true
	}
	raw, prob := readText(p.fsys, p.files[i])
	if prob != nil {
		p.finish(i, parseResult{problems: []Problem{*prob}})
		return true
	}
	left := time.Until(p.deadline)
	if left <= 0 {
		p.finish(i, p.notChecked(file))
		return true
	}
	limit := min(p.budget.perFile, left)
	stop := new(atomic.Bool)
	stopClock := p.budget.startClock(file, limit, func() {
		over := p.notChecked(file)
		if limit == p.budget.perFile {
			over = parseResult{problems: []Problem{problemf(file, 0,
				"markdown too complex: not parsed within %v (thousands of nested quotes or lists, or long runs of *, _, ` or [ do this)", p.budget.perFile)}}
		}
		// Claim the result before stopping the parse: a stopped parse
		// returns nothing, and must not be taken for the file's result.
		if p.finish(i, over) {
			stop.Store(true)
			go p.work()
		}
	})
	r := parseCached(p.cache, p.parser.key+file, raw, func(src []byte) parseResult {
		return p.parser.parse(p.md, file, src, stop)
	})
	stopClock()
	return p.finish(i, r)
}

// fileParser is how a file is parsed, which depends on what is opened.
type fileParser struct {
	parse func(mp parser.Parser, file string, src []byte, stop *atomic.Bool) parseResult
	// key tells the parse cache's entries of this parse from another's of
	// the same file: a file is read one way in a pack, another without.
	key string
}

func (p *parsePool) notChecked(file string) parseResult {
	return parseResult{problems: []Problem{problemf(file, 0, "not checked: the pack took longer than %v to parse", p.budget.total)}}
}
