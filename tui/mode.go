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
