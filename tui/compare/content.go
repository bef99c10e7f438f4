package compare

import (
	"strings"

	"github.com/versus-dev/versus/knowledge"
)

// summaryMarkdown is what a pane shows above its table: the section's
// summary, set apart as a quotation.
func summaryMarkdown(s *knowledge.Section) string {
	sum := strings.TrimSpace(s.Summary)
	if sum == "" {
		return ""
	}
	return "> " + strings.ReplaceAll(sum, "\n", "\n> ") + "\n"
}

// bodyMarkdown is what a pane shows under its table: the section's text
// without its comparison tables, which the table above shows, and
// without a first heading repeating the pane's title. No rule is added
// between them: glamour draws a thematic break as a row of dashes that
// reads as part of the table above it.
func bodyMarkdown(s *knowledge.Section) string {
	return withoutTitle(withoutTables(s, s.ComparisonTables()), s.Title)
}

// withoutTitle drops a first heading that only repeats the section's
// title, which the pane's title line shows already.
func withoutTitle(body, title string) string {
	lines := strings.Split(body, "\n")
	for i, l := range lines {
		t := strings.TrimSpace(l)
		if t == "" {
			continue
		}
		if strings.HasPrefix(t, "# ") && strings.TrimSpace(t[2:]) == title {
			return strings.Join(append(lines[:i:i], lines[i+1:]...), "\n")
		}
		break
	}
	return body
}

// withoutTables returns the section's body with the given tables cut
// out, along with a heading left with nothing under it. A table is cut
// only when the lines it should occupy look like table lines, so that a
// body out of step with the parsed positions is left whole.
func withoutTables(s *knowledge.Section, tables []knowledge.Table) string {
	lines := strings.Split(s.MarkedBody(), "\n")
	drop := make([]bool, len(lines))
	for _, t := range tables {
		first := t.Line - s.BodyLine // header row, 0-based in Body
		last := first + 1 + len(t.Rows)
		if first < 0 || last >= len(lines) || !allTableLines(lines[first:last+1]) {
			continue
		}
		for i := first; i <= last; i++ {
			drop[i] = true
		}
		if h := headingOnlyAbove(s, lines, first, last); h >= 0 {
			drop[h] = true
		}
	}
	var out []string
	for i, l := range lines {
		if !drop[i] {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}

func allTableLines(lines []string) bool {
	for _, l := range lines {
		if !strings.Contains(l, "|") {
			return false
		}
	}
	return true
}

// headingOnlyAbove returns the body line of the ATX heading right above
// a table spanning body lines first..last when the table is all that
// heading holds, or -1.
func headingOnlyAbove(s *knowledge.Section, lines []string, first, last int) int {
	h, level := -1, 0
	for _, hd := range s.Headings {
		at := hd.Line - s.BodyLine
		if at >= first {
			break
		}
		h, level = at, hd.Level
	}
	if h < 0 || h >= len(lines) || !strings.HasPrefix(strings.TrimSpace(lines[h]), "#") {
		return -1
	}
	if !blank(lines[h+1 : first]) {
		return -1
	}
	end := len(lines)
	for _, hd := range s.Headings {
		if at := hd.Line - s.BodyLine; at > last {
			if hd.Level > level { // a sub-heading: the heading holds more than the table
				return -1
			}
			end = min(at, len(lines))
			break
		}
	}
	if !blank(lines[last+1 : end]) {
		return -1
	}
	return h
}

func blank(lines []string) bool {
	for _, l := range lines {
		if strings.TrimSpace(l) != "" {
			return false
		}
	}
	return true
}
