package memory

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

// sample is a state using every field.
func sample() State {
	added := time.Date(2026, 12, 1, 21, 0, 0, 0, time.UTC)
	return State{
		Resume:    &Place{Section: "performance", Anchor: "memory-use", Line: 42, Total: 180},
		Bookmarks: []Bookmark{{Section: "performance", Added: added}, {Section: "faq", Anchor: "is-node-faster", Added: added}},
		Back:      []Place{{Section: "overview"}, {Section: "async", Line: 3, Total: 90}},
		Forward:   []Place{{Section: "faq", Anchor: "is-node-faster"}},
		Recent:    []Place{{Section: "performance", Line: 42, Total: 180}, {Section: "overview"}},
	}
}

func TestSaveLoadRoundTrip(t *testing.T) {
	s := Store{Dir: filepath.Join(t.TempDir(), "state", "versus")}
	key := "/home/ada/packs/rust-vs-go"
	want := sample()
	if err := s.Save(key, want); err != nil {
		t.Fatal(err)
	}
	got, notice := s.Load(key)
	if notice != "" {
		t.Fatalf("notice %q for a file just saved", notice)
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("loaded %+v\nwant   %+v", got, want)
	}

	if fi, err := os.Stat(s.Dir); err != nil || fi.Mode().Perm() != 0o700 {
		t.Errorf("state folder: %v, mode %v; want 0700", err, fi.Mode().Perm())
	}
	fi, err := os.Stat(s.Path(key))
	if err != nil || fi.Mode().Perm() != 0o600 {
		t.Errorf("state file: %v, mode %v; want 0600", err, fi.Mode().Perm())
	}
	if base := filepath.Base(s.Path(key)); !strings.HasPrefix(base, "rust-vs-go-") || !strings.HasSuffix(base, ".json") {
		t.Errorf("state file %s is not named after the pack", base)
	}
	data, _ := os.ReadFile(s.Path(key))
	if !bytes.Contains(data, []byte(`"version": 1`)) || !bytes.Contains(data, []byte(`"pack": "/home/ada/packs/rust-vs-go"`)) {
		t.Errorf("state file lacks its version or pack:\n%s", data)
	}
	entries, _ := os.ReadDir(s.Dir)
	if len(entries) != 1 {
		t.Errorf("the folder holds %d entries after one save, want 1 (no temporary file left)", len(entries))
	}
}

func TestLoadMissingFileIsFresh(t *testing.T) {
	s := Store{Dir: filepath.Join(t.TempDir(), "never-made")}
	st, notice := s.Load(BuiltinKey("Node.js vs Python"))
	if notice != "" || !reflect.DeepEqual(st, State{}) {
		t.Fatalf("missing file gave %+v, notice %q; want a fresh state and no notice", st, notice)
	}
	if _, err := os.Stat(s.Dir); !os.IsNotExist(err) {
		t.Errorf("Load created the state folder: %v", err)
	}
}

func TestKeysNeverShareAFile(t *testing.T) {
	s := Store{Dir: "/state"}
	paths := map[string]string{}
	for _, key := range []string{
		BuiltinKey("Node.js vs Python"), "/Node.js vs Python", "/a/pack", "/b/pack", "/", "/a/" + strings.Repeat("x", 300),
	} {
		p := s.Path(key)
		if other, dup := paths[p]; dup {
			t.Errorf("%q and %q share %s", key, other, p)
		}
		paths[p] = key
		if filepath.Dir(p) != "/state" {
			t.Errorf("key %q escapes the folder: %s", key, p)
		}
	}
}

func TestFolderKeyIsAbsoluteAndFollowsLinks(t *testing.T) {
	dir := t.TempDir()
	real := filepath.Join(dir, "pack")
	if err := os.Mkdir(real, 0o755); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "link")
	if err := os.Symlink(real, link); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	a, err := FolderKey(real)
	if err != nil {
		t.Fatal(err)
	}
	b, err := FolderKey(link)
	if err != nil {
		t.Fatal(err)
	}
	if a != b || !filepath.IsAbs(a) {
		t.Errorf("FolderKey gave %q and %q for one folder", a, b)
	}
	if strings.HasPrefix(BuiltinKey("x"), "/") {
		t.Error("a built-in key looks like a path")
	}
}

// TestDamagedFileStartsFresh covers every way a state file can be bad:
// each gives a fresh state, a notice once, and the file kept aside.
func TestDamagedFileStartsFresh(t *testing.T) {
	key := "/packs/mine"
	good, err := Encode(key, sample())
	if err != nil {
		t.Fatal(err)
	}
	otherPack, _ := Encode("/packs/other", sample())
	cases := map[string][]byte{
		"empty":           {},
		"truncated":       good[:len(good)/2],
		"garbage":         []byte("\x00\x01\xffnot json at all"),
		"not an object":   []byte(`[1, 2, 3]`),
		"two objects":     append(append([]byte{}, good...), good...),
		"newer version":   bytes.Replace(good, []byte(`"version": 1`), []byte(`"version": 9`), 1),
		"no version":      bytes.Replace(good, []byte(`"version": 1,`), nil, 1),
		"negative line":   bytes.Replace(good, []byte(`"line": 42`), []byte(`"line": -4`), 1),
		"control char":    bytes.Replace(good, []byte(`"section": "faq"`), []byte(`"section": "f\u001b[2Jq"`), 1),
		"bad time":        bytes.Replace(good, []byte(`"added": "2026`), []byte(`"added": "x2026`), 1),
		"another pack's":  otherPack,
		"wrong type":      bytes.Replace(good, []byte(`"line": 42`), []byte(`"line": "42"`), 1),
		"too many places": tooManyRecent(t, key),
	}
	for name, data := range cases {
		t.Run(name, func(t *testing.T) {
			if bytes.Equal(data, good) {
				t.Fatal("the damage did not apply")
			}
			s := Store{Dir: t.TempDir()}
			if err := os.WriteFile(s.Path(key), data, 0o600); err != nil {
				t.Fatal(err)
			}
			st, notice := s.Load(key)
			if !reflect.DeepEqual(st, State{}) {
				t.Errorf("damaged file gave %+v; want a fresh state", st)
			}
			if !strings.Contains(notice, "starting fresh") || !strings.Contains(notice, ".corrupt") {
				t.Errorf("notice %q does not say versus starts fresh and where the file went", notice)
			}
			kept, err := os.ReadFile(s.Path(key) + ".corrupt")
			if err != nil || !bytes.Equal(kept, data) {
				t.Errorf("the damaged file was not kept aside unchanged: %v", err)
			}
			if _, again := s.Load(key); again != "" {
				t.Errorf("second load repeats the notice: %q", again)
			}
			if err := s.Save(key, sample()); err != nil {
				t.Fatal(err)
			}
			if st, notice := s.Load(key); notice != "" || !reflect.DeepEqual(st, sample()) {
				t.Errorf("after saving again: %+v, %q", st, notice)
			}
		})
	}
}

func tooManyRecent(t *testing.T, key string) []byte {
	t.Helper()
	places := make([]Place, MaxRecent+1)
	for i := range places {
		places[i] = Place{Section: "s"}
	}
	data, err := Encode(key, State{})
	if err != nil {
		t.Fatal(err)
	}
	f := strings.Replace(string(data), "\n}", `, "recent": [`+strings.Repeat(`{"section":"s"},`, MaxRecent)+`{"section":"s"}]`+"\n}", 1)
	return []byte(f)
}

// TestUnreadableFileStartsFresh puts a folder where the file should be:
// reading fails even for root, for whom file modes do not.
func TestUnreadableFileStartsFresh(t *testing.T) {
	s := Store{Dir: t.TempDir()}
	key := "/packs/mine"
	if err := os.Mkdir(s.Path(key), 0o700); err != nil {
		t.Fatal(err)
	}
	st, notice := s.Load(key)
	if !reflect.DeepEqual(st, State{}) || !strings.Contains(notice, "starting fresh") {
		t.Fatalf("got %+v, notice %q", st, notice)
	}
	if err := s.Save(key, sample()); err != nil {
		t.Fatalf("saving after the bad file was moved aside: %v", err)
	}
}

func TestEncodeRefusesWhatDecodeWould(t *testing.T) {
	bad := []State{
		{Resume: &Place{}},
		{Bookmarks: []Bookmark{{Section: "a\nb"}}},
		{Recent: []Place{{Section: "x", Line: -1}}},
	}
	for _, st := range bad {
		if _, err := Encode("/k", st); err == nil {
			t.Errorf("Encode accepted %+v", st)
		}
	}
	if _, err := Encode("", State{}); err == nil {
		t.Error("Encode accepted an empty key")
	}
}

// TestFileWithoutTrailLoads checks that a state file written before the
// trail was saved (no back or forward places) loads whole, with an empty
// trail: the fields are optional in format version 1.
func TestFileWithoutTrailLoads(t *testing.T) {
	key, s, err := Decode([]byte(`{"version": 1, "pack": "k", "resume": {"section": "async", "line": 3, "total": 90}, "recent": [{"section": "async"}]}`))
	if err != nil || key != "k" || s.Resume == nil || s.Resume.Section != "async" || len(s.Recent) != 1 {
		t.Fatalf("Decode = %q, %+v, %v", key, s, err)
	}
	if s.Back != nil || s.Forward != nil {
		t.Errorf("trail %+v %+v from a file without one", s.Back, s.Forward)
	}
}
