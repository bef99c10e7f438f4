package knowledge

import (
	"fmt"
	"io/fs"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// loadWithBudget runs Load with a parse budget other than the default.
func loadWithBudget(fsys fs.FS, b budget) Problems {
	return loadWithParser(fsys, b, newParser())
}

func loadWithParser(fsys fs.FS, b budget, md parser.Parser) Problems {
	l := loader{fsys: fsys, md: md, budget: b}
	l.load()
	sortProblems(l.problems)
	return l.problems
}

// stallingParser is the loader's parser plus one inline parser that, at a
// '^', keeps the parse busy until Load gives up on it, as a pathological
// body does, but whatever the speed of the machine: a file with a '^'
// always runs out of its budget, and one without parses at once.
func stallingParser() parser.Parser {
	md := newParser()
	md.AddOptions(parser.WithInlineParsers(util.Prioritized(stall{}, 0)))
	return md
}

type stall struct{}

func (stall) Trigger() []byte { return []byte{'^'} }

func (stall) Parse(_ ast.Node, _ text.Reader, pc parser.Context) ast.Node {
	for {
		checkContext(pc) // unwinds the parse once Load has given up on it
		time.Sleep(time.Millisecond)
	}
}

// stallBudget is a budget of 500 ms per file whose clock runs out for the
// files slow names, at once, and never for the others. With real time an
// ordinary file ran over 500 ms on a 2-core machine at load 33; which
// files run out is the test's to say, not the machine's.
func stallBudget(slow ...string) budget {
	return budget{perFile: 500 * time.Millisecond, total: time.Hour,
		timeUp: func(file string, _ time.Duration, up func()) func() bool {
			if !slices.Contains(slow, file) {
				return func() bool { return true }
			}
			go up()
			return func() bool { return false }
		}}
}

func TestFileOverBudgetIsReported(t *testing.T) {
	m := basePack()
	m["a.md"] = file("---\nid: a\ntitle: Speed\nkind: aspect\nnumber: 1\n---\nA ^ stalls.")
	got := loadWithParser(m, stallBudget("a.md"), stallingParser())
	want := "a.md: markdown too complex: not parsed within 500ms (thousands of nested quotes or lists, or long runs of *, _, ` or [ do this)"
	if len(got) != 1 || got[0].String() != want {
		t.Errorf("problems = %v, want %s", got, want)
	}
}

func TestPackOverBudgetIsReported(t *testing.T) {
	got := loadWithBudget(basePack(), budget{perFile: time.Hour, total: 0})
	equalLines(t, strings.Split(got.Error(), "\n"), []string{
		"a.md: not checked: the pack took longer than 0s to parse",
		"b.md: not checked: the pack took longer than 0s to parse",
	})
}

// TestHostileMarkdownReturns loads megabyte files of the inputs that make
// goldmark slow. Load must return, with each file either parsed or
// reported as too complex, never hang. A budget of a second per file keeps
// the test short; the default only leaves more time.
func TestHostileMarkdownReturns(t *testing.T) {
	if testing.Short() {
		t.Skip("parses several megabytes")
	}
	const size = MaxFileSize - 100
	bodies := map[string]string{
		"quotes.md":    strings.Repeat(">", size),
		"stars.md":     strings.Repeat("*a", size/2),
		"backticks.md": strings.Repeat("`a", size/2),
		"linkdefs.md":  strings.Repeat("[a]: b\n", size/7),
		"brackets.md":  strings.Repeat("[", size),
		"headings.md":  strings.Repeat("## a\n", size/5),
		"links.md":     strings.Repeat("[x](#a) ", size/8),
	}
	m := basePack()
	var list strings.Builder
	list.WriteString("title: T\nsummary: S\nsubjects: [Go, Rust]\nas_of: 2025-06-01\nsections:\n  - a.md\n  - b.md\n")
	for name, body := range bodies {
		list.WriteString("  - " + name + "\n")
		id := strings.TrimSuffix(name, ".md")
		m[name] = file("---\nid: " + id + "\ntitle: " + id + "\nkind: guide\n---\n" + body[:size-60])
	}
	m["pack.yaml"] = file(list.String())
	ps := loadWithBudget(m, budget{perFile: time.Second, total: time.Minute})
	for _, p := range ps {
		switch {
		case strings.Contains(p.Msg, "markdown too complex"), strings.Contains(p.Msg, "not checked: the pack took longer"),
			p.File == "links.md" && strings.Contains(p.Msg, `link to missing heading "#a"`),
			p.File == "links.md" && strings.Contains(p.Msg, "link openings"):
		default:
			t.Errorf("unexpected problem %s", p)
		}
	}
}

// TestSlowFilesDoNotStallTheRest gives the parser more over-budget files
// than it has workers, between files that parse at once: every slow file
// is reported, and every other file is still parsed by the workers that
// take the stuck ones' places.
func TestSlowFilesDoNotStallTheRest(t *testing.T) {
	m := basePack()
	var list strings.Builder
	list.WriteString("title: T\nsummary: S\nsubjects: [Go, Rust]\nas_of: 2025-06-01\nsections:\n  - a.md\n  - b.md\n")
	var want, slow []string
	for i := range 8 {
		s, fast := fmt.Sprintf("slow%d.md", i), fmt.Sprintf("fast%d.md", i)
		slow = append(slow, s)
		list.WriteString("  - " + s + "\n  - " + fast + "\n")
		m[s] = file(fmt.Sprintf("---\nid: slow%d\ntitle: S\nkind: guide\n---\nA ^ stalls.\n", i))
		m[fast] = file(fmt.Sprintf("---\nid: fast%d\ntitle: F\nkind: guide\n---\nSee [missing](#nowhere).\n", i))
		want = append(want, fast+`:6: link to missing heading "#nowhere"`,
			s+": markdown too complex: not parsed within 500ms (thousands of nested quotes or lists, or long runs of *, _, ` or [ do this)")
	}
	m["pack.yaml"] = file(list.String())
	got := loadWithParser(m, stallBudget(slow...), stallingParser())
	sort.Strings(want)
	equalLines(t, strings.Split(got.Error(), "\n"), want)
}
