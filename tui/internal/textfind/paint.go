package textfind

import (
	"slices"

	"charm.land/lipgloss/v2"
)

// Mark is a hit drawn in a style.
type Mark struct {
	Hit   Hit
	Style lipgloss.Style
}

// Paint draws the marks into a copy of lines and returns it with the
// indexes of the lines it changed; with no marks it returns lines itself.
// Where marks overlap, the earlier one wins.
func Paint(lines []string, marks []Mark) ([]string, []int) {
	if len(marks) == 0 {
		return lines, nil
	}
	byLine := map[int][]lipgloss.Range{}
	for _, mk := range marks {
		for _, s := range mk.Hit {
			if s.Line < 0 || s.Line >= len(lines) || overlaps(byLine[s.Line], s) {
				continue
			}
			byLine[s.Line] = append(byLine[s.Line], lipgloss.NewRange(s.Start, s.End, mk.Style))
		}
	}
	out := slices.Clone(lines)
	changed := make([]int, 0, len(byLine))
	for i, rs := range byLine {
		slices.SortFunc(rs, func(a, b lipgloss.Range) int { return a.Start - b.Start })
		out[i] = lipgloss.StyleRanges(out[i], rs...)
		changed = append(changed, i)
	}
	slices.Sort(changed)
	return out, changed
}

func overlaps(rs []lipgloss.Range, s Span) bool {
	for _, r := range rs {
		if s.Start < r.End && r.Start < s.End {
			return true
		}
	}
	return false
}
