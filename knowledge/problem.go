package knowledge

import (
	"fmt"
	"strings"
)

// Problem is one thing wrong with a pack, tied to a file and a line.
type Problem struct {
	File string // slash-separated path inside the pack; "." for the pack itself
	Line int    // 1-based; 0 when the problem concerns the whole file
	Msg  string
}

// String formats the problem as FILE:LINE: message, or FILE: message when
// the problem has no line.
func (p Problem) String() string {
	if p.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", p.File, p.Line, p.Msg)
	}
	return fmt.Sprintf("%s: %s", p.File, p.Msg)
}

// Problems is the error Load returns when a pack has problems. It lists
// every problem found, sorted by file then line.
type Problems []Problem

// Error joins the problems one per line.
func (ps Problems) Error() string {
	lines := make([]string, len(ps))
	for i, p := range ps {
		lines[i] = p.String()
	}
	return strings.Join(lines, "\n")
}
