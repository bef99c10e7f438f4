package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// result is what one in-process run of versus printed and returned.
type result struct {
	code           int
	stdout, stderr string
}

// run runs versus in-process as if stdout were a pipe, with environ as
// the whole environment.
func run(t *testing.T, environ []string, args ...string) result {
	t.Helper()
	return runEnv(t, Env{Args: args, Environ: environ})
}

// runEnv runs versus in-process with env, whose streams and terminal
// functions it fills in: no input, output to buffers, no terminal.
func runEnv(t *testing.T, env Env) result {
	t.Helper()
	var out, errb bytes.Buffer
	env.Stdin, env.Stdout, env.Stderr = strings.NewReader(""), &out, &errb
	if env.Args == nil {
		env.Args = []string{} // nil would make cobra read the test binary's flags
	}
	env.IsTerminal = func(any) bool { return false }
	env.TermSize = func(any) (int, int, bool) { return 0, 0, false }
	code := Main(context.Background(), env)
	return result{code, out.String(), errb.String()}
}

func versus(t *testing.T, args ...string) result {
	t.Helper()
	return run(t, []string{"TERM=xterm-256color"}, args...)
}

func noEscapes(t *testing.T, name, s string) {
	t.Helper()
	if i := strings.IndexByte(s, 0x1b); i >= 0 {
		t.Errorf("%s carries an escape sequence at byte %d: %q", name, i, s[max(0, i-20):min(len(s), i+20)])
	}
}

func TestListPlain(t *testing.T) {
	r := versus(t, "list")
	if r.code != 0 || r.stderr != "" {
		t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
	}
	noEscapes(t, "list", r.stdout)
	for _, want := range []string{"Node.js vs Python", "Aspects", " 1. ", "18. ", "FAQ"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("list lacks %q:\n%s", want, r.stdout)
		}
	}
}

func TestRootPipedPrintsContents(t *testing.T) {
	r := versus(t)
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	if r.stdout != versus(t, "list").stdout {
		t.Error("versus with a pipe on stdout should print the same table of contents as versus list")
	}
}

func TestListJSON(t *testing.T) {
	r := versus(t, "list", "--json")
	var items []struct {
		ID     string `json:"id"`
		Title  string `json:"title"`
		Kind   string `json:"kind"`
		Number *int   `json:"number"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &items); err != nil {
		t.Fatalf("list --json: %v\n%s", err, r.stdout)
	}
	aspects := 0
	for _, it := range items {
		if it.ID == "" || it.Title == "" || it.Kind == "" {
			t.Errorf("incomplete item %+v", it)
		}
		if it.Kind == "aspect" {
			aspects++
			if it.Number == nil {
				t.Errorf("aspect %s has no number", it.ID)
			}
		} else if it.Number != nil {
			t.Errorf("%s (%s) has a number", it.ID, it.Kind)
		}
	}
	if aspects != 18 {
		t.Errorf("list --json has %d aspects, want 18", aspects)
	}
}

func TestShowStyledOnlyWhenForced(t *testing.T) {
	forced := run(t, []string{"TERM=xterm-256color", "CLICOLOR_FORCE=1"}, "show", "1")
	if !strings.Contains(forced.stdout, "\x1b[") {
		t.Error("CLICOLOR_FORCE=1 should keep styling on a pipe")
	}
	plain := run(t, []string{"TERM=xterm-256color", "CLICOLOR_FORCE=1", "NO_COLOR=1"}, "show", "1")
	if strings.Contains(plain.stdout, "38;") || strings.Contains(plain.stdout, "48;") {
		t.Error("NO_COLOR should remove every colour")
	}
}

func TestShowJSON(t *testing.T) {
	r := versus(t, "show", "1", "--json")
	var s struct {
		ID       string `json:"id"`
		Title    string `json:"title"`
		Kind     string `json:"kind"`
		Number   int    `json:"number"`
		Markdown string `json:"markdown"`
		Tables   []struct {
			Header []string   `json:"header"`
			Rows   [][]string `json:"rows"`
		} `json:"tables"`
		Links []struct {
			Text   string `json:"text"`
			Dest   string `json:"dest"`
			Target string `json:"target"`
		} `json:"links"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &s); err != nil {
		t.Fatalf("show --json: %v\n%s", err, r.stdout)
	}
	if s.Number != 1 || s.Kind != "aspect" || s.Markdown == "" {
		t.Errorf("show 1 --json = %+v", s)
	}
	if len(s.Tables) == 0 || len(s.Tables[0].Header) != 3 || len(s.Tables[0].Rows) < 3 {
		t.Errorf("show 1 --json tables = %+v", s.Tables)
	}
	if len(s.Links) == 0 {
		t.Error("show 1 --json has no links")
	}
}

func TestSearch(t *testing.T) {
	r := versus(t, "search", "gil")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	noEscapes(t, "search", r.stdout)
	if !strings.HasPrefix(r.stdout, " 1. ") {
		t.Errorf("search output does not start with a numbered hit:\n%s", r.stdout)
	}

	var hits []struct {
		ID      string `json:"id"`
		Title   string `json:"title"`
		Kind    string `json:"kind"`
		Field   string `json:"field"`
		Snippet string `json:"snippet"`
		Score   int    `json:"score"`
	}
	r = versus(t, "search", "event", "loop", "--json", "--limit", "3")
	if err := json.Unmarshal([]byte(r.stdout), &hits); err != nil {
		t.Fatalf("search --json: %v\n%s", err, r.stdout)
	}
	if len(hits) == 0 || len(hits) > 3 {
		t.Fatalf("search --limit 3 gave %d hits", len(hits))
	}
	for i, h := range hits {
		if h.ID == "" || h.Field == "" || h.Snippet == "" {
			t.Errorf("hit %d incomplete: %+v", i, h)
		}
		if i > 0 && h.Score > hits[i-1].Score {
			t.Errorf("hits not best first: %d after %d", h.Score, hits[i-1].Score)
		}
	}

	r = versus(t, "search", "zzzqqqxxx")
	if r.code != 1 || !strings.Contains(r.stderr, "nothing matches") {
		t.Errorf("search with no hits: exit %d, stderr %q", r.code, r.stderr)
	}
}

func TestFAQ(t *testing.T) {
	var entries []struct {
		Question string `json:"question"`
		Answer   string `json:"answer"`
	}
	r := versus(t, "faq", "--json")
	if err := json.Unmarshal([]byte(r.stdout), &entries); err != nil {
		t.Fatalf("faq --json: %v", err)
	}
	if len(entries) != 7 {
		t.Errorf("faq --json has %d entries, want 7", len(entries))
	}
	r = versus(t, "faq")
	if r.code != 0 || !strings.Contains(r.stdout, "7.") {
		t.Errorf("faq: exit %d\n%s", r.code, r.stdout)
	}
	noEscapes(t, "faq", r.stdout)
}

func TestCompareJSON(t *testing.T) {
	var c struct {
		Left  struct{ ID string } `json:"left"`
		Right struct{ ID string } `json:"right"`
	}
	r := versus(t, "compare", "1", "12", "--json")
	if err := json.Unmarshal([]byte(r.stdout), &c); err != nil {
		t.Fatalf("compare --json: %v", err)
	}
	if c.Left.ID == "" || c.Right.ID == "" || c.Left.ID == c.Right.ID {
		t.Errorf("compare 1 12 = %+v", c)
	}
}

func TestUnknownAndAmbiguousRefs(t *testing.T) {
	r := versus(t, "show", "no-such-thing-at-all")
	if r.code != 2 || !strings.HasPrefix(r.stderr, "versus: ") {
		t.Errorf("unknown ref: exit %d, stderr %q", r.code, r.stderr)
	}
	r = versus(t, "show", "99")
	if r.code != 2 {
		t.Errorf("show 99: exit %d, want 2", r.code)
	}
}

func TestUsageErrors(t *testing.T) {
	for _, args := range [][]string{
		{"show"},
		{"compare", "1"},
		{"list", "--no-such-flag"},
		{"show", "1", "--width", "5"},
		{"show", "1", "--style", "no-such-style"},
		{"search", "gil", "--limit", "-1"},
		{"nosuchcommand", "x"},
	} {
		r := versus(t, args...)
		if r.code != 2 {
			t.Errorf("versus %s: exit %d, want 2 (stderr %q)", strings.Join(args, " "), r.code, r.stderr)
		}
		if !strings.Contains(r.stderr, "versus: ") {
			t.Errorf("versus %s: stderr %q lacks the versus: prefix", strings.Join(args, " "), r.stderr)
		}
	}
}

// writePack writes files into a new pack folder and returns its path.
func writePack(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, body := range files {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

const goodManifest = "title: T\nsummary: S\nsubjects: [A, B]\nas_of: 2025-01-01\nsections: [one.md]\n"

const goodSection = "---\nid: one\ntitle: One\nkind: aspect\nnumber: 1\n---\n\n| Criterion | A | B |\n| --- | --- | --- |\n| x | y | z |\n"

func TestValidate(t *testing.T) {
	good := writePack(t, map[string]string{"pack.yaml": goodManifest, "one.md": goodSection})
	r := versus(t, "validate", good)
	if r.code != 0 || !strings.Contains(r.stdout, "ok: 1 section") {
		t.Errorf("validate good pack: exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}

	bad := writePack(t, map[string]string{
		"pack.yaml": goodManifest,
		"one.md":    "---\nid: one\ntitle: One\nkind: aspect\nnumber: 1\n---\n\nSee [two](two.md).\n",
	})
	r = versus(t, "validate", bad)
	want := "one.md:8: link to missing file \"two.md\"\n"
	if r.code != 1 || r.stdout != want {
		t.Errorf("validate bad pack: exit %d, stdout %q, want %q", r.code, r.stdout, want)
	}

	// Other commands open the pack, and say once on stderr that it has
	// problems, where to see them.
	r2 := versus(t, "--pack", bad, "list")
	if r2.code != 0 || r2.stderr != "versus: 1 problem in "+bad+" (versus validate "+bad+")\n" || !strings.Contains(r2.stdout, "one  One") {
		t.Errorf("list on a pack with a dead link: exit %d, stdout %q, stderr %q", r2.code, r2.stdout, r2.stderr)
	}
	r2 = versus(t, "--pack", bad, "show", "one")
	if r2.code != 0 || !strings.Contains(r2.stdout, "See two (broken link).") {
		t.Errorf("show on a pack with a dead link: exit %d, stdout %q, stderr %q", r2.code, r2.stdout, r2.stderr)
	}

	// --strict refuses it: the same lines as validate, and exit 2.
	r2 = versus(t, "--strict", "--pack", bad, "list")
	if r2.code != 2 || !strings.HasPrefix(r2.stderr, r.stdout) {
		t.Errorf("list --strict on a bad pack: exit %d, stderr %q", r2.code, r2.stderr)
	}
	if r2.stdout != "" {
		t.Errorf("list --strict on a bad pack printed to stdout: %q", r2.stdout)
	}

	r = versus(t, "validate", filepath.Join(good, "missing"))
	if r.code != 2 || !strings.Contains(r.stderr, "no such folder or file") {
		t.Errorf("validate missing dir: exit %d, stderr %q", r.code, r.stderr)
	}
}

func TestPackFromEnvironment(t *testing.T) {
	dir := writePack(t, map[string]string{"pack.yaml": goodManifest, "one.md": goodSection})
	r := run(t, []string{"VERSUS_PACK=" + dir}, "list", "--json")
	if r.code != 0 || !strings.Contains(r.stdout, `"id": "one"`) {
		t.Errorf("VERSUS_PACK: exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
}

// TestComparePrintKeepsCellsLiteral prints a table whose cells hold
// markdown punctuation: each shows as written, never as bold or italic.
func TestComparePrintKeepsCellsLiteral(t *testing.T) {
	two := "---\nid: two\ntitle: Two\nkind: aspect\nnumber: 2\n---\n\n| Criterion | A | B |\n| --- | --- | --- |\n| hooks | `__init__` | `*ptr*` |\n"
	dir := writePack(t, map[string]string{
		"pack.yaml": strings.Replace(goodManifest, "[one.md]", "[one.md, two.md]", 1),
		"one.md":    goodSection, "two.md": two,
	})
	for _, width := range []string{"120", "240"} { // cells as a list, then as a table
		r := versus(t, "--pack", dir, "compare", "1", "2", "--print", "--width", width, "--style", "ascii")
		if r.code != 0 {
			t.Fatalf("exit %d: %s", r.code, r.stderr)
		}
		for _, want := range []string{"__init__", "*ptr*"} {
			if !strings.Contains(r.stdout, want) {
				t.Errorf("compare --print --width %s lost %q:\n%s", width, want, r.stdout)
			}
		}
	}
}
