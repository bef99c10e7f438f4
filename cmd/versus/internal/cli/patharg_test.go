package cli

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

// TestCommandsTakeAPathFirst: every command that reads a pack takes it as
// its first argument, as the root does, and does what --pack would; a
// first argument that names no folder or markdown file is the command's
// own, as before.
func TestCommandsTakeAPathFirst(t *testing.T) {
	dir := writePack(t, map[string]string{
		"README.md": "# Tool\n\nA tool.\n\n## Install\n\nRun the installer.\n\n## Usage\n\nRun it with care.\n\n## FAQ\n\n### Why?\n\nBecause.\n",
	})
	readme := filepath.Join(dir, "README.md")
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"list", readme}, "install"},
		{[]string{"show", readme, "install"}, "Run the installer."},
		{[]string{"search", readme, "care"}, "usage"},
		{[]string{"faq", readme}, "Why?"},
		{[]string{"compare", readme, "install", "usage"}, "Run it with care."},
		{[]string{readme, "install"}, "Run the installer."},
	} {
		r := versus(t, tc.args...)
		if r.code != 0 || !strings.Contains(r.stdout, tc.want) {
			t.Errorf("versus %s: exit %d, stdout %q, stderr %q; want %q", strings.Join(tc.args, " "), r.code, r.stdout, r.stderr, tc.want)
		}
		flagArgs := append([]string{tc.args[0], "--pack", readme}, tc.args[2:]...)
		if tc.args[0] == readme {
			flagArgs = append([]string{"--pack", readme}, tc.args[1:]...)
		}
		if f := versus(t, flagArgs...); f.stdout != r.stdout || f.code != r.code {
			t.Errorf("versus %s differs from versus %s:\n%s\n---\n%s", strings.Join(tc.args, " "), strings.Join(flagArgs, " "), r.stdout, f.stdout)
		}
	}

	// One argument to show is a REF, even when a file has its name.
	r := versus(t, "show", readme)
	if r.code == 0 || !strings.Contains(r.stderr, "README.md") {
		t.Errorf("show README.md: exit %d, stderr %q; want no section of that name", r.code, r.stderr)
	}
	// A path that does not exist is no pack: the usage error stays.
	if r := versus(t, "list", filepath.Join(dir, "missing.md")); r.code != 2 {
		t.Errorf("list missing.md: exit %d, stderr %q", r.code, r.stderr)
	}
	// With --pack given, a PATH argument is one argument too many.
	if r := versus(t, "list", "--pack", readme, readme); r.code != 2 {
		t.Errorf("list --pack X X: exit %d, stderr %q", r.code, r.stderr)
	}
	// --json reads the same pack.
	var items []struct{ ID string }
	j := versus(t, "list", readme, "--json")
	if err := json.Unmarshal([]byte(j.stdout), &items); err != nil || len(items) == 0 || items[0].ID == "" {
		t.Fatalf("list README.md --json: %v\n%s", err, j.stdout)
	}
}

// TestCompletionAfterAPath: after a PATH, REF completes from that pack;
// a first word that looks like a path is left to the shell's files.
func TestCompletionAfterAPath(t *testing.T) {
	dir := writePack(t, map[string]string{"README.md": "# Tool\n\n## Install\n\nRun it.\n\n## Usage\n\nUse it.\n"})
	readme := filepath.Join(dir, "README.md")
	r := versus(t, "__complete", "show", readme, "")
	if !strings.Contains(r.stdout, "install\tInstall") || strings.Contains(r.stdout, "performance") {
		t.Errorf("show README.md <tab>: %q, want README's sections", r.stdout)
	}
	if !strings.HasSuffix(strings.TrimSpace(r.stdout), ":4") {
		t.Errorf("show README.md <tab>: directive in %q, want no files (:4)", r.stdout)
	}
	r = versus(t, "__complete", "show", "./")
	if strings.Contains(r.stdout, "performance") || !strings.HasSuffix(strings.TrimSpace(r.stdout), ":0") {
		t.Errorf("show ./<tab>: %q, want the shell's files (:0)", r.stdout)
	}
	r = versus(t, "__complete", "show", "perf")
	if !strings.Contains(r.stdout, "performance\t") {
		t.Errorf("show perf<tab>: %q, want the built-in pack's sections", r.stdout)
	}
}
