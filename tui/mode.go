package tui

// Mode is the view filling the body of the screen.
type Mode int

// The root's modes.
const (
	ModeBrowse  Mode = iota // section list and reader
	ModeTables              // comparison tables
	ModeFAQ                 // questions and answers
	ModeCompare             // two aspects side by side
)

// String names the mode as the title bar shows it.
func (m Mode) String() string {
	switch m {
	case ModeBrowse:
		return "browse"
	case ModeTables:
		return "tables"
	case ModeFAQ:
		return "FAQ"
	case ModeCompare:
		return "compare"
	}
	return "unknown"
}

// Overlay is a dialog drawn over the body.
type Overlay int

// The root's overlays.
const (
	OverlayNone      Overlay = iota
	OverlaySearch            // global search
	OverlayHelp              // every binding of the view below
	OverlayBookmarks         // the bookmarks and the sections read recently
	OverlayProblems          // the pack's content problems
)

// String names the overlay.
func (o Overlay) String() string {
	switch o {
	case OverlayNone:
		return "none"
	case OverlaySearch:
		return "search"
	case OverlayHelp:
		return "help"
	case OverlayBookmarks:
		return "bookmarks"
	case OverlayProblems:
		return "problems"
	}
	return "unknown"
}
