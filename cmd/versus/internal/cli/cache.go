package cli

import (
	"crypto/sha256"
	"debug/elf"
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
	if a.noCache || a.env.Build == nil || a.env.CacheDir == nil {
		return nil
	}
	build := a.env.Build()
	if build == "" {
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
		Version: build,
	}
}

// buildIdentity names this build of versus for the parse cache: results
// parsed by another build are never reused. The Go build ID, a hash of
// everything that went into the binary, names it exactly, even for go run
// or a checkout with uncommitted changes. Where it cannot be read (not an
// ELF binary), a release names itself by its module version and a build
// from a clean git checkout by its commit; anything else gets "" and
// keeps no cache.
func buildIdentity() string {
	if id := goBuildID(); id != "" {
		return "build " + id
	}
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

// goBuildID reads the Go build ID from the running executable's
// .note.go.buildid section: a note whose owner is "Go" and whose
// description is the ID.
func goBuildID() string {
	exe, err := os.Executable()
	if err != nil {
		return ""
	}
	f, err := elf.Open(exe)
	if err != nil {
		return ""
	}
	defer f.Close()
	sec := f.Section(".note.go.buildid")
	if sec == nil || sec.Size > 4096 {
		return ""
	}
	note, err := sec.Data()
	if err != nil || len(note) < 16 {
		return ""
	}
	nameSize := f.ByteOrder.Uint32(note[0:])
	descSize := f.ByteOrder.Uint32(note[4:])
	if nameSize != 4 || string(note[12:16]) != "Go\x00\x00" || uint64(descSize) > uint64(len(note)-16) {
		return ""
	}
	return string(note[16 : 16+descSize])
}
