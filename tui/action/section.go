package action

import (
	"errors"
	"os"
	"os/exec"
	"runtime"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/versus-dev/versus/knowledge"
)

// Env is what acting on the section in the reader needs from the
// process. Each action returns its command, or nil and the sentence that
// says why there is none, for the status bar.
type Env struct {
	Getenv  func(string) string // the environment of the editor, browser and clipboard; nil = os.Getenv
	PackDir string              // the pack's folder; "" for the built-in pack, which cannot be edited
	// Clipboard writes the system clipboard in place of the tool found
	// on this system (see Clipboard.System); nil = that tool. Tests give
	// their own, so that they never write the user's clipboard.
	Clipboard func(string) error
}

// clipboard is the Clipboard copies go to.
func (e Env) clipboard() Clipboard {
	c := NewClipboard(e.getenv)
	if e.Clipboard != nil {
		c.System = e.Clipboard
	}
	return c
}

func (e Env) getenv(k string) string {
	if e.Getenv != nil {
		return e.Getenv(k)
	}
	return os.Getenv(k)
}

// Keys are the reader's action keys.
type Keys struct {
	Copy     key.Binding // the focused web link's URL, else the section
	CopyCode key.Binding // the code block at the top of the view
	OpenLink key.Binding // the focused web link, in the browser
	Edit     key.Binding // the section's file, at the heading at the top
}

// DefaultKeys returns the default action keys.
func DefaultKeys() Keys {
	return Keys{
		Copy:     key.NewBinding(key.WithKeys("y"), key.WithHelp("y", "copy section or link")),
		CopyCode: key.NewBinding(key.WithKeys("Y"), key.WithHelp("Y", "copy code block at top")),
		OpenLink: key.NewBinding(key.WithKeys("o"), key.WithHelp("o", "open link in browser")),
		Edit:     key.NewBinding(key.WithKeys("e"), key.WithHelp("e", "edit section file")),
	}
}

// Matches reports whether msg is one of the action keys.
func (k Keys) Matches(msg tea.KeyPressMsg) bool {
	return key.Matches(msg, k.Copy, k.CopyCode, k.OpenLink, k.Edit)
}

// Reader is the reader pane, as far as the actions read it.
type Reader interface {
	Section() *knowledge.Section
	FocusedLink() (knowledge.Link, bool)
	CodeBlockAtTop() (knowledge.CodeBlock, bool)
	HeadingAtTop() (knowledge.Heading, bool)
}

// Do does what msg asks of the section in r, which must have one: the
// command, and the note for the status bar. ok is false for a key that is
// none of k's.
func (e Env) Do(msg tea.KeyPressMsg, k Keys, r Reader) (cmd tea.Cmd, note string, ok bool) {
	sec := r.Section()
	link, focused := r.FocusedLink()
	switch {
	case key.Matches(msg, k.Copy):
		cmd = e.Copy(sec, link, focused)
	case key.Matches(msg, k.CopyCode):
		b, found := r.CodeBlockAtTop()
		cmd, note = e.CopyCode(sec, b, found)
	case key.Matches(msg, k.OpenLink):
		cmd, note = e.Open(link, focused)
	case key.Matches(msg, k.Edit):
		line := sec.BodyLine // above the first heading: the body's first line
		if h, under := r.HeadingAtTop(); under {
			line = h.Line
		}
		cmd, note = e.Edit(sec, line)
	default:
		return nil, "", false
	}
	return cmd, note, true
}

// Copy copies the focused link's URL when it is a web link (focused says
// there is one), else sec as markdown.
func (e Env) Copy(sec *knowledge.Section, link knowledge.Link, focused bool) tea.Cmd {
	clip := e.clipboard()
	if focused && link.External() {
		return clip.Copy(link.Dest, "the link's URL")
	}
	return clip.Copy("# "+sec.Title+"\n\n"+sec.Body, sec.Title)
}

// CopyText copies text, named label in the status.
func (e Env) CopyText(text, label string) tea.Cmd { return e.clipboard().Copy(text, label) }

// CopyCode copies b, the code block at the top of the reader's view, or
// says that sec has none (found is false).
func (e Env) CopyCode(sec *knowledge.Section, b knowledge.CodeBlock, found bool) (tea.Cmd, string) {
	if !found {
		return nil, sec.Title + " has no code block to copy"
	}
	return e.clipboard().Copy(b.Code, CodeLabel(b.Lang, sec.Title)), ""
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
