package cli

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/versus-dev/versus/assets"
	"github.com/versus-dev/versus/knowledge"
)

func TestPackCopyWritesAPackThatValidates(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "mypack")
	r := versus(t, "pack", "copy", dir)
	if r.code != 0 || r.stderr != "" {
		t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
	}
	if !strings.Contains(r.stdout, "wrote the built-in pack") || !strings.Contains(r.stdout, "versus --pack "+shellWord(dir)) {
		t.Errorf("stdout %q does not say what was written and how to open it", r.stdout)
	}
	// Every file, byte for byte.
	err := fs.WalkDir(assets.Pack(), ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		want, _ := fs.ReadFile(assets.Pack(), path)
		got, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(path)))
		if err != nil || string(got) != string(want) {
			t.Errorf("%s: not copied as it is (%v)", path, err)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if v := versus(t, "validate", dir); v.code != 0 || !strings.Contains(v.stdout, ": ok: ") {
		t.Errorf("the copy does not validate: exit %d\n%s%s", v.code, v.stdout, v.stderr)
	}
	copied, err := knowledge.Load(os.DirFS(dir))
	if err != nil {
		t.Fatal(err)
	}
	builtin, _ := knowledge.Load(assets.Pack())
	if copied.Title != builtin.Title || len(copied.Sections) != len(builtin.Sections) {
		t.Errorf("the copy differs from the built-in pack: %q with %d sections", copied.Title, len(copied.Sections))
	}
}

func TestPackCopyIntoAnEmptyFolder(t *testing.T) {
	dir := t.TempDir()
	if r := versus(t, "pack", "copy", dir); r.code != 0 {
		t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
	}
	if _, err := os.Stat(filepath.Join(dir, "pack.yaml")); err != nil {
		t.Error(err)
	}
}

func TestPackCopyRefusesToOverwrite(t *testing.T) {
	dir := t.TempDir()
	mine := filepath.Join(dir, "notes.md")
	if err := os.WriteFile(mine, []byte("mine"), 0o644); err != nil {
		t.Fatal(err)
	}
	r := versus(t, "pack", "copy", dir)
	if r.code != 2 || !strings.Contains(r.stderr, "is not empty") || r.stdout != "" {
		t.Errorf("non-empty folder: exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("the folder now holds %d entries", len(entries))
	}
	if r := versus(t, "pack", "copy", mine); r.code != 2 || !strings.Contains(r.stderr, "not a folder") {
		t.Errorf("a file: exit %d, stderr %q", r.code, r.stderr)
	}
	if r := versus(t, "pack", "copy"); r.code != 2 {
		t.Errorf("no DIR: exit %d", r.code)
	}
}

func TestShellWord(t *testing.T) {
	for in, want := range map[string]string{
		"./mypack":        "./mypack",
		"/tmp/a-b_c.d":    "/tmp/a-b_c.d",
		"/tmp/my pack":    "'/tmp/my pack'",
		"it's":            `'it'\''s'`,
		"$(rm -rf ~)":     "'$(rm -rf ~)'",
		"":                "''",
		"/tmp/x^[[31mred": "'/tmp/x^[[31mred'",
	} {
		if got := shellWord(in); got != want {
			t.Errorf("shellWord(%q) = %s, want %s", in, got, want)
		}
	}
}
