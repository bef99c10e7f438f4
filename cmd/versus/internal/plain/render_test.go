package plain

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/versus-dev/versus/markdown"
)

// lines joins its arguments as Render's output would be.
func lines(ls ...string) string { return strings.Join(ls, "\n") }

func TestRender(t *testing.T) {
	tests := []struct {
		name  string
		md    string
		width int
		want  string
	}{
		{
			name: "headings are underlined or stand alone",
			md:   "# Title\n\n## Part\n\n### Detail\n\ntext",
			want: lines("Title", "=====", "", "Part", "----", "", "Detail", "", "text"),
		},
		{
			name:  "a long heading wraps and its rule spans its widest line",
			md:    "# Performance and execution speed",
			width: 20,
			want:  lines("Performance and", "execution speed", "==============="),
		},
		{
			name:  "paragraphs wrap at the width and lose their markup",
			md:    "Node.js runs **JavaScript** on *V8* with `libuv` and ~~threads~~ events.",
			width: 30,
			want:  lines("Node.js runs JavaScript on V8", "with libuv and threads events."),
		},
		{
			name: "a hard line break stays",
			md:   "first line\\\nsecond line",
			want: lines("first line", "second line"),
		},
		{
			name:  "nested lists hang under their text",
			md:    "- one two three four five six\n  - nested item that wraps too\n- last",
			width: 20,
			want: lines(
				"- one two three four",
				"  five six",
				"  - nested item that",
				"    wraps too",
				"- last",
			),
		},
		{
			name:  "ordered lists right-align their numbers",
			md:    "8. eight\n9. nine\n10. ten and more words",
			width: 16,
			want:  lines(" 8. eight", " 9. nine", "10. ten and more", "    words"),
		},
		{
			name: "loose lists keep a blank line between items",
			md:   "- one\n\n- two",
			want: lines("- one", "", "- two"),
		},
		{
			name: "task lists show their boxes",
			md:   "- [x] done\n- [ ] to do",
			want: lines("- [x] done", "- [ ] to do"),
		},
		{
			name: "code keeps its lines, indented, tabs to the next multiple of four",
			md:   "```go\nfunc f() {\n\treturn  1\n}\n```",
			want: lines("    func f() {", "        return  1", "    }"),
		},
		{
			name:  "code does not wrap",
			md:    "    a very long line of code that is wider than the width",
			width: 20,
			want:  "    a very long line of code that is wider than the width",
		},
		{
			name:  "block quotes are prefixed",
			md:    "> **Note:** quoted text that wraps\n> over lines",
			width: 20,
			want:  lines("| Note: quoted text", "| that wraps over", "| lines"),
		},
		{
			name: "links to the pack show their text; others a number and a list",
			md: "See [GIL](scalability.md#python), [the docs](https://docs.python.org/3/) " +
				"and [again](https://docs.python.org/3/), [mail](mailto:a@example.com), <https://nodejs.org/>.",
			want: lines(
				"See GIL, the docs[1] and again[1], mail[2], https://nodejs.org/.",
				"",
				"Links",
				"-----",
				"",
				"[1] https://docs.python.org/3/",
				"[2] mailto:a@example.com",
			),
		},
		{
			name: "a link whose text is its address is not numbered",
			md:   "[https://nodejs.org/](https://nodejs.org/)",
			want: "https://nodejs.org/",
		},
		{
			name: "images show their alt text",
			md:   "![a diagram](diagram.png) here",
			want: "a diagram here",
		},
		{
			name: "HTML is dropped",
			md:   "<div>\n<script>alert(1)</script>\n</div>\n\ntext <b>bold</b> <!-- note -->",
			want: "text bold",
		},
		{
			name: "escapes and references are decoded",
			md:   `\*not emphasis\* &amp; &copy; &#65;`,
			want: "*not emphasis* & © A",
		},
		{
			name:  "thematic breaks are centred stars",
			md:    "a\n\n---\n\nb",
			width: 20,
			want:  lines("a", "", "      *  *  *", "", "b"),
		},
		{
			name:  "words longer than the width are broken",
			md:    "aaaaaaaaaaaaaaaaaaaaaaaaa b",
			width: 10,
			want:  lines("aaaaaaaaaa", "aaaaaaaaaa", "aaaaa b"),
		},
		{
			name:  "hyphens and addresses are not break points",
			md:    "see https://example.com/a-b-c-d-e now",
			width: 30,
			want:  lines("see", "https://example.com/a-b-c-d-e", "now"),
		},
		{
			name:  "wide characters count two columns",
			md:    "日本語 日本語 日本語",
			width: 14,
			want:  lines("日本語 日本語", "日本語"),
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			w := tc.width
			if w == 0 {
				w = 80
			}
			if got := Render(tc.md, w); got != tc.want {
				t.Errorf("Render at %d:\n%s\nwant:\n%s", w, got, tc.want)
			}
		})
	}
}

func TestTables(t *testing.T) {
	const table = "| Criterion | Node.js | Python |\n| --- | ---: | --- |\n" +
		"| Concurrency model | One thread running an event loop | Threads, held back by the GIL |\n" +
		"| Startup | 40 ms | 20 ms |\n"
	tests := []struct {
		name  string
		width int
		want  string
	}{
		{
			name:  "a table that fits keeps its natural widths and alignment",
			width: 100,
			want: lines(
				"Criterion                                   Node.js  Python",
				"-----------------  --------------------------------  -----------------------------",
				"Concurrency model  One thread running an event loop  Threads, held back by the GIL",
				"Startup                                       40 ms  20 ms",
			),
		},
		{
			name:  "a table wider than the width wraps its cells",
			width: 50,
			want: lines(
				"Criterion                 Node.js  Python",
				"-----------------  --------------  ---------------",
				"Concurrency model      One thread  Threads, held",
				"                       running an  back by the GIL",
				"                       event loop",
				"Startup                     40 ms  20 ms",
			),
		},
		{
			name:  "a table whose words do not fit becomes records",
			width: 30,
			want: lines(
				"Concurrency model",
				"  Node.js: One thread",
				"    running an event loop",
				"  Python: Threads, held back",
				"    by the GIL",
				"",
				"Startup",
				"  Node.js: 40 ms",
				"  Python: 20 ms",
			),
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := Render(table, tc.width); got != tc.want {
				t.Errorf("Render at %d:\n%s\nwant:\n%s", tc.width, got, tc.want)
			}
			assertFits(t, table, Render(table, tc.width), tc.width)
		})
	}
}

func TestHostileContent(t *testing.T) {
	md := "# Title \x1b]0;pwned\x07\n\nText \x1b[2J with &#27;[31m red, \u202eevil\u202c, a\rb and\x9b.\n\n" +
		"| a\x1b[31m | b |\n| - | - |\n| \x07 | &#x1b; |\n\n```\ncode \x1b[1m\x00\n```\n\n" +
		"[x](https://example.com/\x1b]8;;evil\x07)"
	out := Render(md, 40)
	if strings.ContainsRune(out, 0x1b) || strings.ContainsRune(out, 0x07) || strings.ContainsRune(out, 0x9b) {
		t.Fatalf("hostile content reached the output: %q", out)
	}
	for _, want := range []string{"^[]0;pwned^G", "^[[2J", "with ^[[31m red", "<U+202E>", "a^Mb"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q, the visible form of a control:\n%s", want, out)
		}
	}
}

func TestParts(t *testing.T) {
	md := "# Title\n\nintro\n\n## One\n\nfirst\n\n### Sub\n\nmore\n\n## Two\n\n[x](https://x.example/)"
	got := Parts(md, 40)
	want := []string{
		lines("Title", "=====", "", "intro"),
		lines("One", "---", "", "first", "", "Sub", "", "more"),
		lines("Two", "---", "", "x[1]"),
		lines("Links", "-----", "", "[1] https://x.example/"),
	}
	if strings.Join(got, "\n\n") != Render(md, 40) {
		t.Error("Parts joined by blank lines differ from Render")
	}
	if len(got) != len(want) {
		t.Fatalf("Parts = %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("part %d = %q, want %q", i, got[i], want[i])
		}
	}
}

func TestColumns(t *testing.T) {
	left := []string{lines("A", "=", "", "one two"), lines("B", "-")}
	right := []string{lines("C", "="), lines("D", "-", "", "three", "four")}
	want := lines(
		"A       C",
		"=       =",
		"",
		"one two",
		"",
		"B       D",
		"-       -",
		"",
		"        three",
		"        four",
	)
	if got := Columns(left, right, 7, 1); got != want {
		t.Errorf("Columns:\n%s\nwant:\n%s", got, want)
	}
}

// TestColumnsStackAPairTooWide puts an address wider than its column
// beside another part: that pair is printed one part above the other,
// and every line fits the two columns.
func TestColumnsStackAPairTooWide(t *testing.T) {
	left := []string{lines("A", "="), lines("Links", "-----", "", "[1] https://example.com/a/long/path")}
	right := []string{lines("B", "="), lines("Links", "-----", "", "[1] https://b.example")}
	want := lines(
		"A"+strings.Repeat(" ", 20)+"B",
		"="+strings.Repeat(" ", 20)+"=",
		"",
		"Links",
		"-----",
		"",
		"[1] https://example.com/a/long/path",
		"",
		"Links",
		"-----",
		"",
		"[1] https://b.example",
	)
	got := Columns(left, right, 18, 3)
	if got != want {
		t.Errorf("Columns:\n%s\nwant:\n%s", got, want)
	}
	for _, l := range strings.Split(got, "\n") {
		if ansi.StringWidth(l) > 2*18+3 {
			t.Errorf("line wider than both columns: %q", l)
		}
	}
}

// assertFits checks that every line of out fits width, but for the
// exceptions the package documents: lines of code blocks and addresses
// in the list of links, each of which is a line of the source.
func assertFits(t *testing.T, md, out string, width int) {
	t.Helper()
	src := strings.Split(md, "\n")
	for i, l := range src {
		src[i] = clean(markdown.ExpandTabs(l))
	}
	source := strings.Join(src, "\n")
	for i, l := range strings.Split(out, "\n") {
		if ansi.StringWidth(l) <= max(width, MinWidth) {
			continue
		}
		if !strings.Contains(source, verbatim(l)) {
			t.Errorf("line %d is %d columns wide, more than %d: %q", i+1, ansi.StringWidth(l), width, l)
		}
	}
}

// verbatim is what remains of a line once the prefixes Render adds are
// taken away: indentation, quote bars, list markers, link numbers.
func verbatim(l string) string {
	for {
		rest := strings.TrimLeft(l, " |-")
		if i := strings.IndexAny(rest, ".]"); i > 0 && i+1 < len(rest) && rest[i+1] == ' ' &&
			strings.Trim(rest[:i], "[0123456789") == "" {
			rest = rest[i+2:]
		}
		if rest == l {
			return l
		}
		l = rest
	}
}
