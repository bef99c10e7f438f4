//go:build unix

package knowledge

import (
	"net"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/versus-dev/versus/knowledge/packtest"
)

// writePack writes the base pack into a fresh folder.
func writePack(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for name, f := range basePack() {
		if err := os.WriteFile(filepath.Join(dir, name), f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// loadWithin fails the test if Load never returns, as opening a named
// pipe would.
func loadWithin(t *testing.T, dir string) []string {
	t.Helper()
	done := make(chan []string, 1)
	go func() { done <- problemStrings(t, os.DirFS(dir)) }()
	select {
	case got := <-done:
		return got
	case <-time.After(packtest.Patience(t)):
		t.Fatal("Load blocked")
		return nil
	}
}

func TestSymlinksRefused(t *testing.T) {
	dir := writePack(t)
	outside := filepath.Join(t.TempDir(), "secret.md")
	if err := os.WriteFile(outside, []byte("---\nid: secret\ntitle: S\nkind: guide\n---\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	// b.md, listed in pack.yaml, becomes a link to a file outside the pack;
	// a folder link would make a loop.
	if err := os.Remove(filepath.Join(dir, "b.md")); err != nil {
		t.Fatal(err)
	}
	for link, target := range map[string]string{"b.md": outside, "loop": "."} {
		if err := os.Symlink(target, filepath.Join(dir, link)); err != nil {
			t.Fatal(err)
		}
	}
	equalLines(t, loadWithin(t, dir), []string{
		"b.md: symbolic link; versus never follows links",
		"loop: symbolic link; versus never follows links",
	})
}

func TestFIFOAndSocketRefused(t *testing.T) {
	dir := writePack(t)
	if err := syscall.Mkfifo(filepath.Join(dir, "pipe.md"), 0o644); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	// Socket paths are limited to about 100 bytes; listen from inside dir.
	t.Chdir(dir)
	l, err := net.Listen("unix", "sock.md")
	if err != nil {
		t.Skipf("unix socket: %v", err)
	}
	defer l.Close()
	equalLines(t, loadWithin(t, dir), []string{
		"pipe.md: named pipe, not a regular file; not read",
		"sock.md: socket, not a regular file; not read",
	})
}

// TestPlainMarkdownSafety holds a folder without pack.yaml, and a single
// file, to the same rules as packs: no link followed, no pipe opened,
// no file over the size limit read; what is refused is a content problem
// and the rest opens.
func TestPlainMarkdownSafety(t *testing.T) {
	dir := t.TempDir()
	outside := filepath.Join(t.TempDir(), "secret.md")
	for name, body := range map[string]string{
		"intro.md": "# Intro\n\nSee [the secret](secret.md).\n",
		outside:    "# Secret\n",
	} {
		if !filepath.IsAbs(name) {
			name = filepath.Join(dir, name)
		}
		if err := os.WriteFile(name, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Symlink(outside, filepath.Join(dir, "secret.md")); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(filepath.Join(dir, "pipe.md"), 0o644); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	big := make([]byte, MaxFileSize+1)
	for i := range big {
		big[i] = 'a'
	}
	if err := os.WriteFile(filepath.Join(dir, "big.md"), big, 0o644); err != nil {
		t.Fatal(err)
	}
	done := make(chan *Pack, 1)
	go func() {
		p, err := LoadWith(os.DirFS(dir), Options{})
		if err != nil {
			t.Error(err)
		}
		done <- p
	}()
	var p *Pack
	select {
	case p = <-done:
	case <-time.After(packtest.Patience(t)):
		t.Fatal("LoadWith blocked")
	}
	if p == nil {
		return
	}
	var got []string
	for _, pr := range p.Problems {
		got = append(got, pr.String())
	}
	equalLines(t, got, []string{
		"big.md: file is larger than 1 MiB (1048577 bytes); not read",
		"pipe.md: named pipe, not a regular file; not read",
		"secret.md: symbolic link; versus never follows links",
	})
	if len(p.Sections) != 1 || p.Sections[0].Title != "Intro" {
		t.Errorf("sections: %+v", p.Sections)
	}
	// The same files opened alone: the pipe is refused before it is
	// opened, the big file before it is read.
	for name, want := range map[string]string{
		"pipe.md": "pipe.md: named pipe, not a regular file; not read",
		"big.md":  "big.md: file is larger than 1 MiB (1048577 bytes); not read",
	} {
		p, err := LoadWith(os.DirFS(dir), Options{File: name})
		if p != nil || err == nil || err.Error() != want {
			t.Errorf("%s alone: %v, want %q", name, err, want)
		}
	}
}
