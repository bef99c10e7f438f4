package knowledge

import (
	"strconv"
	"strings"

	"github.com/versus-dev/versus/knowledge/sanitize"
)

// checkTables marks the comparison tables of a section and reports tables
// that look like comparison tables but do not match the subjects, and rows
// with more cells than their header. Without subjects (a broken pack.yaml)
// only the rows are checked; unless authored, only the shape is.
func checkTables(file string, tables []parsedTable, subjects []string, authored bool) ([]Table, []Problem) {
	var problems []Problem
	var out []Table
	for _, t := range tables {
		if len(subjects) >= 2 {
			switch {
			case isComparison(t.Header, subjects):
				t.Comparison = true
			case authored && namesSubjects(t.Header, subjects):
				problems = append(problems, problemf(file, t.Line, "%s", comparisonMismatch(t.Header, subjects)))
			}
		}
		for _, line := range t.longRows {
			problems = append(problems, problemf(file, line, "table row has more cells than the header's %d", len(t.Header)))
		}
		out = append(out, t.Table)
	}
	return out, problems
}

// isComparison reports whether a header is a criterion column followed by
// the subjects, in order, compared without regard to case.
func isComparison(header, subjects []string) bool {
	if len(header) != len(subjects)+1 {
		return false
	}
	for i, s := range subjects {
		if !strings.EqualFold(strings.TrimSpace(header[i+1]), s) {
			return false
		}
	}
	return true
}

// namesSubjects reports whether a header names two or more subjects: the
// author meant a comparison table, so a mismatch is a mistake rather than
// an ordinary table.
func namesSubjects(header, subjects []string) bool {
	named := 0
	for _, s := range subjects {
		for _, h := range header {
			if strings.EqualFold(strings.TrimSpace(h), s) {
				named++
				break
			}
		}
	}
	return named >= 2
}

func comparisonMismatch(header, subjects []string) string {
	list := strings.Join(subjects, ", ")
	if len(header) != len(subjects)+1 {
		return "comparison table has " + strconv.Itoa(len(header)) + " columns, want " + strconv.Itoa(len(subjects)+1) +
			": a criterion column, then " + list
	}
	return "comparison table columns must be a criterion column, then " + list + ", in that order"
}

// checkUnique reports sections sharing an id, and aspects sharing a number.
// The first file in pack order keeps the id; later ones are reported.
func checkUnique(files []*sectionFile) []Problem {
	var problems []Problem
	ids := map[string]*sectionFile{}
	numbers := map[int]*sectionFile{}
	for _, sf := range files {
		if !sf.hasID {
			continue
		}
		if first, dup := ids[sf.meta.id]; dup {
			problems = append(problems, problemf(sf.path, sf.meta.idLine, "duplicate id %s, already used by %s", quote(sf.meta.id), sanitize.Line(first.path)))
			sf.dupID = true
		} else {
			ids[sf.meta.id] = sf
		}
		if sf.meta.kind != KindAspect || sf.meta.number == 0 {
			continue
		}
		if first, dup := numbers[sf.meta.number]; dup {
			problems = append(problems, problemf(sf.path, sf.meta.numberLine, "aspect number %d already used by %s", sf.meta.number, sanitize.Line(first.path)))
		} else {
			numbers[sf.meta.number] = sf
		}
	}
	return problems
}
