package search_test

import (
	"context"
	"runtime"
	"sync"
	"testing"
	"time"

	"github.com/versus-dev/versus/assets"
	"github.com/versus-dev/versus/knowledge"
	"github.com/versus-dev/versus/knowledge/packtest"
	"github.com/versus-dev/versus/knowledge/search"
)

// generated caches the pack of 10,000 generated sections: loading it takes
// seconds, and every large benchmark shares it.
type generated struct {
	once sync.Once
	pack *knowledge.Pack
	ix   *search.Index
	err  error
}

func (g *generated) get(b *testing.B) (*knowledge.Pack, *search.Index) {
	b.Helper()
	g.once.Do(func() {
		g.pack, g.err = knowledge.Load(packtest.Generate(10000))
		if g.err == nil {
			g.ix = search.New(g.pack)
		}
	})
	if g.err != nil {
		b.Fatalf("load generated pack: %v", g.err)
	}
	return g.pack, g.ix
}

// big is read-only after its first use; sync.Once makes that first use safe.
var big generated

func loadDefault(b *testing.B) *knowledge.Pack {
	b.Helper()
	p, err := knowledge.Load(assets.Pack())
	if err != nil {
		b.Fatalf("load default pack: %v", err)
	}
	return p
}

// loop runs body b.N times (through b.Loop) and reports, besides ns/op,
// the process CPU time per op: on a busy machine wall time measures the
// machine, CPU time the code.
func loop(b *testing.B, body func()) {
	b.Helper()
	b.ReportAllocs()
	c0, ok := cpuTime()
	n := 0
	for b.Loop() {
		body()
		n++
	}
	if c1, _ := cpuTime(); ok && n > 0 {
		b.ReportMetric(float64(c1-c0)/float64(n), "cpu-ns/op")
	}
}

// benchQueries are typical queries: a word, a prefix being typed, two
// words, a phrase with punctuation, a fuzzy abbreviation, one letter.
var benchQueries = []struct{ name, query string }{
	{"word", "latency"},
	{"prefix", "thro"},
	{"two-words", "garbage collector"},
	{"punctuation", "async/await"},
	{"fuzzy", "thrput"},
	{"letter", "c"},
	{"typo", "latnecy"},
	{"typo-long", "garbage colelctor"},
	{"run-together", "garbagecollector"},
	{"nothing", "xqzvwk"},
}

var defaultQueries = []struct{ name, query string }{
	{"word", "GIL"},
	{"prefix", "concur"},
	{"two-words", "event loop"},
	{"punctuation", "Socket.io"},
	{"fuzzy", "evloop"},
	{"letter", "p"},
	{"typo", "pyhton"},
	{"typo-long", "perfromance"},
	{"run-together", "eventloop"},
	{"nothing", "xqzvwk"},
}

// BenchmarkSuggestDefault is the "did you mean" of a query that finds
// nothing.
func BenchmarkSuggestDefault(b *testing.B) {
	ix := search.New(loadDefault(b))
	loop(b, func() { ix.Suggest("pyhtonn", 0) })
}

func BenchmarkSuggest10k(b *testing.B) {
	_, ix := big.get(b)
	loop(b, func() { ix.Suggest("latnecyy", 0) })
}

func BenchmarkSearchDefault(b *testing.B) {
	ix := search.New(loadDefault(b))
	for _, q := range defaultQueries {
		b.Run(q.name, func(b *testing.B) {
			loop(b, func() { ix.Search(q.query, 50) })
		})
	}
}

func BenchmarkSearch10k(b *testing.B) {
	_, ix := big.get(b)
	b.ReportMetric(float64(ix.Fields()), "fields")
	for _, q := range benchQueries {
		b.Run(q.name, func(b *testing.B) {
			loop(b, func() { ix.Search(q.query, 50) })
		})
	}
}

func BenchmarkNewDefault(b *testing.B) {
	p := loadDefault(b)
	loop(b, func() { search.New(p) })
	b.ReportMetric(retained(func() any { return search.New(p) }), "index-B")
}

func BenchmarkNew10k(b *testing.B) {
	p, _ := big.get(b)
	loop(b, func() { search.New(p) })
	b.ReportMetric(retained(func() any { return search.New(p) }), "index-B")
}

// retained returns how many heap bytes the value made by build keeps
// alive.
func retained(build func() any) float64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	v := build()
	runtime.GC()
	runtime.ReadMemStats(&after)
	runtime.KeepAlive(v)
	return float64(int64(after.HeapAlloc) - int64(before.HeapAlloc))
}

// typed is a query typed key by key in the search box; typos is the
// same query mistyped.
const (
	typed = "garbage collector lat"
	typos = "garbge colector latnecy"
)

// BenchmarkTyping100k types a query key by key over the generated pack
// (about 150,000 fields), with a Session and, for comparison, with
// independent searches. ns/key is the mean time of one keystroke's search.
func BenchmarkTyping100k(b *testing.B) {
	_, ix := big.get(b)
	ctx := context.Background()
	run := func(b *testing.B, typed string, search func(q string)) {
		var keys int
		start := time.Now()
		c0, ok := cpuTime()
		loop(b, func() {
			for i := 1; i <= len(typed); i++ {
				search(typed[:i])
				keys++
			}
		})
		b.ReportMetric(float64(time.Since(start).Nanoseconds())/float64(keys), "ns/key")
		if c1, _ := cpuTime(); ok {
			b.ReportMetric(float64(c1-c0)/float64(keys), "cpu-ns/key")
		}
	}
	for _, text := range []struct{ name, typed string }{{"", typed}, {"-typos", typos}} {
		b.Run("session"+text.name, func(b *testing.B) {
			var s *search.Session
			run(b, text.typed, func(q string) {
				if len(q) == 1 {
					s = ix.NewSession()
				}
				if _, err := s.Search(ctx, q, 50); err != nil {
					b.Fatal(err)
				}
			})
		})
		b.Run("independent"+text.name, func(b *testing.B) {
			run(b, text.typed, func(q string) {
				if _, err := ix.SearchContext(ctx, q, 50); err != nil {
					b.Fatal(err)
				}
			})
		})
	}
}
