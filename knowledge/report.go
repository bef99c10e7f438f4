package knowledge

import (
	"fmt"
	"sort"

	"github.com/versus-dev/versus/knowledge/sanitize"
)

// problemf builds a Problem. The file name comes from the pack and may hold
// control characters, so it is sanitized like any other pack text; message
// arguments taken from the pack must go through quote or sanitize.Line.
func problemf(file string, line int, format string, args ...any) Problem {
	if line < 0 {
		line = 0
	}
	return Problem{File: sanitize.Line(file), Line: line, Msg: fmt.Sprintf(format, args...)}
}

// quote returns pack text in double quotes, safe to print.
func quote(s string) string {
	return `"` + sanitize.Line(s) + `"`
}

// sortProblems orders problems by file then line, keeping the order in which
// they were found for problems on the same line.
func sortProblems(ps Problems) {
	sort.SliceStable(ps, func(i, j int) bool {
		if ps[i].File != ps[j].File {
			return ps[i].File < ps[j].File
		}
		return ps[i].Line < ps[j].Line
	})
}
