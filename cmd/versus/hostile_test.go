package main

import (
	"bytes"
	"context"
	"errors"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/versus-dev/versus/knowledge/packtest"
)

// hostilePack is the fixture pack whose every field carries escape
// sequences, controls and bidi characters (see its README.md).
const hostilePack = "../../knowledge/testdata/hostile"

// runResult is what one run of the binary wrote and how it ended.
type runResult struct {
	stdout, stderr []byte
	code           int
}

// runVersus runs bin with args, stdin from /dev/null and stdout and stderr
// pipes, and fails the test if it never ends (a healthy run takes well
// under a second; packtest.Patience bounds the wait).
func runVersus(t *testing.T, bin string, env []string, args ...string) runResult {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), packtest.Patience(t))
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Env = append([]string{"HOME=" + t.TempDir(), "PATH=" + os.Getenv("PATH")}, env...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	if ctx.Err() != nil {
		t.Fatalf("versus %q hung (killed)", args)
	}
	res := runResult{stdout: stdout.Bytes(), stderr: stderr.Bytes()}
	var exit *exec.ExitError
	switch {
	case errors.As(err, &exit):
		res.code = exit.ExitCode()
	case err != nil:
		t.Fatalf("versus %q: %v", args, err)
	}
	return res
}

// checkClean fails the test when either stream holds anything a terminal
// would act on beyond styling and hyperlinks.
func checkClean(t *testing.T, what string, r runResult) {
	t.Helper()
	if err := scanTerminalBytes(r.stdout); err != nil {
		t.Errorf("%s: stdout: %v", what, err)
	}
	if err := scanTerminalBytes(r.stderr); err != nil {
		t.Errorf("%s: stderr: %v", what, err)
	}
}

// TestHostilePackOutput sends the hostile pack through every command that
// prints, piped plain and with styling forced on, and scans every byte
// written: only text, SGR and clean OSC 8 may reach the terminal, and the
// payloads must show in caret notation rather than vanish.
func TestHostilePackOutput(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := buildVersus(t)
	modes := map[string][]string{
		"plain":  {"TERM=xterm-256color"},
		"styled": {"TERM=xterm-256color", "CLICOLOR_FORCE=1"},
		// glamour converts colours per rune on a 16-colour profile: another path.
		"16": {"TERM=xterm", "CLICOLOR_FORCE=1"},
	}
	type run struct {
		args    []string
		markers []string // neutralised payloads that must be visible
		code    int
	}
	runs := []run{
		{args: []string{"list"}, markers: []string{"^[]0;pwned^G", "^[[2J", "<U+202E>"}},
		{args: []string{"list", "--json"}},
		{args: []string{"faq"}, markers: hostileMarkers},
		{args: []string{"faq", "--json"}},
		{args: []string{"compare", "raw", "unicode", "--print", "--width", "120"}, markers: []string{"^[]0;pwned^G", "<U+202E>"}},
		{args: []string{"compare", "raw", "entities"}, markers: []string{"^[]0;pwned^G"}},
		{args: []string{"compare", "1", "3", "--json"}},
		{args: []string{"validate", hostilePack}},
		{args: []string{}, markers: []string{"^[]0;pwned^G"}},
	}
	for _, id := range []string{"overview", "raw", "entities", "unicode", "faq"} {
		markers := []string{"^["}
		switch id {
		case "raw":
			markers = hostileMarkers
		case "unicode": // bidi and invisible characters, no escapes
			markers = []string{"<U+202E>", "<U+2066>", "<U+200B>", "<U+009B>"}
		}
		runs = append(runs,
			run{args: []string{"show", id, "--width", "200"}, markers: markers},
			run{args: []string{"show", id, "--width", "20"}},
			run{args: []string{"show", id, "--style", "dark", "--width", "100"}},
			run{args: []string{"show", id, "--json"}})
	}
	for _, q := range []string{"pwned", "ZXZpbA", "txt.exe", "EVIL", "31mX", "evil.example", "unterminated"} {
		runs = append(runs,
			run{args: []string{"search", q}, markers: []string{"^["}},
			run{args: []string{"search", q, "--json"}})
	}
	binary := map[string]bool{} // modes and commands already run by the real binary
	for mode, env := range modes {
		for _, r := range runs {
			if mode == "16" && (len(r.args) == 0 || r.args[0] != "show" && r.args[0] != "compare") {
				continue
			}
			args := append([]string{"--pack", hostilePack}, r.args...)
			what := mode + " versus " + strings.Join(r.args, " ")
			run := runInProcess
			if cmd := mode + " " + strings.Join(r.args[:min(1, len(r.args))], ""); mode != "16" && !binary[cmd] {
				// The first run of each command in each mode goes through
				// the real binary: what reaches the file descriptors, not
				// only the writers cli.Main is given.
				binary[cmd] = true
				what = "binary " + what
				run = func(t *testing.T, env []string, args ...string) runResult {
					t.Helper()
					return runVersus(t, bin, env, args...)
				}
			}
			t.Run(what, func(t *testing.T) {
				t.Parallel()
				res := run(t, env, args...)
				if res.code != r.code {
					t.Errorf("%s: exit %d, want %d; stderr %q", what, res.code, r.code, res.stderr)
				}
				if len(res.stdout) == 0 {
					t.Errorf("%s: printed nothing", what)
				}
				checkClean(t, what, res)
				if missing := missingMarkers(visible(res.stdout), r.markers); len(missing) > 0 {
					t.Errorf("%s: neutralised payloads missing from the output (deleted instead of shown?): %q", what, missing)
				}
			})
		}
	}
}

// copyPack copies the pack folder src into a new temporary folder.
func copyPack(t *testing.T, src string) string {
	t.Helper()
	dst := t.TempDir()
	err := filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(src, p)
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dst, rel), b, 0o644)
	})
	if err != nil {
		t.Fatalf("copy %s: %v", src, err)
	}
	return dst
}

func appendFile(t *testing.T, path, s string) {
	t.Helper()
	f, err := os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := f.WriteString(s); err != nil {
		t.Fatal(err)
	}
}

// TestHostileProblems breaks a copy of the hostile pack so that validate's
// problem messages quote hostile text: file names holding ESC, CR, BEL and
// a bidi override, links to them, and a file with a raw 8-bit C1 byte
// (invalid UTF-8). The messages must reach the terminal neutralised, on
// stdout and on stderr, whatever command loads the pack.
func TestHostileProblems(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := buildVersus(t)
	dir := copyPack(t, hostilePack)
	names := []string{
		"clip\x1b]52;c;ZXZpbA==\a.md",
		"title\x1b]0;pwned\x1b\\.md",
		"cr\rEVIL.md",
		"bel\a.md",
		"rtl\u202etxt.exe.md",
		"c1\u009b6n.md",
	}
	for _, n := range names {
		// Unlisted .md files are problems that name the file.
		if err := os.WriteFile(filepath.Join(dir, n), []byte("---\nid: x\n---\n"), 0o644); err != nil {
			t.Skipf("this file system refuses the name %q: %v", n, err)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "raw8\x9b.md"), []byte("x"), 0o644); err != nil {
		t.Logf("no file name with a raw C1 byte here: %v", err)
	}
	// Broken links whose destinations quote the payloads.
	appendFile(t, filepath.Join(dir, "raw.md"),
		"\n[gone](missing\x1b]0;pwned\a.md) [gone](<nowhere\x1b[6n.md>) [anchor](overview.md#\x1bP$qm\x1b\\)\n")
	// A listed file that does not exist, with an escape in its name.
	appendFile(t, filepath.Join(dir, "pack.yaml"), "  - \"listed\\e]52;c;ZXZpbA==\\a\\r\\u202e.md\"\n")
	// A raw 8-bit C1 control: invalid UTF-8, refused with a message.
	appendFile(t, filepath.Join(dir, "unicode.md"), "\nraw C1 \x9b6n here\n")

	for mode, env := range map[string][]string{
		"plain":  {"TERM=xterm-256color"},
		"styled": {"TERM=xterm-256color", "CLICOLOR_FORCE=1"},
	} {
		res := runVersus(t, bin, env, "validate", dir)
		if res.code != 1 {
			t.Errorf("%s validate: exit %d, want 1; stderr %q", mode, res.code, res.stderr)
		}
		checkClean(t, mode+" validate", res)
		out := visible(res.stdout) + visible(res.stderr)
		// sanitize.Line shows a carriage return in a file name as a space
		// (by design: one-line fields fold line breaks); either is safe.
		if !strings.Contains(out, "cr^MEVIL.md") && !strings.Contains(out, "cr EVIL.md") {
			t.Errorf("%s validate: the file name with a carriage return is missing:\n%s", mode, out)
		}
		for _, want := range []string{"clip^[]52;c;ZXZpbA==^G.md", "title^[]0;pwned^[\\.md", "bel^G.md", "rtl<U+202E>txt.exe.md",
			"c1<U+009B>6n.md", "<U+202E>.md\" not found", "unicode.md:32: not valid UTF-8", "missing^[]0;pwned^G.md", "nowhere^[[6n.md"} {
			if !strings.Contains(out, want) {
				t.Errorf("%s validate: %q missing from the problems:\n%s", mode, want, out)
			}
		}
		// The pack opens; one line on stderr counts its problems.
		for _, args := range [][]string{{"list"}, {"show", "raw"}} {
			args = append([]string{"--pack", dir}, args...)
			res := runVersus(t, bin, env, args...)
			if res.code != 0 || !strings.Contains(string(res.stderr), " problems in "+dir+" (versus validate "+dir+")") {
				t.Errorf("%s versus %q on a pack with problems: exit %d, stderr %q", mode, args, res.code, res.stderr)
			}
			checkClean(t, mode+" "+strings.Join(args, " "), res)
		}
		// --strict refuses it, listing every problem.
		for _, args := range [][]string{{"list"}, {"show", "raw"}, {"faq"}, {"--pack", dir, "list", "--json"}} {
			if args[0] != "--pack" {
				args = append([]string{"--pack", dir}, args...)
			}
			args = append([]string{"--strict"}, args...)
			res := runVersus(t, bin, env, args...)
			if res.code != 2 {
				t.Errorf("%s versus %q on a broken pack: exit %d, want 2", mode, args, res.code)
			}
			checkClean(t, mode+" "+strings.Join(args, " "), res)
			if !strings.Contains(visible(res.stderr), "^[") {
				t.Errorf("%s versus %q: the problems do not show the neutralised escapes:\n%s", mode, args, res.stderr)
			}
		}
	}
}

// TestHostileRefs passes references and queries that hold escapes: the
// error messages and hits that quote them must arrive neutralised.
func TestHostileRefs(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := buildVersus(t)
	bad := "\x1b]0;pwned\a\x1b]52;c;ZXZpbA==\a\r\u202e\u009b6n\x1bP$qm\x1b\\"
	for _, args := range [][]string{
		{"show", bad},
		{"show", bad, "--json"},
		{"compare", bad, "raw"},
		{"compare", "raw", bad, "--print"},
		{"open", bad},
		{bad},
		{"search", bad},
		{"search", bad, "--json"},
		{"show", "raw", "--style", bad},
		{"show", "raw", "--width", bad},
		{"--pack", bad, "list"},
	} {
		for _, env := range [][]string{{"TERM=xterm-256color"}, {"TERM=xterm-256color", "CLICOLOR_FORCE=1"}} {
			if args[0] != "--pack" {
				args = append([]string{"--pack", hostilePack}, args...)
			}
			what := strings.Join(env, " ") + " " + strings.Join(args, " ")
			// The first reference goes through the real binary; the
			// messages the others print come from the same code, run
			// in-process.
			var res runResult
			if args[2] == "show" && len(args) == 4 {
				res = runVersus(t, bin, env, args...)
			} else {
				res = runInProcess(t, env, args...)
			}
			// A query may match the pack's own hostile text; any other
			// reference names nothing and must fail.
			if res.code == 0 && args[2] != "search" {
				t.Errorf("%q: exit 0 for a reference that names nothing", what)
			}
			checkClean(t, what, res)
		}
	}
}
