package knowledge

import (
	"sort"
	"unicode/utf8"
)

// lineIndex maps byte offsets of a text to 1-based line numbers, counted
// from a first line that need not be 1 (a section body starts after its
// front matter).
type lineIndex struct {
	starts []int // byte offset at which each line starts
	first  int   // line number of starts[0]
}

func newLineIndex(src []byte, first int) lineIndex {
	starts := make([]int, 1, len(src)/40+1)
	for i, c := range src {
		if c == '\n' {
			starts = append(starts, i+1)
		}
	}
	return lineIndex{starts: starts, first: first}
}

// line returns the line holding byte offset off.
func (li lineIndex) line(off int) int {
	i := sort.SearchInts(li.starts, off+1) - 1
	if i < 0 {
		i = 0
	}
	return li.first + i
}

// start returns the byte offset at which line n begins; n past the end gives
// the length of the text.
func (li lineIndex) start(n, size int) int {
	i := n - li.first
	switch {
	case i < 0:
		return 0
	case i >= len(li.starts):
		return size
	}
	return li.starts[i]
}

// invalidUTF8 returns the 1-based line and the value of the first byte of src
// that is not part of valid UTF-8, or ok when all of src is valid.
func invalidUTF8(src []byte) (line int, bad byte, ok bool) {
	if utf8.Valid(src) {
		return 0, 0, true
	}
	line = 1
	for i := 0; i < len(src); {
		r, size := utf8.DecodeRune(src[i:])
		if r == utf8.RuneError && size <= 1 {
			return line, src[i], false
		}
		if src[i] == '\n' {
			line++
		}
		i += size
	}
	return line, 0, false
}
