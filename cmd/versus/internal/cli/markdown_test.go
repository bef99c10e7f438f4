package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// The fixtures of package knowledge: a Hugo-style docs folder and a long
// README, both written for the tests.
const (
	hugoFolder = "../../../../knowledge/testdata/hugo"
	readmeFile = "../../../../knowledge/testdata/readme/README.md"
)

// listIDs runs list --json on args and returns the ids and titles.
func listIDs(t *testing.T, args ...string) []string {
	t.Helper()
	r := versus(t, append(args, "list", "--json")...)
	if r.code != 0 {
		t.Fatalf("versus %q list: exit %d, stderr %q", args, r.code, r.stderr)
	}
	var items []struct{ ID, Title string }
	if err := json.Unmarshal([]byte(r.stdout), &items); err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, it := range items {
		out = append(out, it.ID+" "+it.Title)
	}
	return out
}

func TestOpenFolderAndFile(t *testing.T) {
	r := versus(t, hugoFolder)
	if r.code != 0 || r.stderr != "" || !strings.Contains(r.stdout, "Documentation\n") || !strings.Contains(r.stdout, "Install on macOS") {
		t.Errorf("versus FOLDER: exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
	r = versus(t, readmeFile, "installation")
	if r.code != 0 {
		t.Errorf("versus FILE REF: exit %d, stderr %q", r.code, r.stderr)
	}
	r = versus(t, readmeFile)
	if r.code != 0 || !strings.Contains(r.stderr, "1 problem in "+readmeFile) || !strings.Contains(r.stdout, "installation") {
		t.Errorf("versus FILE: exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
	r = versus(t, "--pack", readmeFile, "show", "comparison", "--json")
	if r.code != 0 || !strings.Contains(r.stdout, `"Notes app"`) {
		t.Errorf("show on a file: exit %d, stdout %q", r.code, r.stdout)
	}
	r = versus(t, "validate", readmeFile)
	if r.code != 1 || r.stdout != "README.md:54: link to missing heading \"#changes\"\n" {
		t.Errorf("validate FILE: exit %d, stdout %q", r.code, r.stdout)
	}
	txt := filepath.Join(t.TempDir(), "notes.txt")
	if err := os.WriteFile(txt, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	r = versus(t, "--pack", txt, "list")
	if r.code != 2 || !strings.Contains(r.stderr, "not a folder or a markdown file") {
		t.Errorf("--pack notes.txt: exit %d, stderr %q", r.code, r.stderr)
	}
}

// TestImportRoundTrip imports the README and the docs folder: the packs
// pass validate, and list the same sections as the sources did.
func TestImportRoundTrip(t *testing.T) {
	for _, src := range []string{readmeFile, hugoFolder} {
		t.Run(filepath.Base(src), func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "pack")
			r := versus(t, "import", src, "--out", out)
			if r.code != 0 || !strings.Contains(r.stderr, "subjects guessed from the comparison tables") {
				t.Fatalf("import: exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
			}
			if r := versus(t, "validate", out); r.code != 0 {
				t.Fatalf("validate the import: exit %d, stdout %q", r.code, r.stdout)
			}
			if got, want := listIDs(t, "--pack", out), listIDs(t, "--pack", src); !reflect.DeepEqual(got, want) {
				t.Errorf("the pack lists\n%v\nthe source\n%v", got, want)
			}
			// Never over what exists.
			r = versus(t, "import", src, "--out", out)
			if r.code != 2 || !strings.Contains(r.stderr, "not empty") {
				t.Errorf("import over a pack: exit %d, stderr %q", r.code, r.stderr)
			}
		})
	}
}

func TestImportNamesSubjects(t *testing.T) {
	src := filepath.Join(t.TempDir(), "notes.md")
	if err := os.WriteFile(src, []byte("# Notes\n\nNo tables here.\n\n## One\n\nText.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "pack")
	r := versus(t, "import", src, "--out", out)
	if r.code != 2 || !strings.Contains(r.stderr, "--subjects") {
		t.Errorf("import without tables or --subjects: exit %d, stderr %q", r.code, r.stderr)
	}
	r = versus(t, "import", src, "--out", out, "--subjects", "Go,Rust", "--title", "Go vs Rust")
	if r.code != 0 {
		t.Fatalf("import --subjects: exit %d, stderr %q", r.code, r.stderr)
	}
	manifest, err := os.ReadFile(filepath.Join(out, "pack.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"title: Go vs Rust\n", "summary: No tables here.\n", "subjects: [Go, Rust]\n", "sections:\n    - notes.md\n    - one.md\n"} {
		if !strings.Contains(string(manifest), want) {
			t.Errorf("pack.yaml lacks %q:\n%s", want, manifest)
		}
	}
}

func TestShowJSONMarksBrokenLinks(t *testing.T) {
	r := versus(t, "--pack", readmeFile, "show", "configuration", "--json")
	if r.code != 0 || !strings.Contains(r.stdout, `"dest": "#changes",`) || !strings.Contains(r.stdout, `"broken": true`) {
		t.Errorf("exit %d, stdout %s", r.code, r.stdout)
	}
}
