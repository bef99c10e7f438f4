package knowledge

import (
	"errors"
	"fmt"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/versus-dev/versus/knowledge/packtest"
)

// loadBodyWithin loads body in a goroutine and fails the test if Load never
// returns: a hang detector bounded by packtest.Patience, not a timing
// assertion.
func loadBodyWithin(t *testing.T, name string, body string) (*Pack, error) {
	t.Helper()
	type result struct {
		p   *Pack
		err error
	}
	done := make(chan result, 1)
	go func() {
		p, err := Load(packtest.PathologicalPack(body))
		done <- result{p, err}
	}()
	select {
	case r := <-done:
		return r.p, r.err
	case <-time.After(packtest.Patience(t)):
		t.Fatalf("%s: Load never returned", name)
		return nil, nil
	}
}

// TestPathologicalMarkdown loads each pathological body: Load must return
// in bounded time, and either accept the section or refuse it with a
// problem naming the file and line. Bodies that glamour cannot render in
// bounded time must be refused.
func TestPathologicalMarkdown(t *testing.T) {
	refused := map[string]string{
		"nested-lists-1000":         "a.md:8: lists and quotes nested more than 16 deep",
		"nested-lists-indented-300": "a.md:",
		"nested-quotes-1000":        "a.md:8: lists and quotes nested more than 16 deep",
		"nested-quotes-spaced-1000": "a.md:8: lists and quotes nested more than 16 deep",
		"table-rows-10000":          "a.md:8: table has 10000 rows, more than the 2000",
		"table-columns-1000":        "a.md:8: table has 1000 columns, more than the 64",
		// goldmark's link matching is quadratic on "[a](" repeated.
		"bracket-pairs-20000": "a.md:8: more than 4096 link openings",
	}
	for _, c := range packtest.Pathological() {
		p, err := loadBodyWithin(t, c.Name, c.Body)
		want, refuse := refused[c.Name]
		if !refuse {
			if err != nil && strings.Contains(err.Error(), "markdown too complex: not parsed within") {
				// The parse deadline is wall-clock time: on a loaded machine
				// goldmark's slower cases (backticks, emphasis) may hit it.
				t.Logf("%s: refused by the parse deadline: %v", c.Name, err)
				continue
			}
			if err != nil {
				t.Errorf("%s: refused: %v", c.Name, err)
			} else if len(p.Sections) != 1 {
				t.Errorf("%s: %d sections, want 1", c.Name, len(p.Sections))
			}
			continue
		}
		var ps Problems
		if !errors.As(err, &ps) {
			t.Errorf("%s: Load = %v, want Problems", c.Name, err)
			continue
		}
		if !strings.Contains(ps.Error(), want) {
			t.Errorf("%s: problems\n%v\nwant one containing %q", c.Name, ps, want)
		}
		if len(ps) > 3 {
			t.Errorf("%s: %d problems; one construct should give one problem:\n%v", c.Name, len(ps), ps)
		}
	}
}

// TestNestingLimit checks the edge of MaxNesting, for lists, quotes and
// both mixed, and that the problem names the line where the deep part
// starts.
func TestNestingLimit(t *testing.T) {
	for _, unit := range []string{"- ", "> ", "- > ", "1. "} {
		perLevel := strings.Count(unit, " ")
		at := strings.Repeat(unit, MaxNesting/perLevel) + "ok\n"
		if _, err := loadBodyWithin(t, unit, at); err != nil {
			t.Errorf("%q × %d levels: refused: %v", unit, MaxNesting, err)
		}
		over := "Intro.\n\n" + strings.Repeat(unit, MaxNesting/perLevel+1) + "deep\n"
		_, err := loadBodyWithin(t, unit, over)
		if err == nil || !strings.Contains(err.Error(), "a.md:10: lists and quotes nested more than") {
			t.Errorf("%q over the limit: got %v", unit, err)
		}
	}
}

// TestLinkOpeningsLimit checks the edge of MaxLinkOpenings and that the
// problem names the line of the first opening over it.
func TestLinkOpeningsLimit(t *testing.T) {
	at := strings.Repeat("[a](b)\n", MaxLinkOpenings)
	if _, err := loadBodyWithin(t, "at", strings.ReplaceAll(at, "(b)", "(#b)")); err != nil &&
		strings.Contains(err.Error(), "link openings") {
		t.Errorf("%d link openings: refused: %v", MaxLinkOpenings, err)
	}
	over := "Intro.\n\n" + strings.Repeat("[a](\n", MaxLinkOpenings+1)
	_, err := loadBodyWithin(t, "over", over)
	// The body starts on line 8; the openings on line 10, one a line.
	want := fmt.Sprintf("a.md:%d: more than %d link openings", 10+MaxLinkOpenings, MaxLinkOpenings)
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("over the limit: got %v, want %q", err, want)
	}
}

// TestTableLimits checks the edges of MaxTableRows and MaxTableColumns.
func TestTableLimits(t *testing.T) {
	row := func(cols int) string { return strings.Repeat("| v ", cols) + "|\n" }
	table := func(cols, rows int) string {
		return row(cols) + strings.Repeat("| --- ", cols) + "|\n" + strings.Repeat(row(cols), rows)
	}
	for _, c := range []struct {
		cols, rows int
		ok         bool
	}{
		{MaxTableColumns, 2, true}, {MaxTableColumns + 1, 2, false},
		{3, MaxTableRows, true}, {3, MaxTableRows + 1, false},
	} {
		_, err := loadBodyWithin(t, "table", table(c.cols, c.rows))
		if (err == nil) != c.ok {
			t.Errorf("%d columns × %d rows: error %v, want accepted=%v", c.cols, c.rows, err, c.ok)
		}
	}
}

// TestLinkBytesLimit loads bodies of n and 4n reference links to one
// definition 100n bytes long: within MaxLinkBytes the section opens, past
// it the file is refused at the link that passes it, and four times the
// body costs about as much as the first, not sixteen times as much (every
// link used to copy and check the whole destination). Work is counted in
// bytes allocated.
func TestLinkBytesLimit(t *testing.T) {
	body := func(n int) string {
		return strings.Repeat("[r]\n", n) + "\n[r]: https://example.org/" + strings.Repeat("d", 100*n) + "\n"
	}
	load := func(n int) (uint64, error) {
		fsys := packtest.PathologicalPack(body(n))
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		_, err := Load(fsys)
		runtime.ReadMemStats(&after)
		return after.TotalAlloc - before.TotalAlloc, err
	}
	const n = 200 // 200 links of 20,000 bytes: just within the limit
	small, err := load(n)
	if err != nil {
		t.Fatalf("%d links: %v", n, err)
	}
	large, err := load(4 * n)
	// 80,000 bytes a link: the 53rd passes the limit, on line 8+52.
	want := fmt.Sprintf("a.md:60: links lead to more than %d MiB of destinations in all", MaxLinkBytes>>20)
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("%d links: got %v, want %q", 4*n, err, want)
	}
	if large > 6*small {
		t.Errorf("%d links allocated %d bytes, %d links %d: %.1f times as much for 4 times the body",
			n, small, 4*n, large, float64(large)/float64(small))
	}
}
