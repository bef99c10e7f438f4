package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// TestBinaryKeepsAParseCache runs the built binary on a pack three times
// with a cache folder: the first run writes one cache file, the second
// prints the same, and an edit to a section shows in the third.
func TestBinaryKeepsAParseCache(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := buildVersus(t)
	pack := t.TempDir()
	if err := os.CopyFS(pack, os.DirFS("../../knowledge/testdata/clean")); err != nil {
		t.Fatal(err)
	}
	cache := t.TempDir()
	env := []string{"XDG_CACHE_HOME=" + cache}
	show := func() runResult {
		t.Helper()
		r := runVersus(t, bin, env, "--pack", pack, "show", "overview")
		if r.code != 0 {
			t.Fatalf("exit %d: %s", r.code, r.stderr)
		}
		return r
	}
	first := show()
	files, _ := filepath.Glob(filepath.Join(cache, "versus", "packs", "*.cache"))
	if len(files) != 1 {
		t.Fatalf("cache files after the first run: %v, want one", files)
	}
	if second := show(); !bytes.Equal(second.stdout, first.stdout) {
		t.Errorf("the run from the cache printed\n%s\nwant\n%s", second.stdout, first.stdout)
	}
	appendFile(t, filepath.Join(pack, "overview.md"), "\nA sentence added after the first run.\n")
	if third := show(); !bytes.Contains(third.stdout, []byte("A sentence added after the first run.")) {
		t.Errorf("an edited section still shows its old text:\n%s", third.stdout)
	}

	other := t.TempDir()
	r := runVersus(t, bin, []string{"XDG_CACHE_HOME=" + other}, "--no-cache", "--pack", pack, "list")
	files, _ = filepath.Glob(filepath.Join(other, "versus", "packs", "*"))
	if r.code != 0 || len(files) != 0 {
		t.Errorf("--no-cache: exit %d, cache files %v", r.code, files)
	}
}
