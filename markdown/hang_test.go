package markdown

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// TestListItemsHang wraps long list items, bulleted, numbered and nested:
// every continuation line starts under its item's text, no line runs past
// the width, no word is lost or doubled, and no marker is left in.
func TestListItemsHang(t *testing.T) {
	md := "- a long list item that wraps over more than one line because it has many words in it\n" +
		"- short\n" +
		"  1. a nested numbered item that is also long enough to wrap around the measure\n\n" +
		"10. the tenth step, long enough to wrap after the number of two digits here\n"
	for _, style := range []string{"ascii", "dark", "notty"} {
		for _, w := range []int{30, 44, 60} {
			out, err := New(4).Render(md, w, style)
			if err != nil {
				t.Fatal(err)
			}
			plain := ansi.Strip(out)
			if strings.Contains(plain, itemMark) {
				t.Fatalf("%s at %d: marker left in:\n%s", style, w, plain)
			}
			if got, want := strings.Join(strings.Fields(plain), " "), "many words in it"; !strings.Contains(got, want) {
				t.Errorf("%s at %d: words lost:\n%s", style, w, plain)
			}
			lines := strings.Split(plain, "\n")
			textCol := -1
			for _, l := range lines {
				if ansi.StringWidth(l) > w {
					t.Errorf("%s at %d: line %q runs past the width", style, w, l)
				}
				trimmed := strings.TrimLeft(l, " ")
				indent := len(l) - len(trimmed)
				switch {
				case trimmed == "":
					textCol = -1
				case strings.HasPrefix(trimmed, "• "), strings.HasPrefix(trimmed, "* "):
					textCol = indent + 2
				case len(trimmed) > 3 && (trimmed[1] == '.' || trimmed[2] == '.') && trimmed[0] >= '0' && trimmed[0] <= '9':
					textCol = indent + strings.Index(trimmed, ". ") + 2
				case textCol >= 0 && indent != textCol:
					t.Errorf("%s at %d: continuation %q starts at %d, want %d:\n%s", style, w, l, indent, textCol, plain)
				}
			}
		}
	}
}

// TestListItemsKeepTheirWords wraps list items whose words glamour breaks
// inside (after a dot, a hyphen, or anywhere in a word longer than the
// line) at every width: read line by line, the text is the one-line
// render's, each line break standing for one space or none, never a space
// put into a word ("TensorFlow. js", "worker_ th reads.html").
func TestListItemsKeepTheirWords(t *testing.T) {
	md := "- Python: a list item that has also TensorFlow.js here and more words, see [the docs](https://nodejs.org/api/worker_threads.html) for it\n" +
		"- `concurrent.futures.ProcessPoolExecutor` and poetry.lock, or package-lock.json; a+b|c too.\n" +
		"- A sentence ends. Another starts, and one-two-three words wrap.\n"
	for _, style := range []string{"ascii", "dark", "notty"} {
		r := New(4)
		wide, err := r.Render(md, 400, style)
		if err != nil {
			t.Fatal(err)
		}
		var ref []string
		for _, l := range strings.Split(ansi.Strip(wide), "\n") {
			if l = strings.Trim(l, " "); l != "" {
				ref = append(ref, l)
			}
		}
		want := strings.Join(ref, " ")
		for w := MinWidth; w <= 80; w++ {
			out, err := r.Render(md, w, style)
			if err != nil {
				t.Fatal(err)
			}
			rest := want
			for _, l := range strings.Split(ansi.Strip(out), "\n") {
				if l = strings.Trim(l, " "); l == "" {
					continue
				}
				rest = strings.TrimPrefix(rest, " ")
				if !strings.HasPrefix(rest, l) {
					t.Fatalf("%s at %d: line %q is not the text's next words %.40q:\n%s", style, w, l, rest, ansi.Strip(out))
				}
				rest = rest[len(l):]
			}
			if rest != "" {
				t.Errorf("%s at %d: text left over: %q", style, w, rest)
			}
		}
	}
}

// TestListItemKeepsCodeWhole draws a stacked table's cell, whose first
// line glamour pads with styled spaces, at the width where glamour breaks
// "poetry.lock" after its dot: the item is drawn again with the span whole.
func TestListItemKeepsCodeWhole(t *testing.T) {
	md := "- Python: `pyproject.toml`, with `uv.lock` or `poetry.lock`\n"
	for _, style := range []string{"dark", "ascii"} {
		for w := 40; w <= 64; w++ {
			out, err := New(4).Render(md, w, style)
			if err != nil {
				t.Fatal(err)
			}
			if plain := ansi.Strip(out); !strings.Contains(plain, "poetry.lock") {
				t.Errorf("%s at %d: poetry.lock is split:\n%s", style, w, plain)
			}
		}
	}
}

// TestListItemCodeStaysCode renders a code block in a list item, which
// glamour draws with no blank line after the item's text: the code keeps
// its lines, none joined to the item's words or to each other.
func TestListItemCodeStaysCode(t *testing.T) {
	md := "- an item whose text\n\n  ```python\n  def handler(request):\n      return None\n  ```\n\n- two\n"
	for _, style := range []string{"dark", "notty"} {
		out, err := New(1).Render(md, 60, style)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, l := range strings.Split(ansi.Strip(out), "\n") {
			got = append(got, strings.TrimSpace(l))
		}
		plain := strings.Join(got, "\n")
		if !strings.Contains(plain, "\ndef handler(request):\nreturn None\n") {
			t.Errorf("%s: the code's lines were joined:\n%s", style, plain)
		}
	}
}
