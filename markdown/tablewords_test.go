package markdown_test

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/versus-dev/versus/assets"
	"github.com/versus-dev/versus/knowledge"
	"github.com/versus-dev/versus/markdown"
)

// TestTablesKeepWords renders the tables of every section of the default
// pack at every width from MinWidth to 120, as the reader draws them, and
// looks for every word of every cell, whole, in the text drawn: a table
// too narrow for its words must be stacked, never cut. Words are looked
// for in pieces, split after the characters glamour's blocks (lists,
// quotes) break lines at, ",.;-+|". A word wider than
// the text of a list item at that width (the margins, the bullet and the
// marks of bold text, "**" each side in notty, taken off) cannot be kept whole by any layout and
// is not looked for.
func TestTablesKeepWords(t *testing.T) {
	p, err := knowledge.Load(assets.Pack())
	if err != nil {
		t.Fatal(err)
	}
	r := markdown.New(1) // every render once: no reuse between widths
	checked := 0
	for _, s := range p.Sections {
		if len(s.Tables) == 0 {
			continue
		}
		md := tableSources(s.Document())
		if got := strings.Count(md, "\n\n") + 1; got != len(s.Tables) {
			t.Fatalf("%s: found %d tables' markdown for %d tables", s.ID, got, len(s.Tables))
		}
		var words []string
		for _, tb := range s.Tables {
			words = append(words, cellWords(tb.Header)...)
			for _, row := range tb.Rows {
				words = append(words, cellWords(row)...)
			}
		}
		for _, style := range []string{"dark", "notty"} {
			for w := markdown.MinWidth; w <= 120; w++ {
				out, err := r.Render(md, w, style)
				if err != nil {
					t.Fatal(err)
				}
				plain := ansi.Strip(out)
				room := w - 4 - 2 - 4
			words:
				for _, word := range words {
					if ansi.StringWidth(word) > room {
						continue
					}
					for _, piece := range pieces(word) {
						checked++
						if !strings.Contains(plain, piece) {
							t.Errorf("%s, %s at %d: %q of %q is not drawn whole:\n%s", s.ID, style, w, piece, word, plain)
							break words
						}
					}
				}
			}
		}
	}
	if checked == 0 {
		t.Fatal("no table in the default pack")
	}
}

// tableSources returns the tables of md (its runs of lines starting with
// "|"), separated by blank lines.
func tableSources(md string) string {
	var tables []string
	var cur []string
	for line := range strings.SplitSeq(md+"\n", "\n") {
		if strings.HasPrefix(line, "|") {
			cur = append(cur, line)
			continue
		}
		if len(cur) > 0 {
			tables = append(tables, strings.Join(cur, "\n"))
			cur = nil
		}
	}
	return strings.Join(tables, "\n\n")
}

// cellWords returns the words of cells without the punctuation around
// them.
func cellWords(cells []string) []string {
	var out []string
	for _, c := range cells {
		for _, f := range strings.Fields(c) {
			if f = strings.Trim(f, ",;:()\"'"); f != "" {
				out = append(out, f)
			}
		}
	}
	return out
}

// pieces splits word after each of glamour's breakpoints.
func pieces(word string) []string {
	var out []string
	for word != "" {
		part := word
		if i := strings.IndexAny(word, ",.;-+|"); i >= 0 {
			part, word = word[:i+1], word[i+1:]
		} else {
			word = ""
		}
		out = append(out, part)
	}
	return out
}
