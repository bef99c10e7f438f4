package markdown

import (
	"fmt"
	"strings"
	"testing"

	xansi "github.com/charmbracelet/x/ansi"

	"github.com/versus-dev/versus/assets"
	"github.com/versus-dev/versus/knowledge"
)

// codeSample is one code block for TestCodeWrap: its lines, its language
// and how it sits in the document.
type codeSample struct {
	name  string
	lang  string
	lines []string
	wrap  func(fence string) string // puts the fenced block in a list or quote
}

// packCode returns every code block of the default pack.
func packCode(t *testing.T) []codeSample {
	t.Helper()
	p, err := knowledge.Load(assets.Pack())
	if err != nil {
		t.Fatal(err)
	}
	var out []codeSample
	for _, s := range p.Sections {
		for i, b := range s.CodeBlocks() {
			lines := strings.Split(strings.TrimSuffix(b.Code, "\n"), "\n")
			out = append(out, codeSample{name: fmt.Sprintf("%s#%d", s.ID, i), lang: b.Lang, lines: lines})
		}
	}
	if len(out) == 0 {
		t.Fatal("the default pack has no code block")
	}
	return out
}

// hostileCode returns code blocks that test the wrap's edges, at width.
func hostileCode(width int) []codeSample {
	indented := func(fence string) string {
		return "  " + strings.ReplaceAll(strings.TrimSuffix(fence, "\n"), "\n", "\n  ") + "\n"
	}
	quoted := func(fence string) string {
		return "> " + strings.ReplaceAll(strings.TrimSuffix(fence, "\n"), "\n", "\n> ") + "\n"
	}
	python := []string{
		"def handler(request):",
		"    if request.method == 'POST' and request.user.is_authenticated and request.user.has_perm('x'):",
		"        return render(request, 'template.html', {'form': form, 'items': items, 'count': len(items)})",
		"",
		"    return None  # a comment that is rather longer than the narrowest pane is wide, by design",
	}
	return []codeSample{
		{name: "token", lines: []string{strings.Repeat("x", 300), "y" + strings.Repeat("-", 150)}},
		{name: "deep", lang: "python", lines: []string{
			strings.Repeat(" ", 40) + "return some_function(argument_one, argument_two, argument_three)",
			strings.Repeat(" ", 100) + "x = 1",
		}},
		{name: "tabs", lang: "go", lines: []string{
			"func f() {",
			"\tif x {\treturn \"a\tb\" + strings.Repeat(\"y\", 80) + strings.Repeat(\"z\", 80) }",
			"\t\t\t\tdeep := []string{\"one\", \"two\", \"three\", \"four\", \"five\", \"six\", \"seven\"}",
			"}",
		}},
		{name: "cjk", lang: "python", lines: []string{
			"    s = \"" + strings.Repeat("漢字", 60) + "\"",
			"    t = \"" + strings.Repeat("a漢", 40) + "\"",
		}},
		{name: "exact", lines: []string{
			strings.Repeat("e", max(width-6, 1)),
			strings.Repeat("f", max(width-5, 1)),
			"  " + strings.Repeat("g ", max(width/2-3, 1)),
		}},
		{name: "trailing", lines: []string{"a " + strings.Repeat("b", 200) + "      ", "      "}},
		{name: "python", lang: "python", lines: python},
		{name: "list", lang: "python", lines: python, wrap: func(fence string) string {
			return "- an item\n\n" + indented(fence)
		}},
		{name: "quote", lang: "python", lines: python, wrap: quoted},
		{name: "list-in-quote", lang: "sh", lines: []string{
			"curl -fsSL https://example.com/a/very/long/path/to/an/installer/script.sh | sh -s -- --yes --prefix /opt",
		}, wrap: func(fence string) string {
			return quoted("- an item\n\n" + indented(fence))
		}},
	}
}

// sentinel is the first line of every sample: the column it is drawn at
// is where the sample's code starts.
const sentinel = "§"

// sentinelAt returns the column of the sentinel in the plain line l, or
// -1 when l is not a sentinel line: a line of margins and the sentinel.
func sentinelAt(l string) int {
	before, ok := strings.CutSuffix(strings.TrimRight(l, " "), sentinel)
	if !ok || strings.Trim(before, " ▏|") != "" {
		return -1
	}
	return xansi.StringWidth(before)
}

// codeDocument joins the samples, each after its sentinel line, into one
// markdown document.
func codeDocument(samples []codeSample) string {
	var b strings.Builder
	for _, c := range samples {
		fence := "``````" + c.lang + "\n" + sentinel + "\n" + strings.Join(c.lines, "\n") + "\n``````\n"
		if c.wrap != nil {
			// A container moves the block's tab stops: expand first.
			fence = "``````" + c.lang + "\n" + sentinel + "\n" + ExpandTabs(strings.Join(c.lines, "\n")) + "\n``````\n"
			fence = c.wrap(fence)
		}
		b.WriteString(fence)
		b.WriteString("\nSome prose between blocks.\n\n")
	}
	return b.String()
}

// TestCodeWrap renders the code of the default pack and hostile samples
// at every width from MinWidth to 120 in the built-in styles a user
// meets, and checks the soft wrap of every line: no drawn line is wider
// than the width; each source line starts on a line of its own at the
// block's column with its indentation; each continuation carries the
// marker, is indented at least as far as its line (unless that would
// leave less than half the room for text) and, in colour, is coloured;
// and the pieces, markers and indentation removed, join back to the line.
func TestCodeWrap(t *testing.T) {
	pack := packCode(t)
	widths := make([]int, 0, 121)
	for w := MinWidth; w <= 120; w++ {
		if testing.Short() && w%7 != 0 && w != MinWidth {
			continue
		}
		widths = append(widths, w)
	}
	r := New(1)
	for _, style := range []string{"dark", "light", "notty", "ascii"} {
		t.Run(style, func(t *testing.T) {
			t.Parallel()
			for _, width := range widths {
				samples := append(append([]codeSample(nil), pack...), hostileCode(width)...)
				out, err := r.Render(codeDocument(samples), width, style)
				if err != nil {
					t.Fatal(err)
				}
				checkCodeWrap(t, fmt.Sprintf("%s/%d", style, width), out, samples, width, style)
			}
		})
	}
}

// checkCodeWrap checks the drawn code of samples in out (TestCodeWrap).
func checkCodeWrap(t *testing.T, name, out string, samples []codeSample, width int, style string) {
	t.Helper()
	if strings.Contains(out, codeMark) || strings.Contains(out, codeEnd) {
		t.Fatalf("%s: a marker is left in", name)
	}
	raw := strings.Split(out, "\n")
	plain := make([]string, len(raw))
	for i, l := range raw {
		if w := xansi.StringWidth(l); w > width {
			t.Fatalf("%s: line %d is %d columns wide: %q\n%s", name, i, w, l, strings.Join(strings.Split(xansi.Strip(out), "\n")[max(i-5, 0):i+1], "\n"))
		}
		plain[i] = xansi.Strip(l)
	}
	mark := contMark(style)
	colour := style == "dark" || style == "light"
	k := 0
	for _, c := range samples {
		// The sentinel line gives the column the code starts at.
		for k < len(plain) && sentinelAt(plain[k]) < 0 {
			k++
		}
		if k == len(plain) {
			t.Fatalf("%s: sample %s: its first line is not drawn:\n%s", name, c.name, strings.Join(plain[max(len(plain)-80, 0):], "\n"))
		}
		col := sentinelAt(plain[k])
		k++
		room := width - col
		for _, l := range c.lines {
			l = ExpandTabs(l)
			ctx := func() string {
				return fmt.Sprintf("%s: sample %s, line %q (column %d):\n%s", name, c.name, l, col,
					strings.Join(plain[max(k-4, 0):min(k+6, len(plain))], "\n"))
			}
			body := strings.TrimSpace(l)
			ind := len(l) - len(strings.TrimLeft(l, " "))
			if k >= len(plain) {
				t.Fatalf("%s: missing", ctx())
			}
			first := cutColumns(plain[k], col)
			k++
			if body == "" {
				if strings.TrimSpace(first) != "" {
					t.Fatalf("%s: a blank line drawn as %q", ctx(), first)
				}
				continue
			}
			lead := len(first) - len(strings.TrimLeft(first, " "))
			if room >= 8 && lead != ind && lead != min(ind, room-4) {
				t.Errorf("%s: drawn with %d columns of indentation", ctx(), lead)
			}
			piece := strings.TrimSpace(first)
			if !strings.HasPrefix(body, piece) {
				t.Fatalf("%s: starts with %q", ctx(), piece)
			}
			rest := body[len(piece):]
			for strings.TrimSpace(rest) != "" {
				if k >= len(plain) {
					t.Fatalf("%s: the rest %q is missing", ctx(), rest)
				}
				cont := cutColumns(plain[k], col)
				lead := len(cont) - len(strings.TrimLeft(cont, " "))
				text, marked := strings.CutPrefix(cont[lead:], mark)
				if room >= 8 {
					if !marked {
						t.Fatalf("%s: continuation %q has no %q", ctx(), cont, mark)
					}
					if lead < min(ind, (room-4)/2) {
						t.Errorf("%s: continuation %q indented %d", ctx(), cont, lead)
					}
					if colour && !styledAfter(raw[k], mark) {
						t.Errorf("%s: continuation %q lost its colour: %q", ctx(), cont, raw[k])
					}
				}
				text = strings.TrimSpace(text)
				rest = strings.TrimLeft(rest, " ")
				if text == "" || !strings.HasPrefix(rest, text) {
					t.Fatalf("%s: continuation %q, want the rest %q", ctx(), cont, rest)
				}
				rest = rest[len(text):]
				k++
			}
		}
	}
}

// cutColumns returns the plain line l from column col on.
func cutColumns(l string, col int) string {
	w := 0
	for i, r := range l {
		if w >= col {
			return l[i:]
		}
		w += xansi.StringWidth(string(r))
	}
	return ""
}

// styledAfter reports whether the drawn line l sets a colour after the
// marker, before its first printable character.
func styledAfter(l, mark string) bool {
	at := strings.Index(l, mark)
	if at < 0 {
		return false
	}
	var state byte
	s := l[at+len(mark):]
	styled := false
	for i := 0; i < len(s); {
		seq, _, n, next := xansi.DecodeSequence(s[i:], state, nil)
		state = next
		i += n
		switch {
		case seq == "\x1b[m" || seq == "\x1b[0m":
			styled = false
		case strings.HasPrefix(seq, "\x1b["):
			styled = true
		case seq == " ":
		default:
			return styled
		}
	}
	return false
}

// TestCodeWrapKeepsUnbroken checks that the code lines glamour did not
// break come out byte for byte as glamour drew them.
func TestCodeWrapKeepsUnbroken(t *testing.T) {
	r := New(1)
	md := "```python\ndef f():\n    return 1\n\n    x = [" + strings.Repeat("1, ", 40) + "]\n```\n"
	for _, style := range []string{"dark", "notty"} {
		p, err := r.renderer(style, 40)
		if err != nil {
			t.Fatal(err)
		}
		raw, code, err := p.render([]byte(md))
		if err != nil {
			t.Fatal(err)
		}
		drawn := unmarkCode(raw)
		want := strings.Split(drawn, "\n")
		got := wrapCode(raw, code, p.code)
		if got == drawn {
			t.Fatalf("%s: the long line was not redrawn", style)
		}
		lines := strings.Split(got, "\n")
		// The three lines before the long one are glamour's.
		at := 0
		for !strings.Contains(xansi.Strip(want[at]), "def f") {
			at++
		}
		for i := at; i < at+3; i++ {
			if lines[i] != want[i] {
				t.Errorf("%s: line %d\n got %q\nwant %q", style, i, lines[i], want[i])
			}
		}
	}
}

// TestCodeWrapMarkInSource checks that a source holding the pass's own
// marker is drawn, the marker gone, without the soft wrap.
func TestCodeWrapMarkInSource(t *testing.T) {
	md := "a" + codeMark + "b\n\n```\n" + strings.Repeat("word ", 30) + "\n```\n"
	out, err := New(1).Render(md, 40, "notty")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(out, codeMark) || strings.Contains(out, codeEnd) || !strings.Contains(out, "ab") {
		t.Errorf("the marker was not removed:\n%q", out)
	}
}
