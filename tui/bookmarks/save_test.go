package bookmarks

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/versus-dev/versus/tui/memory"
)

// TestSaveWritesAndReports saves through a session: on disk at once, a
// silent report when it worked and a sentence when it did not.
func TestSaveWritesAndReports(t *testing.T) {
	if Save(nil, memory.State{}) != nil {
		t.Error("a save without a session")
	}
	st := memory.State{Bookmarks: []memory.Bookmark{{Section: "taste"}}}
	s := &memory.Session{Store: memory.Store{Dir: t.TempDir()}, Key: "k"}
	if msg := Save(s, st)().(SavedMsg); msg.Status() != "" {
		t.Errorf("saved: %q", msg.Status())
	}
	if got, notice := s.Store.Load("k"); notice != "" || len(got.Bookmarks) != 1 {
		t.Errorf("on disk: %+v %q", got, notice)
	}
	file := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(file, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	s = &memory.Session{Store: memory.Store{Dir: file}, Key: "k"} // a folder that is a file
	if msg := Save(s, st)().(SavedMsg); !strings.HasPrefix(msg.Status(), "bookmarks not saved: ") {
		t.Errorf("not saved: %q", msg.Status())
	}
}
