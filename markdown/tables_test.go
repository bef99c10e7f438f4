package markdown

import (
	"bytes"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"
)

// passHTML runs the pass over md for a render width columns wide in the
// named style and returns the document it leaves, as HTML: what glamour
// is then given to draw, in a form a test can spell out.
func passHTML(t *testing.T, md string, width int, style string) string {
	t.Helper()
	cfg, ok := builtinStyle(style)
	if !ok {
		t.Fatalf("no style %q", style)
	}
	gm := goldmark.New(goldmark.WithExtensions(extension.GFM))
	src := []byte(md)
	doc := gm.Parser().Parse(text.NewReader(src))
	out, _ := rewrite(doc, src, newLayout(cfg, width))
	var b bytes.Buffer
	if err := gm.Renderer().Render(&b, out, doc); err != nil {
		t.Fatal(err)
	}
	return strings.ReplaceAll(b.String(), string(nbHyphen), "-")
}

const lockfiles = "| Criterion | Node.js | Python |\n| --- | --- | --- |\n" +
	"| Lockfile | `package-lock.json` | [uv](https://docs.astral.sh/uv/) *or* `poetry.lock` |\n" +
	"| Empty | | **bold** |\n"

// TestStackedTable is the block form of a table too narrow for its
// words: each row's criterion in bold after the first header, then an
// item per subject, the cells' markup (code, links, emphasis) kept, an
// empty cell left out.
func TestStackedTable(t *testing.T) {
	got := passHTML(t, lockfiles, 24, "dark")
	want := `<p>Criterion: <strong>Lockfile</strong></p>
<ul>
<li>Node.js: <code>package-lock.json</code></li>
<li>Python: <a href="https://docs.astral.sh/uv/">uv</a> <em>or</em> <code>poetry.lock</code></li>
</ul>
<p>Criterion: <strong>Empty</strong></p>
<ul>
<li>Python: <strong>bold</strong></li>
</ul>
`
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

// TestStackedShapes covers the tables that are not a criterion and
// subjects (one column, a header alone, an empty header cell) and a
// table in a list item.
func TestStackedShapes(t *testing.T) {
	for _, tc := range []struct{ md, want string }{
		{"| Tools |\n| --- |\n| `node --inspect-brk` |\n| pdb |\n",
			"<p><strong>Tools</strong></p>\n<ul>\n<li><code>node --inspect-brk</code></li>\n<li>pdb</li>\n</ul>\n"},
		{"| `package-lock.json` | `pyproject.toml` |\n| --- | --- |\n",
			"<p><strong><code>package-lock.json</code></strong></p>\n<ul>\n<li><code>pyproject.toml</code></li>\n</ul>\n"},
		{"| | Node.js |\n| --- | --- |\n| Lockfile | `package-lock.json` |\n",
			"<p><strong>Lockfile</strong></p>\n<ul>\n<li>Node.js: <code>package-lock.json</code></li>\n</ul>\n"},
		// In a list item, however wide: glamour reflows a table there. The
		// rows nest under the item, a row without a criterion among them.
		{"- item\n\n  | A | B |\n  | - | - |\n  | x | y |\n  | | z |\n",
			"<ul>\n<li>item\n<ul>\n<li>A: <strong>x</strong>\n<ul>\n<li>B: y</li>\n</ul>\n</li>\n<li>B: z</li>\n</ul>\n</li>\n</ul>\n"},
	} {
		if got := passHTML(t, tc.md, 14, "dark"); got != tc.want {
			t.Errorf("%q:\ngot\n%s\nwant\n%s", tc.md, got, tc.want)
		}
	}
}

// TestNarrowTableThreshold holds the pass to what glamour cuts: the
// default pack's lockfile row at 60 columns (lipgloss gave
// `package-lock.json` 14 columns though the words fit in total), a table
// one column wider than its widest cells allow (lipgloss keeps their
// widths and cuts the last column), and tables that fit, which keep
// glamour's table.
func TestNarrowTableThreshold(t *testing.T) {
	eco := "| Criterion | Node.js | Python |\n| --- | --- | --- |\n" +
		"| Package managers | npm (ships with Node.js); pnpm, Yarn and Bun as alternatives | pip (ships with Python); uv, Poetry and conda as alternatives |\n" +
		"| Project file and lockfile | `package.json` and `package-lock.json` (or the tool's own) | `pyproject.toml`, with `uv.lock` or `poetry.lock` |\n"
	adopters := "| Criterion | Node.js | Python |\n| --- | --- | --- |\n" +
		"| Kinds of system | Website and web-app layers, mobile backend | AI, search, web backend |\n" +
		"| What sits behind them | At Netflix and PayPal, Java services | At Instagram, Django on CPython |\n"
	for _, tc := range []struct {
		name, md string
		width    int
		table    bool
	}{
		{"lockfile row at 60", eco, 60, false},
		{"lockfile row at 80", eco, 80, true},
		{"widest cells but for the separators", adopters, 104, false},
		{"widest cells but for a blank", adopters, 105, true},
		{"widest cells and separators", adopters, 106, true},
	} {
		got := strings.Contains(passHTML(t, tc.md, tc.width, "dark"), "<table>")
		if got != tc.table {
			t.Errorf("%s: table kept %v, want %v", tc.name, got, tc.table)
		}
		out, err := New(4).Render(tc.md, tc.width, "dark")
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range []string{"package-lock.json", "pyproject.toml", "CPython"} {
			if strings.Contains(tc.md, w) && !strings.Contains(ansi.Strip(out), w) {
				t.Errorf("%s: %q cut:\n%s", tc.name, w, ansi.Strip(out))
			}
		}
	}
}

// TestNestedTableWidth measures a table inside a quote and a list by the
// width glamour leaves it there.
func TestNestedTableWidth(t *testing.T) {
	cfg, _ := builtinStyle("dark")
	l := newLayout(cfg, 60)
	gm := goldmark.New(goldmark.WithExtensions(extension.GFM))
	for md, want := range map[string]int{
		"| a |\n| - |\n| b |\n":              56, // the document's margins
		"> | a |\n> | - |\n> | b |\n":        55, // and the quote's indent
		"- x\n\n  | a |\n  | - |\n  | b |\n": 56,
	} {
		doc := gm.Parser().Parse(text.NewReader([]byte(md)))
		var tbl *east.Table
		_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
			if tb, ok := n.(*east.Table); ok && entering {
				tbl = tb
			}
			return ast.WalkContinue, nil
		})
		if tbl == nil {
			t.Fatalf("%q: no table", md)
		}
		if got := l.tableWidth(tbl); got != want {
			t.Errorf("%q: width %d, want %d", md, got, want)
		}
	}
}

// TestNestedTablesKeepWords draws a table inside a quote and inside a
// list item at every width from 20 to 100: where the pass keeps the
// table, glamour must have room for every word at the width the pass
// measured.
func TestNestedTablesKeepWords(t *testing.T) {
	table := "| Criterion | Node.js | Python |\n| --- | --- | --- |\n" +
		"| Lockfile | `package-lock.json` and npm | `pyproject.toml` with `poetry.lock` |\n"
	words := []string{"Criterion", "Lockfile", "package-lock.json", "pyproject.toml", "poetry.lock"}
	for name, md := range map[string]string{
		"quote":       "> " + strings.ReplaceAll(strings.TrimSuffix(table, "\n"), "\n", "\n> ") + "\n",
		"list item":   "- item\n\n  " + strings.ReplaceAll(strings.TrimSuffix(table, "\n"), "\n", "\n  ") + "\n",
		"nested list": "- a\n  - b\n\n    " + strings.ReplaceAll(strings.TrimSuffix(table, "\n"), "\n", "\n    ") + "\n",
		"definition":  "Term\n:   " + strings.ReplaceAll(strings.TrimSuffix(table, "\n"), "\n", "\n    ") + "\n",
	} {
		for _, style := range []string{"dark", "notty"} {
			r := New(1)
			for w := 20; w <= 100; w++ {
				out, err := r.Render(md, w, style)
				if err != nil {
					t.Fatal(err)
				}
				plain := ansi.Strip(out)
				if !strings.Contains(plain, "│") && !strings.Contains(plain, "|") {
					continue // stacked
				}
				for _, word := range words {
					if !strings.Contains(plain, word) {
						t.Errorf("%s, %s at %d: %q cut:\n%s", name, style, w, word, plain)
					}
				}
			}
		}
	}
}
