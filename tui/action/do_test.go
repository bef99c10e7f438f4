package action

import (
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/versus-dev/versus/knowledge"
)

// reader is a reader pane with a section, a focused link maybe, and
// nothing at the top of its view.
type reader struct {
	sec     *knowledge.Section
	link    knowledge.Link
	focused bool
}

func (r reader) Section() *knowledge.Section                 { return r.sec }
func (r reader) FocusedLink() (knowledge.Link, bool)         { return r.link, r.focused }
func (r reader) CodeBlockAtTop() (knowledge.CodeBlock, bool) { return knowledge.CodeBlock{}, false }
func (r reader) HeadingAtTop() (knowledge.Heading, bool)     { return knowledge.Heading{}, false }

// TestDoActsOnTheReader checks that each action key reaches its action,
// with what the reader shows, and that other keys are not an action's.
func TestDoActsOnTheReader(t *testing.T) {
	sec := &knowledge.Section{ID: "speed", Title: "Speed", File: "speed.md", BodyLine: 5}
	dir := t.TempDir()
	e := Env{Getenv: env("EDITOR", script(t, dir, "ed", "")), PackDir: dir}
	k := DefaultKeys()
	press := func(s string) tea.KeyPressMsg { return tea.KeyPressMsg{Code: rune(s[0]), Text: s} }
	r := reader{sec: sec, link: knowledge.Link{Dest: "https://go.dev"}, focused: true}

	if cmd, note, ok := e.Do(press("Y"), k, r); !ok || cmd != nil || note != "Speed has no code block to copy" {
		t.Errorf("Y: %v %q %v", cmd != nil, note, ok)
	}
	if cmd, note, ok := e.Do(press("o"), k, r); !ok || cmd == nil || note != "opening https://go.dev…" {
		t.Errorf("o: %v %q %v", cmd != nil, note, ok)
	}
	if cmd, _, ok := e.Do(press("y"), k, r); !ok || cmd == nil {
		t.Errorf("y: %v %v", cmd != nil, ok)
	}
	if _, _, ok := e.Do(press("j"), k, r); ok {
		t.Error("j was taken for an action")
	}
	if cmd, note, ok := e.Do(press("e"), k, r); !ok || cmd == nil || note != "" {
		t.Errorf("e: %v %q %v", cmd != nil, note, ok)
	}
}
