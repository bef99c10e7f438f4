package cli

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"runtime/debug"

	"github.com/versus-dev/versus/knowledge"
)

// packCache returns the parse cache of the pack in dir: one file per pack
// folder under the user's cache folder (on Linux $XDG_CACHE_HOME, else
// ~/.cache), which makes opening a big pack again about three times
// faster. It returns nil, and versus parses every file, under --no-cache,
// for a build that cannot name itself, or when there is no cache folder.
func (a *app) packCache(dir string) *knowledge.Cache {
	if a.noCache || a.env.Build == "" || a.env.CacheDir == nil {
		return nil
	}
	base, err := a.env.CacheDir()
	if err != nil {
		return nil
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil
	}
	folder := filepath.Join(base, "versus", "packs")
	if err := os.MkdirAll(folder, 0o700); err != nil {
		return nil
	}
	sum := sha256.Sum256([]byte(abs))
	return &knowledge.Cache{
		Path:    filepath.Join(folder, hex.EncodeToString(sum[:12])+".cache"),
		Version: a.env.Build,
	}
}

// buildIdentity names this build of versus for the parse cache: results
// parsed by another build are never reused. A release names itself by its
// module version, a build from a git checkout by its commit. A build from
// a checkout with uncommitted changes, or one that records neither (go run,
// go test), gets "" and keeps no cache, since its parser may differ from
// the one any cache was written by.
func buildIdentity() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return ""
	}
	var revision, modified string
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			revision = s.Value
		case "vcs.modified":
			modified = s.Value
		}
	}
	switch {
	case modified == "true":
		return ""
	case revision != "":
		return "commit " + revision + " " + info.GoVersion
	case info.Main.Version != "" && info.Main.Version != "(devel)":
		return "version " + info.Main.Version + " " + info.GoVersion
	}
	return ""
}
