package memory

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/adrg/xdg"
	"github.com/google/renameio/v2/maybe"

	"github.com/versus-dev/versus/knowledge"
)

// Store reads and writes the state files in one folder.
type Store struct {
	Dir string
}

// DefaultDir is the folder of versus's state files: versus under the XDG
// state home ($XDG_STATE_HOME, by default ~/.local/state).
func DefaultDir() (string, error) {
	if xdg.StateHome == "" {
		return "", errors.New("no state folder: neither XDG_STATE_HOME nor a home folder is set")
	}
	return filepath.Join(xdg.StateHome, "versus"), nil
}

// FolderKey is the key of the pack in folder dir: its absolute path, with
// symbolic links resolved when they can be, so that one folder reached
// two ways has one state.
func FolderKey(dir string) (string, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return "", fmt.Errorf("pack folder %s: %w", dir, err)
	}
	if real, err := filepath.EvalSymlinks(abs); err == nil {
		abs = real
	}
	return abs, nil
}

// BuiltinKey is the key of a pack built into versus, by its name. It
// never equals a FolderKey, which is an absolute path.
func BuiltinKey(name string) string { return "builtin:" + name }

// Path is the state file of the pack with the given key: a readable
// name from the key's last element, and a hash of the whole key, so that
// two packs never share a file.
func (s Store) Path(key string) string {
	base := knowledge.Anchor(filepath.Base(strings.TrimPrefix(key, "builtin:")))
	if len(base) > 40 {
		base = base[:40]
	}
	if base == "" {
		base = "pack"
	}
	sum := sha256.Sum256([]byte(key))
	return filepath.Join(s.Dir, base+"-"+hex.EncodeToString(sum[:8])+".json")
}

// Load returns the state of the pack with the given key. It never fails:
// with no file, the state is fresh; with a file that cannot be read or
// decoded, the state is fresh too, notice says why in a sentence to show
// once, and the file is moved aside to PATH.corrupt so that the next Save
// does not destroy it.
func (s Store) Load(key string) (st State, notice string) {
	path := s.Path(key)
	data, err := readLimited(path)
	if errors.Is(err, fs.ErrNotExist) {
		return State{}, ""
	}
	if err == nil {
		var owner string
		owner, st, err = Decode(data)
		if err == nil && owner != key {
			err = fmt.Errorf("it belongs to another pack (%s)", owner)
		}
		if err == nil {
			return st, ""
		}
	}
	// The notice leads with what matters in a narrow status bar.
	aside := path + ".corrupt"
	if rerr := os.Rename(path, aside); rerr != nil && !errors.Is(rerr, fs.ErrNotExist) {
		return State{}, fmt.Sprintf("starting fresh: saved state %s unusable (%v) and not moved aside: %v", path, err, rerr)
	}
	return State{}, fmt.Sprintf("starting fresh: saved state unusable, kept as %s (%v)", aside, err)
}

// readLimited reads the file at path, refusing one larger than any state
// file without reading it all.
func readLimited(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxFileSize+1))
	if err != nil {
		return nil, err
	}
	return data, nil
}

// Save writes the state of the pack with the given key, replacing the
// file whole: a reader, in this process or another, sees the old file or
// the new one, never a mix (but on Windows, where renameio writes in
// place). The file is synced to disk before it replaces the old one,
// which takes milliseconds: call Save off the program's update loop.
func (s Store) Save(key string, st State) error {
	data, err := Encode(key, st)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(s.Dir, 0o700); err != nil {
		return fmt.Errorf("state folder: %w", err)
	}
	if err := maybe.WriteFile(s.Path(key), data, 0o600); err != nil {
		return fmt.Errorf("saving state: %w", err)
	}
	return nil
}
