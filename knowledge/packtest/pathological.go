package packtest

import (
	"strings"
	"testing/fstest"
)

// Case is one pathological section body: markdown that is valid but built
// to make a parser or renderer take deep recursion, quadratic time or huge
// output.
type Case struct {
	Name string
	Body string
}

// Pathological returns the pathological bodies versus must load and
// render in bounded time, or refuse with a clear problem. Each stays under
// the 1 MiB file limit so that it reaches the markdown parser.
func Pathological() []Case {
	return []Case{
		{"nested-lists-1000", strings.Repeat("- ", 1000) + "deep\n"},
		{"nested-lists-indented-300", indentedList(300)},
		{"nested-quotes-1000", strings.Repeat(">", 1000) + " deep\n"},
		{"nested-quotes-spaced-1000", strings.Repeat("> ", 1000) + "deep\n"},
		{"list-item-600KB", "- " + strings.Repeat("a.b c-d e ", 60_000) + "\n"},
		{"line-1MB-no-spaces", strings.Repeat("x", 1000_000) + "\n"},
		{"brackets-50000", strings.Repeat("[", 50_000) + "\n"},
		{"bracket-pairs-20000", strings.Repeat("[a](", 20_000) + "\n"},
		{"emphasis-50000", strings.Repeat("*_", 25_000) + "\n"},
		{"backticks-50000", strings.Repeat("`a", 25_000) + "\n"},
		{"table-rows-10000", table(3, 10_000)},
		{"table-columns-1000", table(1000, 3)},
		{"table-columns-64", table(64, 20)},
		{"table-rows-2000", table(3, 2000)},
	}
}

// PathologicalPack returns a valid pack whose one aspect has body.
func PathologicalPack(body string) fstest.MapFS {
	return fstest.MapFS{
		"pack.yaml": file("title: Pathological\nsummary: One hostile section.\nsubjects: [Alpha, Beta]\n" +
			"as_of: 2025-06-01\nsections:\n  - a.md\n"),
		"a.md": file("---\nid: a\ntitle: A\nkind: aspect\nnumber: 1\n---\n\n" + body),
	}
}

func indentedList(depth int) string {
	var b strings.Builder
	for i := range depth {
		b.WriteString(strings.Repeat("  ", i))
		b.WriteString("- level\n")
	}
	return b.String()
}

// table returns a GFM table of cols columns and rows rows; with three
// columns its header names the subjects, so it is a comparison table, and
// otherwise an ordinary table.
func table(cols, rows int) string {
	var b strings.Builder
	header := []string{"Criterion", "Alpha", "Beta"}
	if cols != len(header) {
		header = make([]string, cols)
		for i := range header {
			header[i] = "h"
		}
	}
	b.WriteString("| " + strings.Join(header, " | ") + " |\n")
	b.WriteString(strings.Repeat("| --- ", cols) + "|\n")
	cell := strings.Repeat("| v ", cols) + "|\n"
	for range rows {
		b.WriteString(cell)
	}
	return b.String()
}
