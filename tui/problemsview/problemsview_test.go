package problemsview

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/versus-dev/versus/knowledge"
	"github.com/versus-dev/versus/tui/action"
	"github.com/versus-dev/versus/tui/common"
	"github.com/versus-dev/versus/tui/internal/tuitest"
	"github.com/versus-dev/versus/tui/theme"
)

// brokenPack opens with two dead links, in two files.
func brokenPack(t *testing.T) *knowledge.Pack {
	t.Helper()
	p, err := knowledge.LoadWith(fstest.MapFS{
		"one.md": {Data: []byte("# One\n\nRead [the lost page](lost.md).\n")},
		"two.md": {Data: []byte("# Two\n\n## Far\n\nSee [nowhere](#nope).\n")},
	}, knowledge.Options{Title: "t"})
	if err != nil || len(p.Problems) != 2 {
		t.Fatalf("load: %v, problems %v", err, p.Problems)
	}
	return p
}

// TestEditOpensTheProblemsFile presses e on the second problem: with a
// pack folder it runs the editor and leaves the overlay open; on the
// built-in pack it says the pack is read-only; with no editor it says why.
func TestEditOpensTheProblemsFile(t *testing.T) {
	m := New(common.Common{Pack: brokenPack(t), Styles: theme.New(true, false)})
	m.SetSize(80, 20)
	m, _ = tuitest.Update(m, tuitest.Press("down"))
	if p, _ := m.Selected(); p.File != "two.md" || p.Line != 5 {
		t.Fatalf("selected %v, want two.md:5", p)
	}

	ro, cmd := tuitest.Update(m, tuitest.Press("e"))
	if cmd != nil || !strings.Contains(ro.View(), "read-only") || ro.Action() != nil {
		t.Errorf("e on the built-in pack: cmd %v, action %v, view:\n%s", cmd != nil, ro.Action(), ro.View())
	}

	dir := t.TempDir()
	vim := filepath.Join(dir, "vim")
	if err := os.WriteFile(vim, []byte("#!/bin/sh\nexit 0\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	m.Editor = action.Editor{Getenv: func(k string) string { return map[string]string{"VISUAL": vim}[k] }, Dir: dir}
	ed, cmd := tuitest.Update(m, tuitest.Press("e"))
	if cmd == nil || ed.Action() != nil || strings.Contains(ed.View(), "editor") {
		t.Errorf("e on a pack folder: cmd %v, action %v, view:\n%s", cmd != nil, ed.Action(), ed.View())
	}

	m.Editor.Getenv = func(k string) string { return map[string]string{"VISUAL": "/no/such/editor"}[k] }
	bad, cmd := tuitest.Update(m, tuitest.Press("e"))
	if cmd != nil || !strings.Contains(bad.View(), "editor: cannot run /no/such/editor") {
		t.Errorf("e with a missing editor: cmd %v, view:\n%s", cmd != nil, bad.View())
	}
}
