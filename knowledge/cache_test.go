package knowledge

import (
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"testing/fstest"

	"github.com/versus-dev/versus/knowledge/packtest"
)

func testCache(t *testing.T) *Cache {
	t.Helper()
	return &Cache{Path: filepath.Join(t.TempDir(), "pack.cache"), Version: "test"}
}

// TestCacheGivesTheSamePack loads packs without a cache, with an empty
// one and with a filled one: the packs and the problems must not differ.
func TestCacheGivesTheSamePack(t *testing.T) {
	broken := basePack()
	broken["a.md"] = file("---\nid: a\ntitle: Speed\nkind: aspect\n---\n\n# Speed\n\nSee [x](b.md#nowhere) and <https://example.com>.\n\n| A | Go | Ruby |\n| - | - | - |\n| 1 | 2 | 3 | 4 |\n")
	broken["notes.md"] = file("no front matter\n")
	empties := basePack()
	empties["b.md"] = file("---\nid: b\ntitle: Overview\nkind: overview\naliases: []\ntags: []\n---\n\n## Intro\n")
	packs := map[string]fs.FS{
		"clean":     os.DirFS("testdata/clean"),
		"hostile":   os.DirFS("testdata/hostile"),
		"broken":    broken,
		"empties":   empties,
		"generated": packtest.Generate(50),
	}
	for name, fsys := range packs {
		t.Run(name, func(t *testing.T) {
			c := testCache(t)
			cacheChangesNothing(t, fsys, c)
			if len(readCache(c)) == 0 {
				t.Error("no cache file written")
			}
		})
	}
}

// cacheChangesNothing loads fsys without a cache, then with c twice (c
// may be empty the first time): the three must give the same pack or the
// same problems.
func cacheChangesNothing(t *testing.T, fsys fs.FS, c *Cache) {
	t.Helper()
	want, wantErr := LoadWith(fsys, Options{})
	for _, pass := range []string{"first", "second"} {
		got, err := LoadWith(fsys, Options{Cache: c})
		if !reflect.DeepEqual(err, wantErr) {
			t.Fatalf("%s load with the cache: problems differ:\n%v\nwant\n%v", pass, err, wantErr)
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("%s load with the cache: the pack differs from an uncached load", pass)
		}
	}
}

// retitle changes the title the cache holds for file, so that a load shows
// whether it took the file's result from the cache.
func retitle(t *testing.T, c *Cache, fsys fstest.MapFS, file, title string) {
	t.Helper()
	entries := readCache(c)
	e, ok := entries[cacheKey(file, fsys[file].Data)]
	if !ok {
		t.Fatalf("no cache entry for %s", file)
	}
	e.Title = title
	if err := writeCache(c, entries); err != nil {
		t.Fatal(err)
	}
}

func TestCacheIsUsedUntilTheFileChanges(t *testing.T) {
	m := basePack()
	c := testCache(t)
	mustLoadCached(t, m, c)
	retitle(t, c, m, "a.md", "From the cache")
	if got := mustLoadCached(t, m, c).Section("a").Title; got != "From the cache" {
		t.Fatalf("title = %q: the cached result was not used", got)
	}
	m["a.md"].Data = append(m["a.md"].Data, "\nOne more line.\n"...)
	if got := mustLoadCached(t, m, c).Section("a").Title; got != "Speed" {
		t.Errorf("title = %q after the file changed, want the file's own", got)
	}
}

func TestCacheOfAnotherBuildIsIgnored(t *testing.T) {
	m := basePack()
	c := testCache(t)
	mustLoadCached(t, m, c)
	retitle(t, c, m, "a.md", "From the cache")
	other := &Cache{Path: c.Path, Version: "other build"}
	if got := mustLoadCached(t, m, other).Section("a").Title; got != "Speed" {
		t.Errorf("title = %q under another version, want the file's own", got)
	}
	if readCache(c) != nil || len(readCache(other)) == 0 {
		t.Error("the cache was not rewritten for the new version")
	}
}

func TestDamagedCacheIsIgnored(t *testing.T) {
	m := basePack()
	c := testCache(t)
	for _, data := range [][]byte{nil, []byte("not a cache"), {0x0e, 0xff, 0x81, 0x03, 0x01, 0x01}} {
		if err := os.WriteFile(c.Path, data, 0o600); err != nil {
			t.Fatal(err)
		}
		if got := mustLoadCached(t, m, c).Section("a").Title; got != "Speed" {
			t.Errorf("title = %q", got)
		}
		if len(readCache(c)) != 2 {
			t.Errorf("cache holds %d entries after a load over %q, want 2", len(readCache(c)), data)
		}
	}
}

func TestCacheForgetsFilesThatWentAway(t *testing.T) {
	m := packtest.Generate(10)
	c := testCache(t)
	mustLoadCached(t, m, c)
	if n := len(readCache(c)); n != 10 {
		t.Fatalf("cache holds %d entries, want 10", n)
	}
	small := packtest.Generate(4)
	mustLoadCached(t, small, c)
	if n := len(readCache(c)); n != 4 {
		t.Errorf("cache holds %d entries after the pack shrank, want 4", n)
	}
}

func TestUnwritableCacheIsNotAProblem(t *testing.T) {
	c := &Cache{Path: filepath.Join(t.TempDir(), "missing", "folder", "pack.cache"), Version: "test"}
	if got := mustLoadCached(t, basePack(), c).Section("a").Title; got != "Speed" {
		t.Errorf("title = %q", got)
	}
}

func mustLoadCached(t *testing.T, fsys fs.FS, c *Cache) *Pack {
	t.Helper()
	p, err := LoadWith(fsys, Options{Cache: c})
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// TestCacheWrittenLater hands the writing of the cache to the caller: the
// file appears when the caller runs the work, not before.
func TestCacheWrittenLater(t *testing.T) {
	c := testCache(t)
	var work []func()
	p, err := LoadWith(basePack(), Options{Cache: c, Go: func(f func()) { work = append(work, f) }})
	if err != nil || p == nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(c.Path); err == nil || len(work) != 1 {
		t.Fatalf("cache file written before the caller ran the work (%d handed over)", len(work))
	}
	work[0]()
	if len(readCache(c)) != 2 {
		t.Error("the handed-over work wrote no cache")
	}
}
