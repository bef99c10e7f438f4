package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/versus-dev/versus/assets"
	"github.com/versus-dev/versus/knowledge"
	"github.com/versus-dev/versus/tui/memory"
)

// withState runs versus with a state folder of its own.
func withState(t *testing.T, dir string, args ...string) result {
	t.Helper()
	return runEnv(t, Env{
		Args:     args,
		Environ:  []string{"TERM=xterm-256color"},
		StateDir: func() (string, error) { return dir, nil },
	})
}

const builtinKey = "builtin:Node.js vs Python"

func TestBookmarksOfTheBuiltinPack(t *testing.T) {
	dir := t.TempDir()
	added := time.Date(2026, 12, 1, 20, 0, 0, 0, time.UTC)
	st := memory.State{Bookmarks: []memory.Bookmark{
		{Section: "performance", Anchor: "games-as-an-example", Added: added},
		{Section: "removed-long-ago", Added: added},
		{Section: "faq"},
	}}
	if err := (memory.Store{Dir: dir}).Save(builtinKey, st); err != nil {
		t.Fatal(err)
	}

	r := withState(t, dir, "bookmarks")
	if r.code != 0 || r.stderr != "" {
		t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
	}
	noEscapes(t, "bookmarks", r.stdout)
	// A bookmark of a section the pack no longer holds is kept, and said
	// to be missing (see memory.State.Prune).
	want := "performance#games-as-an-example  Performance and execution speed › Games as an example\n" +
		"removed-long-ago                 (not in this pack)\n" +
		"faq                              FAQ\n"
	if r.stdout != want {
		t.Errorf("bookmarks printed\n%s\nwant\n%s", r.stdout, want)
	}

	r = withState(t, dir, "bookmarks", "--json")
	var got []map[string]any
	if err := json.Unmarshal([]byte(r.stdout), &got); err != nil || r.code != 0 {
		t.Fatalf("--json: exit %d, %v\n%s", r.code, err, r.stdout)
	}
	if len(got) != 3 || got[0]["id"] != "performance" || got[0]["anchor"] != "games-as-an-example" ||
		got[0]["heading"] != "Games as an example" || got[0]["file"] != "performance.md" ||
		got[0]["line"] != float64(headingLine(t, "performance", "games-as-an-example")) || got[0]["added"] != "2026-12-01T20:00:00Z" {
		t.Errorf("--json gave %v", got)
	}
	if got[1]["id"] != "removed-long-ago" || got[1]["missing"] != true || got[1]["file"] != nil {
		t.Errorf("a missing section's bookmark: %v", got[1])
	}
	if _, has := got[2]["anchor"]; has || got[2]["id"] != "faq" || got[2]["added"] != nil || got[2]["missing"] != nil {
		t.Errorf("a section bookmark: %v", got[2])
	}
	// A read-only command: the state file is as it was.
	if again, _ := (memory.Store{Dir: dir}).Load(builtinKey); len(again.Bookmarks) != 3 {
		t.Errorf("bookmarks rewrote the state file: %+v", again)
	}
}

func TestBookmarksFollowPack(t *testing.T) {
	stateDir := t.TempDir()
	pack := writePack(t, map[string]string{"pack.yaml": goodManifest, "one.md": goodSection})
	key, err := memory.FolderKey(pack)
	if err != nil {
		t.Fatal(err)
	}
	store := memory.Store{Dir: stateDir}
	if err := store.Save(key, memory.State{Bookmarks: []memory.Bookmark{{Section: "one"}}}); err != nil {
		t.Fatal(err)
	}
	if err := store.Save(builtinKey, memory.State{Bookmarks: []memory.Bookmark{{Section: "performance"}}}); err != nil {
		t.Fatal(err)
	}
	if r := withState(t, stateDir, "--pack", pack, "bookmarks"); r.code != 0 || r.stdout != "one  One\n" {
		t.Errorf("--pack: exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
	if r := withState(t, stateDir, "bookmarks"); r.code != 0 || !strings.HasPrefix(r.stdout, "performance  ") {
		t.Errorf("built-in: exit %d, stdout %q", r.code, r.stdout)
	}
}

func TestBookmarksNoneOrDamaged(t *testing.T) {
	dir := t.TempDir()
	r := withState(t, dir, "bookmarks")
	if r.code != 0 || !strings.HasPrefix(r.stdout, "No bookmarks in Node.js vs Python") || r.stderr != "" {
		t.Errorf("none: exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
	if r := withState(t, dir, "bookmarks", "--json"); r.code != 0 || strings.TrimSpace(r.stdout) != "[]" {
		t.Errorf("none, --json: exit %d, stdout %q", r.code, r.stdout)
	}

	path := memory.Store{Dir: dir}.Path(builtinKey)
	if err := os.WriteFile(path, []byte(`{"version": 1, "pack": "builtin:Node.js vs Py`), 0o600); err != nil {
		t.Fatal(err)
	}
	r = withState(t, dir, "bookmarks")
	if r.code != 0 || !strings.HasPrefix(r.stdout, "No bookmarks") || !strings.Contains(r.stderr, "starting fresh") {
		t.Errorf("damaged: exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
	if _, err := os.Stat(path + ".corrupt"); err != nil {
		t.Errorf("the damaged file was not kept aside: %v", err)
	}
	if r := withState(t, dir, "bookmarks"); r.stderr != "" {
		t.Errorf("the notice came twice: %q", r.stderr)
	}
	if entries, _ := os.ReadDir(filepath.Dir(path)); len(entries) != 1 {
		t.Errorf("bookmarks wrote a state file: %d entries", len(entries))
	}
}

// headingLine is the line of a heading of the built-in pack.
func headingLine(t *testing.T, id, anchor string) int {
	t.Helper()
	p, err := knowledge.Load(assets.Pack())
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range p.Section(id).Headings {
		if h.Anchor == anchor {
			return h.Line
		}
	}
	t.Fatalf("no heading %s#%s", id, anchor)
	return 0
}
