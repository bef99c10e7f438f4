package sectionlist

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/versus-dev/versus/knowledge"
	"github.com/versus-dev/versus/tui/internal/layout"
)

// item is one row of the list: a section, or the heading of a group
// (sec is nil): a kind in a pack, a folder in a folder of plain markdown.
type item struct {
	sec   *knowledge.Section
	kind  knowledge.Kind
	group string // the heading's label
}

func (i item) header() bool { return i.sec == nil }

// buildItems lists the pack's sections under one heading per group.
func buildItems(p *knowledge.Pack) []item {
	var out []item
	for _, g := range p.Groups() {
		out = append(out, item{group: g.Name})
		for _, s := range g.Sections {
			out = append(out, item{sec: s, kind: s.Kind})
		}
	}
	return out
}

// numberWidth is the width of the widest aspect number, so titles line up.
func numberWidth(p *knowledge.Pack) int {
	w := 0
	for _, s := range p.Sections {
		if s.Number > 0 {
			w = max(w, len(fmt.Sprint(s.Number)))
		}
	}
	return w
}

// title is a section's title as one line of text: tabs and line breaks
// would break the measuring of the row. strings.Fields splits at both, so
// no tab is left to expand.
func title(s *knowledge.Section) string {
	return strings.Join(strings.Fields(s.Title), " ")
}

// number is the aspect number column of a row: "4. ", blanks for an
// aspect without a number, nothing for other kinds.
func (m Model) number(it item) string {
	if it.kind != knowledge.KindAspect || m.numW == 0 {
		return ""
	}
	if it.sec.Number > 0 {
		return fmt.Sprintf("%*d. ", m.numW, it.sec.Number)
	}
	return strings.Repeat(" ", m.numW+2)
}

// draw draws an unselected row, its title cut to the width.
func (m Model) draw(it item, w int) string {
	st := m.c.Styles
	if it.header() {
		label := " " + it.group + " "
		line := "─" + label + strings.Repeat("─", max(0, w-ansi.StringWidth(label)-1))
		return st.GroupHeader.Render(ansi.Truncate(line, w, ""))
	}
	num := m.number(it)
	room := w - 2 - ansi.StringWidth(num)
	if room < 1 {
		return layout.FitLine(ansi.Truncate("  "+num+title(it.sec), w, ""), w)
	}
	t := ansi.Truncate(title(it.sec), room, "…")
	return layout.FitLine("  "+st.Number.Render(num)+t, w)
}

// selectedLines draws the selected row: its whole title, wrapped under
// itself, so no title is ever cut where the reader needs it.
func (m Model) selectedLines() []string {
	w := m.width
	it := m.items[m.cursor]
	st := m.c.Styles
	marker, num := "› ", m.number(it)
	indent := ansi.StringWidth(marker) + ansi.StringWidth(num)
	room := w - indent
	if room < 4 {
		return []string{layout.FitLine(ansi.Truncate(marker+num+title(it.sec), w, ""), w)}
	}
	lines := strings.Split(ansi.Wrap(title(it.sec), room, ""), "\n")
	out := make([]string, len(lines))
	for i, l := range lines {
		lead := marker + num
		if i > 0 {
			lead = strings.Repeat(" ", indent)
		}
		pad := strings.Repeat(" ", max(0, room-ansi.StringWidth(l)))
		switch {
		case m.focused:
			out[i] = st.Selected.Render(lead + l + pad)
		case i == 0:
			out[i] = st.Muted.Render(marker) + st.Number.Render(num) + st.Muted.Bold(true).Render(l) + pad
		default:
			out[i] = lead + st.Muted.Bold(true).Render(l) + pad
		}
	}
	return out
}
