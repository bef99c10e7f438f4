package knowledge

import (
	"strings"
	"unicode/utf8"
)

// Markdown written without versus in mind names no subjects, yet its
// comparison tables are plain to see: a criterion column, then one column
// per thing compared ("| | Go | Rust |"). guessSubjects finds them.

// isAttributeHeader reports whether a column name belongs to a table that
// describes one thing (options, fields, flags) rather than compares several.
// A switch rather than a package map: nothing at package level can change.
func isAttributeHeader(low string) bool {
	switch low {
	case "description", "type", "default", "required", "value",
		"values", "example", "examples", "notes", "note",
		"meaning", "usage", "details", "comment", "comments",
		"purpose", "status", "version", "name", "since":
		return true
	}
	return false
}

// maxSubjectLen is the longest header cell taken for a subject's name.
const maxSubjectLen = 40

// guessSubjects returns the subjects of the most common comparison-like
// table header among tables, or nil when no table looks like one.
func guessSubjects(tables [][]parsedTable) []string {
	count := map[string]int{}
	first := map[string][]string{}
	var order []string
	for _, ts := range tables {
		for _, t := range ts {
			subj, ok := comparisonColumns(t)
			if !ok {
				continue
			}
			key := strings.ToLower(strings.Join(subj, "\x00"))
			if count[key] == 0 {
				first[key] = subj
				order = append(order, key)
			}
			count[key]++
		}
	}
	best := ""
	for _, k := range order {
		if count[k] > count[best] {
			best = k
		}
	}
	return first[best]
}

// comparisonColumns returns the subjects a table's header names when it
// reads as a comparison: three columns or more, rows, and after the first
// column short, distinct names that are not attribute names.
func comparisonColumns(t parsedTable) ([]string, bool) {
	if len(t.Header) < 3 || len(t.Rows) == 0 {
		return nil, false
	}
	subj := make([]string, 0, len(t.Header)-1)
	seen := map[string]bool{}
	for _, h := range t.Header[1:] {
		h = strings.TrimSpace(h)
		low := strings.ToLower(h)
		if h == "" || utf8.RuneCountInString(h) > maxSubjectLen || seen[low] || isAttributeHeader(low) {
			return nil, false
		}
		seen[low] = true
		subj = append(subj, h)
	}
	return subj, true
}

// numberAspects makes each section of plain markdown that holds a
// comparison table an aspect, numbered in order, so that the tables and
// the side-by-side comparison work on it as on a pack's aspects.
// Numbers front matter gave are kept, and skipped.
func numberAspects(sections []*Section) {
	used := map[int]bool{}
	for _, s := range sections {
		if s.Number > 0 {
			used[s.Number] = true
		}
	}
	n := 0
	for _, s := range sections {
		if s.Kind == KindFAQ || s.Number > 0 || len(s.ComparisonTables()) == 0 {
			continue
		}
		for n++; used[n]; n++ {
		}
		s.Kind, s.Number = KindAspect, n
	}
}
