package cli

import (
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// runCached runs versus in-process with a cache folder and a build name.
func runCached(t *testing.T, cacheDir, build string, args ...string) result {
	t.Helper()
	return runEnv(t, Env{
		Args:     args,
		Environ:  []string{"TERM=xterm-256color"},
		CacheDir: func() (string, error) { return cacheDir, nil },
		Build:    func() string { return build },
	})
}

func cacheFiles(t *testing.T, cacheDir string) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(cacheDir, "versus", "packs", "*.cache"))
	if err != nil {
		t.Fatal(err)
	}
	return files
}

func TestPackCacheIsKeptAndReused(t *testing.T) {
	cacheDir := t.TempDir()
	pack := "../../../../knowledge/testdata/clean"
	first := runCached(t, cacheDir, "test build", "--pack", pack, "list")
	if first.code != 0 {
		t.Fatalf("exit %d: %s", first.code, first.stderr)
	}
	files := cacheFiles(t, cacheDir)
	if len(files) != 1 {
		t.Fatalf("cache files = %v, want one", files)
	}
	info, err := os.Stat(files[0])
	if err != nil {
		t.Fatal(err)
	}
	if info.Mode().Perm() != 0o600 {
		t.Errorf("cache file mode %v, want 0600", info.Mode().Perm())
	}
	again := runCached(t, cacheDir, "test build", "--pack", pack, "list")
	if again != first {
		t.Errorf("second run differs:\n%s\nfirst:\n%s", again.stdout, first.stdout)
	}
	if v := runCached(t, cacheDir, "test build", "validate", pack); v.code != 0 {
		t.Errorf("validate with the cache: exit %d: %s", v.code, v.stderr)
	}
}

func TestNoPackCache(t *testing.T) {
	pack := "../../../../knowledge/testdata/clean"
	tests := []struct {
		name  string
		build string
		args  []string
	}{
		{"--no-cache", "test build", []string{"--no-cache", "--pack", pack, "list"}},
		{"unnamed build", "", []string{"--pack", pack, "list"}},
		{"built-in pack", "test build", []string{"list"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cacheDir := t.TempDir()
			if r := runCached(t, cacheDir, tt.build, tt.args...); r.code != 0 {
				t.Fatalf("exit %d: %s", r.code, r.stderr)
			}
			if files := cacheFiles(t, cacheDir); len(files) != 0 {
				t.Errorf("cache files written: %v", files)
			}
		})
	}
}

// TestNoCacheFolder runs with a cache folder that cannot be had or made:
// the pack still opens.
func TestNoCacheFolder(t *testing.T) {
	pack := "../../../../knowledge/testdata/clean"
	blocker := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(blocker, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	for _, dir := range []func() (string, error){
		func() (string, error) { return "", errors.New("no home") },
		func() (string, error) { return blocker, nil },
	} {
		r := runEnv(t, Env{Args: []string{"--pack", pack, "list"}, CacheDir: dir, Build: func() string { return "test build" }})
		if r.code != 0 || r.stderr != "" {
			t.Errorf("exit %d, stderr %q", r.code, r.stderr)
		}
	}
}

func TestBuildIdentityOfThisBinary(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("the build ID is read from ELF binaries")
	}
	id := goBuildID()
	if strings.Count(id, "/") < 1 || strings.ContainsAny(id, " \x00\"") {
		t.Errorf("build ID %q does not look like one", id)
	}
	if got := buildIdentity(); got != "build "+id {
		t.Errorf("buildIdentity() = %q", got)
	}
}
