package knowledge

import (
	"fmt"
	"strings"
)

// Stats counts what a pack holds, for summaries such as the one
// `versus validate` prints on success.
type Stats struct {
	Sections         int
	Aspects          int
	Tables           int // every table, comparison tables included
	ComparisonTables int
	FAQEntries       int
	Links            int // every link, external ones included
	ExternalLinks    int
}

// Stats counts the sections, tables, FAQ entries and links of the pack.
func (p *Pack) Stats() Stats {
	var st Stats
	for _, s := range p.Sections {
		st.Sections++
		if s.Kind == KindAspect {
			st.Aspects++
		}
		st.Tables += len(s.Tables)
		for _, t := range s.Tables {
			if t.Comparison {
				st.ComparisonTables++
			}
		}
		st.FAQEntries += len(s.FAQ)
		st.Links += len(s.Links)
		for _, l := range s.Links {
			if l.External() {
				st.ExternalLinks++
			}
		}
	}
	return st
}

// String summarises the counts on one line:
// "32 sections, 41 tables, 7 FAQ entries, 120 links".
func (st Stats) String() string {
	parts := []string{
		plural(st.Sections, "section", "sections"),
		plural(st.Tables, "table", "tables"),
		plural(st.FAQEntries, "FAQ entry", "FAQ entries"),
		plural(st.Links, "link", "links"),
	}
	return strings.Join(parts, ", ")
}

func plural(n int, one, many string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, one)
	}
	return fmt.Sprintf("%d %s", n, many)
}
