// Package common holds what the TUI's panes share: the context passed down
// from the root model and the messages panes send up to it.
package common

import (
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
	Styles   theme.Styles
	Style    string // glamour style name for markdown ("dark", "light", "notty", ...)
}

// OpenSectionMsg asks the root to show a section in the reader.
type OpenSectionMsg struct {
	ID     string // section id
	Anchor string // heading anchor to scroll to; may be empty
	Query  string // text to set as the reader's in-section query (n/N); may be empty
}

// CloseMsg asks the root to close the pane or overlay that sent it.
type CloseMsg struct{}
