package cli

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// TestReferenceDeadLinks opens a folder whose reference links lead to a
// missing file or heading: show --json marks them broken, and show
// prints each as its text marked broken, piped and rendered by glamour
// as the reader renders it.
func TestReferenceDeadLinks(t *testing.T) {
	dir := writePack(t, map[string]string{
		"a.md": "# Alpha\n\n## Setup\n\nRead [the old guide][old], [nowhere] and [setup][ok].\n\n" +
			"[old]: old.md\n[nowhere]: #nowhere\n[ok]: #setup\n",
		"b.md": "# Beta\n",
	})
	r := versus(t, "--pack", dir, "show", "alpha", "--json")
	var s struct {
		Links []struct {
			Text   string `json:"text"`
			Dest   string `json:"dest"`
			Broken bool   `json:"broken"`
		} `json:"links"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &s); err != nil {
		t.Fatalf("show --json: %v\n%s", err, r.stdout)
	}
	broken := map[string]bool{}
	for _, l := range s.Links {
		broken[l.Text+" → "+l.Dest] = l.Broken
	}
	want := map[string]bool{"the old guide → old.md": true, "nowhere → #nowhere": true, "setup → #setup": false}
	if len(broken) != len(want) {
		t.Errorf("show --json links = %v, want %v", broken, want)
	}
	for k, v := range want {
		if got, ok := broken[k]; !ok || got != v {
			t.Errorf("show --json: link %q broken = %v (listed %v), want %v", k, got, ok, v)
		}
	}
	if !strings.Contains(r.stderr, "2 problems") {
		t.Errorf("show: stderr %q, want the count of problems", r.stderr)
	}

	for _, environ := range [][]string{{"TERM=xterm-256color"}, {"TERM=xterm-256color", "CLICOLOR_FORCE=1"}} {
		r := run(t, environ, "--pack", dir, "show", "alpha")
		out := strings.Join(strings.Fields(ansi.Strip(r.stdout)), " ")
		what := strings.Join(environ, " ") + " versus show alpha"
		for _, text := range []string{"the old guide (broken link)", "nowhere (broken link)", "setup"} {
			if !strings.Contains(out, text) {
				t.Errorf("%s lacks %q:\n%s", what, text, r.stdout)
			}
		}
		if strings.Contains(out, "old.md") || strings.Contains(out, "setup (broken link)") {
			t.Errorf("%s still links to the missing file, or marks a working link:\n%s", what, r.stdout)
		}
	}
}

// TestReferenceLinksInAReadme opens one README whose reference
// definitions all sit at its end, the way most READMEs keep them: a
// section cut from it still prints its links as links, with their
// destinations listed, never as "[docs][docs]".
func TestReferenceLinksInAReadme(t *testing.T) {
	dir := writePack(t, map[string]string{
		"README.md": "# Tool\n\nA tool.\n\n## Install\n\nRead [the docs][docs] and [Go].\n\n## Usage\n\nRun it.\n\n" +
			"[docs]: https://example.org/docs\n[go]: https://go.dev/\n",
	})
	r := versus(t, filepath.Join(dir, "README.md"), "install")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	for _, want := range []string{"the docs[1]", "Go[2]", "https://example.org/docs", "https://go.dev/"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("show install lacks %q:\n%s", want, r.stdout)
		}
	}
	if strings.Contains(r.stdout, "][") || strings.Contains(r.stdout, "]:") {
		t.Errorf("show install prints reference markup:\n%s", r.stdout)
	}
}
