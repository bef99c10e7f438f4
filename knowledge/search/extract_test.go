package search

import (
	"reflect"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/versus-dev/versus/assets"
	"github.com/versus-dev/versus/knowledge"
	"github.com/versus-dev/versus/knowledge/packtest"
)

func TestBlocks(t *testing.T) {
	src := "# Title *here*\n\nSome **bold** and [a link](x.md#y) with `code` &amp; \\*stars\\*.\n" +
		"Second line <b>raw</b>.\n\n" +
		"| a | b |\n| - | - |\n| cell | cell |\n\n" +
		"- item one\n- item ~~two~~\n\n" +
		"```go\nfunc main() {}\n```\n\n" +
		"Setext\n======\n\n" +
		"<div>\nhtml block\n</div>\n\n" +
		"> quoted <https://example.com>\n"
	got := newExtractor().blocks(nil, src)
	want := []block{
		{text: "Title here", heading: true, level: 1, line: 0},
		{text: "Some bold and a link with code & *stars*. Second line raw.", line: 2},
		{text: "item one", line: 9},
		{text: "item two", line: 10},
		{text: "func main() {}", line: 13},
		{text: "Setext", heading: true, level: 1, line: 16},
		{text: "quoted https://example.com", line: 23},
	}
	if len(got) != len(want) {
		t.Fatalf("blocks = %+v\nwant %+v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("block %d = %+v, want %+v", i, got[i], want[i])
		}
	}
}

func TestOneLine(t *testing.T) {
	for in, want := range map[string]string{
		"":                  "",
		"plain":             "plain",
		"  a \t b\n\nc  ":   "a b c",
		"a\x1b[31mb":        "a [31mb",
		"a\u2028b\u0085c":   "a b c",
		"bad \xff byte":     "bad \uFFFD byte",
		"tab\tand\r\nlines": "tab and lines",
	} {
		if got := oneLine([]byte(in)); got != want {
			t.Errorf("oneLine(%q) = %q, want %q", in, got, want)
		}
		if got := oneLineString(in); got != want {
			t.Errorf("oneLineString(%q) = %q, want %q", in, got, want)
		}
	}
}

// FuzzPlainLine checks the shortcut that skips the markdown parser: text
// isPlainLine accepts reads the same through the parser.
func FuzzPlainLine(f *testing.F) {
	for _, s := range []string{"plain words", "1. item", "1x faster", "- item", "a * b", "    code", "C++ and C#", "Node.js (v20)", "===", "50% off"} {
		f.Add(s)
	}
	e := newExtractor()
	f.Fuzz(func(t *testing.T, s string) {
		if !isPlainLine(s) {
			return
		}
		var parsed []string
		for _, b := range e.blocks(nil, s+"\n\n\u200b") { // defeat the shortcut
			parsed = append(parsed, b.text)
		}
		got := strings.TrimSuffix(strings.Join(parsed, " "), " \u200b")
		got = strings.TrimSuffix(got, "\u200b")
		if want := oneLineString(s); strings.TrimSpace(got) != want {
			t.Errorf("plain %q parses as %q, shortcut gives %q", s, got, want)
		}
	})
}

// TestBlankTablesSameBlocks checks the shortcut of parsing bodies with
// their table lines blanked out: on the default pack and a generated one,
// it gives the same blocks as parsing the tables and skipping them.
func TestBlankTablesSameBlocks(t *testing.T) {
	def, err := knowledge.Load(assets.Pack())
	if err != nil {
		t.Fatalf("load default pack: %v", err)
	}
	gen, err := knowledge.Load(packtest.Generate(50))
	if err != nil {
		t.Fatalf("load generated pack: %v", err)
	}
	e := newExtractor()
	shortcuts := 0
	for _, p := range []*knowledge.Pack{def, gen} {
		for _, s := range p.Sections {
			if len(s.Tables) > 0 {
				if _, ok := blankTables(nil, s); !ok {
					t.Errorf("%s: tables not located", s.File)
				}
				shortcuts++
			}
			got := e.bodyBlocks(nil, s)
			want := e.parse(nil, s.Body, e.tables)
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%s: blanked tables give\n%+v\nwant\n%+v", s.File, got, want)
			}
		}
	}
	if shortcuts < 10 {
		t.Errorf("only %d sections with tables", shortcuts)
	}
}

func TestBlankTablesRefusesWrongLines(t *testing.T) {
	s := &knowledge.Section{
		Body:     "Intro.\n\n| a | b |\n| - | - |\n| 1 | 2 |\n",
		BodyLine: 5,
		Tables:   []knowledge.Table{{Rows: [][]string{{"1", "2"}}, Line: 5}}, // one line off
	}
	if _, ok := blankTables(nil, s); ok {
		t.Error("blankTables accepted a table line that is not a table")
	}
	s.Tables[0].Line = 7
	got, ok := blankTables(nil, s)
	if !ok || string(got) != "Intro.\n\n\n\n\n" {
		t.Errorf("blankTables = %q, %v", got, ok)
	}
	s.Tables[0].Rows = append(s.Tables[0].Rows, []string{"3", "4"}) // past the end
	if _, ok := blankTables(nil, s); ok {
		t.Error("blankTables accepted rows past the end of the body")
	}
}

// FuzzBlankTables loads arbitrary section bodies through knowledge.Load and
// checks that parsing them with their tables blanked out gives the same
// blocks as parsing the tables and skipping them.
func FuzzBlankTables(f *testing.F) {
	f.Add("| a | b |\n| --- | --- |\n| 1 | 2 |\n")
	f.Add("Intro line\n| Criterion | A | B |\n| - | - | - |\n| x | y | z |\nafter\n\n## Next\n\ntext\n")
	f.Add("- item\n\n  | a | b |\n  | - | - |\n  | 1 | 2 |\n")
	f.Add("> | a | b |\n> | - | - |\n> | 1 | 2 |\n")
	f.Add("```\n| a | b |\n| - | - |\n```\n\n| c | d |\n|---|---|\n")
	e := newExtractor()
	f.Fuzz(func(t *testing.T, body string) {
		fsys := fstest.MapFS{
			"pack.yaml": {Data: []byte("title: A vs B\nsummary: S.\nsubjects: [A, B]\nas_of: 2025-01-01\nsections:\n  - s.md\n")},
			"s.md":      {Data: []byte("---\nid: s\ntitle: S\nkind: guide\n---\n\n" + body)},
		}
		p, err := knowledge.Load(fsys)
		if err != nil {
			return
		}
		for _, s := range p.Sections {
			if _, ok := blankTables(nil, s); !ok {
				continue
			}
			got := e.bodyBlocks(nil, s)
			want := e.parse(nil, s.Body, e.tables)
			if !reflect.DeepEqual(got, want) {
				t.Errorf("body %q: blanked tables give\n%+v\nwant\n%+v", s.Body, got, want)
			}
		}
	})
}
