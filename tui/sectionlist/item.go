package sectionlist

import (
	"fmt"
	"io"
	"strings"

	"charm.land/bubbles/v2/list"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/versus-dev/versus/knowledge"
	"github.com/versus-dev/versus/tui/theme"
)

// item is one row of the list: a section, or the heading of a run of
// sections of one group (sec is nil).
type item struct {
	sec   *knowledge.Section
	kind  knowledge.Kind
	group string // the heading's label
}

// FilterValue implements list.Item; the list's own filter is off, because
// the global search overlay does that job better.
func (i item) FilterValue() string {
	if i.sec == nil {
		return ""
	}
	return i.sec.Title
}

func (i item) header() bool { return i.sec == nil }

// buildItems lists the pack's sections in pack order, with a heading each
// time the group changes: the kind in a pack, so aspects read as one
// numbered block; the folder in a folder of plain markdown.
func buildItems(p *knowledge.Pack) []list.Item {
	var out []list.Item
	last := ""
	for i, s := range p.Sections {
		g := s.ListGroup()
		if i == 0 || g != last {
			out = append(out, item{kind: s.Kind, group: g})
			last = g
		}
		out = append(out, item{sec: s, kind: s.Kind})
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

// delegate draws one row per item.
type delegate struct {
	styles   theme.Styles
	numW     int
	focused  bool
	selected int // index of the row drawn selected; -1 for none
}

func (d delegate) Height() int                         { return 1 }
func (d delegate) Spacing() int                        { return 0 }
func (d delegate) Update(tea.Msg, *list.Model) tea.Cmd { return nil }

func (d delegate) Render(w io.Writer, m list.Model, index int, li list.Item) {
	it, ok := li.(item)
	width := m.Width()
	if !ok || width <= 0 {
		return
	}
	if it.header() {
		label := " " + it.group + " "
		line := "─" + label + strings.Repeat("─", max(0, width-ansi.StringWidth(label)-1))
		_, _ = io.WriteString(w, d.styles.GroupHeader.Render(ansi.Truncate(line, width, "")))
		return
	}
	selected := index == d.selected
	marker := "  "
	if selected {
		marker = "› "
	}
	num := ""
	if it.kind == knowledge.KindAspect && d.numW > 0 {
		if it.sec.Number > 0 {
			num = fmt.Sprintf("%*d. ", d.numW, it.sec.Number)
		} else {
			num = strings.Repeat(" ", d.numW+2)
		}
	}
	title := it.sec.Title
	room := width - ansi.StringWidth(marker) - ansi.StringWidth(num)
	if room < 1 {
		_, _ = io.WriteString(w, ansi.Truncate(marker+num+title, width, ""))
		return
	}
	title = ansi.Truncate(title, room, "…")
	pad := strings.Repeat(" ", max(0, room-ansi.StringWidth(title)))
	switch {
	case selected && d.focused:
		_, _ = io.WriteString(w, d.styles.Selected.Render(marker+num+title+pad))
	case selected:
		_, _ = io.WriteString(w, d.styles.Muted.Render(marker)+d.styles.Number.Render(num)+d.styles.Muted.Bold(true).Render(title)+pad)
	default:
		_, _ = io.WriteString(w, marker+d.styles.Number.Render(num)+title+pad)
	}
}
