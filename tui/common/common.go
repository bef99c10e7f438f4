// Package common holds what the TUI's panes share: the context passed down
// from the root model, the contract every pane fulfils, and the actions
// panes ask of the root.
package common

import (
	"charm.land/bubbles/v2/help"
	tea "charm.land/bubbletea/v2"

	"github.com/versus-dev/versus/knowledge"
	"github.com/versus-dev/versus/knowledge/search"
	"github.com/versus-dev/versus/markdown"
	"github.com/versus-dev/versus/tui/theme"
)

// Common is the read-only context every pane receives from the root. It is
// passed by value; the root builds a new one when the theme changes.
type Common struct {
	Pack     *knowledge.Pack
	Index    *search.Index
	Renderer *markdown.Renderer // safe for concurrent use; call it in a tea.Cmd
	Styles   *theme.Styles      // shared, never changed: a new theme is a new Styles
	Style    string             // glamour style name for markdown ("dark", "light", "notty", ...)
	// AfterShown makes work nobody is waiting for (rendering the sections
	// next to the one on screen) wait until the first screen with content
	// is on the terminal, so that it does not compete with the first frame
	// for the processor, and drops it once the program has ended
	// (program.Startup.AfterShown). nil: the work runs at once.
	AfterShown func(tea.Cmd) tea.Cmd
	// Measure is the widest prose is rendered (the reader's sections, the
	// FAQ's answers), from --width; 0 means the default (layout.Measure).
	Measure int
}

// Pane is the contract between the root and every view it shows, in the
// body (FAQ, tables, compare) or over it (search, help).
//
// The root keeps only the panes on screen, so a pane that is not shown
// does no work; it hands a pane every message meant for it and reads the
// pane's Action right after each Update.
type Pane interface {
	help.KeyMap

	// Update handles a message and returns the updated pane.
	Update(tea.Msg) (Pane, tea.Cmd)
	// View draws the pane at exactly the size it was given.
	View() string
	// SetSize gives the pane its size; the command it returns renders what
	// the new size needs (markdown re-wrapped at the new width), or is nil.
	SetSize(w, h int) tea.Cmd
	// SetCommon hands the pane a new context (a new theme or index); the
	// command re-renders what the change invalidates, or is nil.
	SetCommon(Common) tea.Cmd
	// Capturing reports whether the pane takes typed text now, so that the
	// root's single-key bindings (q, digits, /) go to it instead.
	Capturing() bool
	// Action is what the last Update asked the root to do, or nil. It is
	// read at once, on the Update loop: a request never travels in a
	// command, so it can never reach a pane that did not make it.
	Action() Action
}

// Action is a request from a pane to the root: Close, Open or Copy.
type Action interface{ action() }

// Close asks the root to close the pane that returned it.
type Close struct{}

// Open asks the root to show a section in the reader.
type Open struct {
	ID     string // section id
	Anchor string // heading anchor to scroll to; may be empty
	Query  string // text to set as the reader's in-section query (n/N); may be empty
}

// Copy asks the root to put text on the clipboard, naming it Label in
// the status ("row \"Startup\" from Performance"). The root knows the
// terminal and the system clipboard; a pane knows only what to copy.
type Copy struct {
	Text  string
	Label string
}

func (Close) action() {}
func (Open) action()  {}
func (Copy) action()  {}

// OpenSectionMsg asks the root to show a section in the reader. The
// browse pane's list sends it; panes on the contract return Open instead.
type OpenSectionMsg Open
