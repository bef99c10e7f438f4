package tui

import (
	"github.com/versus-dev/versus/tui/browse"
	"github.com/versus-dev/versus/tui/overlay"
	"github.com/versus-dev/versus/tui/reader"
)

// Mode returns the mode on screen.
func (m Model) Mode() Mode { return m.mode }

// Overlay returns the overlay on top.
func (m Model) Overlay() Overlay { return m.overlays.Kind() }

// Overlay is a dialog drawn over the body (see tui/overlay).
type Overlay = overlay.Kind

// The root's overlays, by the names the tests use.
const (
	OverlayNone      = overlay.None
	OverlaySearch    = overlay.Search
	OverlayHelp      = overlay.Help
	OverlayBookmarks = overlay.Bookmarks
	OverlayProblems  = overlay.Problems
)

// Focus returns the browse-mode pane with the focus.
func (m Model) Focus() browse.Focus { return m.browse.Focus() }

// Reader returns the reader pane.
func (m Model) Reader() reader.Model { return m.browse.Reader() }

// The panes of browse mode.
const (
	FocusList   = browse.FocusList
	FocusReader = browse.FocusReader
)
