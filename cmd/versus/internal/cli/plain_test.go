package cli

import (
	"bytes"
	"context"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/spf13/cobra"
)

// TestPlainGolden pins what a pipe receives from the commands that render
// markdown: plain text, no markup, no escape sequence, every line inside
// the width, no trailing blanks.
func TestPlainGolden(t *testing.T) {
	for _, tc := range []struct {
		name string
		args []string
	}{
		{"show", []string{"show", "4", "--width", "80"}},
		{"compare-print", []string{"compare", "performance", "memory", "--print", "--width", "80"}},
		{"faq", []string{"faq", "--width", "80"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := versus(t, tc.args...)
			if r.code != 0 || r.stderr != "" {
				t.Fatalf("exit %d: %s", r.code, r.stderr)
			}
			assertPlain(t, r.stdout, 80)
			golden.RequireEqual(t, r.stdout)
		})
	}
}

// linkListEntry matches a line that holds an entry of a "Links" list,
// "[3] https://…", alone or beside the other column of a comparison.
var linkListEntry = regexp.MustCompile(`(^|\s)\[\d+\] [a-z][a-z0-9+.-]*:\S+`)

// assertPlain checks that out is plain text of at most width columns.
func assertPlain(t *testing.T, out string, width int) {
	t.Helper()
	noEscapes(t, "output", out)
	for _, markup := range []string{"**", "## ", "`", "](", "| --- |"} {
		if strings.Contains(out, markup) {
			t.Errorf("output carries markdown markup %q", markup)
		}
	}
	for i, l := range strings.Split(out, "\n") {
		// An address in the list of links is kept whole so that it can be
		// copied, and in two columns it pushes its neighbour right (see the
		// plain package doc); every other line fits the width.
		if w := ansi.StringWidth(l); w > width && !linkListEntry.MatchString(l) {
			t.Errorf("line %d is %d columns wide: %q", i+1, w, l)
		}
		if strings.HasSuffix(l, " ") {
			t.Errorf("line %d ends with blanks: %q", i+1, l)
		}
	}
}

func TestPlainAtEveryWidth(t *testing.T) {
	for _, width := range []string{"20", "60", "120"} {
		for _, args := range [][]string{
			{"show", "1"}, {"show", "references"}, {"faq"},
			{"compare", "1", "12", "--print"}, {"compare", "1", "12", "--summary"},
		} {
			r := versus(t, append(args, "--width", width)...)
			if r.code != 0 {
				t.Fatalf("versus %s --width %s: exit %d: %s", strings.Join(args, " "), width, r.code, r.stderr)
			}
			w := 0
			for _, c := range width {
				w = w*10 + int(c-'0')
			}
			assertPlain(t, r.stdout, w)
		}
	}
}

func TestCompareFullAndSummary(t *testing.T) {
	full := versus(t, "compare", "performance", "memory", "--print", "--width", "120")
	summary := versus(t, "compare", "performance", "memory", "--summary", "--width", "120")
	for _, want := range []string{"Games as an example", "Accuracy notes", "microservices"} {
		if !strings.Contains(full.stdout, want) {
			t.Errorf("compare --print lacks %q: the sections should be printed in full", want)
		}
	}
	if strings.Contains(summary.stdout, "Games as an example") {
		t.Error("compare --summary prints more than the summaries and tables")
	}
	if !strings.Contains(summary.stdout, "Speed of pure code") {
		t.Errorf("compare --summary lacks the comparison table:\n%s", summary.stdout)
	}
	// Both columns start on the first line, and the "Node.js" headings of
	// the two sections share a row.
	first := strings.SplitN(full.stdout, "\n", 2)[0]
	if !strings.HasPrefix(first, "4. Performance") || !strings.Contains(first, "12. Memory") {
		t.Errorf("compare --print does not start with both titles side by side: %q", first)
	}
	if !strings.Contains(full.stdout, "\nNode.js"+strings.Repeat(" ", 59-len("Node.js")+2)+"Node.js\n") {
		t.Errorf("the Node.js parts of the two sections do not line up:\n%s", full.stdout)
	}

	stacked := versus(t, "compare", "performance", "memory", "--print", "--width", "60")
	l, r := strings.Index(stacked.stdout, "4. Performance"), strings.Index(stacked.stdout, "12. Memory")
	if l != 0 || r <= l || !strings.Contains(stacked.stdout[:r], "Games as an example") {
		t.Errorf("below 80 columns compare --print should print the whole first section, then the second:\n%s", stacked.stdout)
	}
}

func TestCompareStyledPrintsFullSections(t *testing.T) {
	r := run(t, []string{"TERM=xterm-256color", "CLICOLOR_FORCE=1"}, "compare", "performance", "memory", "--print", "--width", "100")
	if !strings.Contains(r.stdout, "\x1b[") {
		t.Error("compare --print with forced colour should keep glamour's styling")
	}
	if !strings.Contains(ansi.Strip(r.stdout), "Games as an example") {
		t.Error("compare --print with styling should print the sections in full")
	}
}

// terminalEnv runs versus in-process as if stdin and stdout were
// terminals of 80 by 24.
func terminalEnv(t *testing.T, environ []string, args ...string) result {
	t.Helper()
	var out, errb bytes.Buffer
	env := Env{
		Args: append([]string{}, args...), Environ: environ,
		Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb,
		IsTerminal: func(any) bool { return true },
		TermSize:   func(any) (int, int, bool) { return 80, 24, true },
	}
	code := Main(context.Background(), env)
	return result{code, out.String(), errb.String()}
}

func TestDumbTerminalSaysWhy(t *testing.T) {
	r := terminalEnv(t, []string{"TERM=dumb"})
	want := "versus: TERM=dumb: this terminal cannot run the browser; printing the contents instead (try TERM=xterm-256color)\n"
	if r.code != 0 || r.stderr != want {
		t.Errorf("TERM=dumb versus: exit %d, stderr %q, want %q", r.code, r.stderr, want)
	}
	if list := terminalEnv(t, []string{"TERM=dumb"}, "list"); r.stdout != list.stdout || list.stderr != "" {
		t.Errorf("TERM=dumb versus should print the table of contents, as versus list does, and list should say nothing on stderr (%q)", list.stderr)
	}
	if r := terminalEnv(t, []string{"TERM=dumb"}, "compare", "1", "2", "--print"); r.stderr != "" {
		t.Errorf("compare --print asked to print: nothing to explain, got %q", r.stderr)
	}
	if r := versus(t); r.stderr != "" {
		t.Errorf("a pipe needs no explanation, got %q", r.stderr)
	}
}

// TestPipedHelpHasNoTrailingBlanks runs --help for every command, with
// stdout a pipe.
func TestPipedHelpHasNoTrailingBlanks(t *testing.T) {
	var paths [][]string
	var walk func(c *cobra.Command, path []string)
	walk = func(c *cobra.Command, path []string) {
		paths = append(paths, path)
		for _, sub := range c.Commands() {
			walk(sub, append(append([]string(nil), path...), sub.Name()))
		}
	}
	walk((&app{}).rootCmd(), nil)
	if len(paths) < 8 {
		t.Fatalf("found %d commands, expected every command of versus", len(paths))
	}
	for _, path := range paths {
		r := versus(t, append(path, "--help")...)
		if r.code != 0 || !strings.Contains(r.stdout, "USAGE") {
			t.Errorf("versus %s --help: exit %d, stdout %q", strings.Join(path, " "), r.code, r.stdout)
		}
		for i, l := range strings.Split(r.stdout, "\n") {
			if strings.HasSuffix(l, " ") {
				t.Errorf("versus %s --help: line %d ends with blanks: %q", strings.Join(path, " "), i+1, l)
			}
		}
	}
}

func TestLineTrimmer(t *testing.T) {
	var b bytes.Buffer
	w := &lineTrimmer{w: &b}
	for _, s := range []string{"a  ", "  \n", " b c", "  ", "\nd  "} {
		if n, err := w.Write([]byte(s)); n != len(s) || err != nil {
			t.Fatalf("Write(%q) = %d, %v", s, n, err)
		}
	}
	if got, want := b.String(), "a\n b c\nd"; got != want {
		t.Errorf("lineTrimmer wrote %q, want %q", got, want)
	}
}

// TestNoColorOnATerminalPrintsPlainText runs show, faq and compare --print
// on a terminal under NO_COLOR: no colour must not mean raw markup, as
// glamour's colourless styles print it (** and ## as written).
func TestNoColorOnATerminalPrintsPlainText(t *testing.T) {
	for _, args := range [][]string{{"show", "2"}, {"faq"}, {"compare", "1", "2", "--print"}} {
		r := terminalEnv(t, []string{"TERM=xterm-256color", "NO_COLOR=1"}, args...)
		what := "NO_COLOR=1 versus " + strings.Join(args, " ")
		if r.code != 0 {
			t.Errorf("%s: exit %d, stderr %q", what, r.code, r.stderr)
			continue
		}
		noEscapes(t, what, r.stdout)
		for _, markup := range []string{"**", "\n## ", "\n# "} {
			if strings.Contains(r.stdout, markup) {
				t.Errorf("%s prints the markup %q as written:\n%s", what, markup, r.stdout)
			}
		}
		if plain := versus(t, args...); r.stdout != plain.stdout {
			t.Errorf("%s differs from the same command piped", what)
		}
	}
	// A style asked for is honoured: glamour, colours stripped.
	r := terminalEnv(t, []string{"TERM=xterm-256color", "NO_COLOR=1"}, "show", "2", "--style", "dark")
	if r.code != 0 || !strings.Contains(r.stdout, "\x1b[") || strings.Contains(r.stdout, "38;") || strings.Contains(r.stdout, "48;") {
		t.Errorf("NO_COLOR=1 versus show 2 --style dark: exit %d, want styling and no colour:\n%q", r.code, r.stdout[:min(200, len(r.stdout))])
	}
}

// TestCompareLinksFitTheWidth prints two aspects whose lists of links
// hold addresses wider than a column: no line may be wider than the
// output, piped or styled.
func TestCompareLinksFitTheWidth(t *testing.T) {
	for _, environ := range [][]string{{"TERM=xterm-256color"}, {"TERM=xterm-256color", "CLICOLOR_FORCE=1"}} {
		for _, width := range []string{"80", "100", "120"} {
			r := run(t, environ, "compare", "4", "12", "--print", "--width", width)
			what := strings.Join(environ, " ") + " versus compare 4 12 --print --width " + width
			if r.code != 0 || !strings.Contains(ansi.Strip(r.stdout), "https://numpy.org/doc/stable/user/") {
				t.Fatalf("%s: exit %d, no link addresses:\n%s", what, r.code, r.stdout)
			}
			w, _ := strconv.Atoi(width)
			for i, l := range strings.Split(ansi.Strip(r.stdout), "\n") {
				if ansi.StringWidth(l) > w {
					t.Errorf("%s: line %d is %d columns: %q", what, i+1, ansi.StringWidth(l), l)
				}
			}
		}
	}
}
