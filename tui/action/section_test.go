package action

import (
	"strings"
	"testing"

	"github.com/versus-dev/versus/knowledge"
)

// TestSectionActionsSayWhyNot checks the notes of the actions that cannot
// act: o without a web link focused, e on the built-in pack or with an
// editor that cannot run.
func TestSectionActionsSayWhyNot(t *testing.T) {
	sec := &knowledge.Section{ID: "speed", Title: "Speed", File: "speed.md", BodyLine: 5}
	e := Env{Getenv: env()}
	for _, l := range []struct {
		link    knowledge.Link
		focused bool
	}{{knowledge.Link{Dest: "https://go.dev"}, false}, {knowledge.Link{Dest: "other.md", Target: "other"}, true}} {
		if cmd, note := e.Open(l.link, l.focused); cmd != nil || note != "select a web link first (tab)" {
			t.Errorf("o on %+v: %q", l, note)
		}
	}
	if cmd, note := e.Open(knowledge.Link{Dest: "https://go.dev"}, true); cmd == nil || note != "opening https://go.dev…" {
		t.Errorf("o on a web link: %q", note)
	}
	if cmd, note := e.Edit(sec, sec.BodyLine); cmd != nil || !strings.Contains(note, "built-in pack is read-only") {
		t.Errorf("e on the built-in pack: %q", note)
	}
	e = Env{Getenv: env("EDITOR", "/nonexistent/editor"), PackDir: t.TempDir()}
	if cmd, note := e.Edit(sec, sec.BodyLine); cmd != nil || !strings.HasPrefix(note, "editor: ") {
		t.Errorf("e with an editor that cannot run: %q", note)
	}
}
