package tui

import (
	"regexp"
	"strconv"
	"strings"
)

var sgr = regexp.MustCompile("\x1b\\[([0-9;:]*)m")

// colourSGR returns the first SGR sequence in s that sets a colour, or "".
// Attributes (bold, underline, reverse) are fine under NO_COLOR.
func colourSGR(s string) string {
	for _, m := range sgr.FindAllStringSubmatch(s, -1) {
		for _, p := range strings.FieldsFunc(m[1], func(r rune) bool { return r == ';' || r == ':' }) {
			v, _ := strconv.Atoi(p)
			if v >= 30 && v <= 49 || v >= 90 && v <= 107 || v == 58 || v == 59 {
				if v == 39 || v == 49 || v == 59 {
					continue // "default colour" resets are no colour
				}
				return m[0]
			}
		}
	}
	return ""
}
