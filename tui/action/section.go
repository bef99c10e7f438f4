package action

import (
	"errors"
	"os"
	"os/exec"
	"runtime"

	tea "charm.land/bubbletea/v2"

	"github.com/versus-dev/versus/knowledge"
)

// Env is what acting on the section in the reader needs from the
// process. Each action returns its command, or nil and the sentence that
// says why there is none, for the status bar.
type Env struct {
	Getenv  func(string) string // the environment of the editor, browser and clipboard; nil = os.Getenv
	PackDir string              // the pack's folder; "" for the built-in pack, which cannot be edited
}

func (e Env) getenv(k string) string {
	if e.Getenv != nil {
		return e.Getenv(k)
	}
	return os.Getenv(k)
}

// Copy copies the focused link's URL when it is a web link (focused says
// there is one), else sec as markdown.
func (e Env) Copy(sec *knowledge.Section, link knowledge.Link, focused bool) tea.Cmd {
	clip := NewClipboard(e.getenv)
	if focused && link.External() {
		return clip.Copy(link.Dest, "the link's URL")
	}
	return clip.Copy("# "+sec.Title+"\n\n"+sec.Body, sec.Title)
}

// CopyText copies text, named label in the status.
func (e Env) CopyText(text, label string) tea.Cmd { return NewClipboard(e.getenv).Copy(text, label) }

// CopyCode copies b, the code block at the top of the reader's view, or
// says that sec has none (found is false).
func (e Env) CopyCode(sec *knowledge.Section, b knowledge.CodeBlock, found bool) (tea.Cmd, string) {
	if !found {
		return nil, sec.Title + " has no code block to copy"
	}
	return NewClipboard(e.getenv).Copy(b.Code, CodeLabel(b.Lang, sec.Title)), ""
}

// Open opens the focused link in the browser when it is a web link. Its
// note is said either way: what is being opened, or why nothing is.
func (e Env) Open(link knowledge.Link, focused bool) (tea.Cmd, string) {
	if !focused || !link.External() {
		return nil, "select a web link first (tab)"
	}
	o := Opener{Getenv: e.getenv, LookPath: exec.LookPath, GOOS: runtime.GOOS, Grace: DefaultGrace}
	return o.Open(link.Dest), "opening " + link.Dest + "…"
}

// Edit opens sec's file in the user's editor at line.
func (e Env) Edit(sec *knowledge.Section, line int) (tea.Cmd, string) {
	cmd, err := e.Editor().Edit(sec.File, line)
	switch {
	case errors.Is(err, ErrReadOnly):
		return nil, err.Error()
	case err != nil:
		return nil, "editor: " + err.Error()
	}
	return cmd, ""
}

// Editor edits the files of the pack on screen.
func (e Env) Editor() Editor { return Editor{Getenv: e.getenv, Dir: e.PackDir} }
