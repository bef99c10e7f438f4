package compare

import (
	"github.com/versus-dev/versus/tui/internal/layout"
	"github.com/versus-dev/versus/tui/internal/render"
)

// drawn is what the panes' lines were last put together from: the
// sections, their texts' renders, the widths and whether the panes sit
// side by side. The zero value matches nothing drawn.
type drawn struct {
	ids   [2]string
	keys  [2][2]render.Key
	width [2]int
	align bool
}

// assemble puts each pane's lines together, when what they are made of
// changed: its summary, its table, then its body. Side by side the two
// tables start on the same line, under the taller of the two summaries,
// and their shared criteria stay level (drawTables); stacked, each pane
// stands alone.
func (m *Model) assemble() {
	if m.mode != ModeView {
		return
	}
	d := drawn{align: m.width >= layout.Wide}
	for i, p := range m.panes {
		d.ids[i], d.width[i] = p.section.ID, p.vp.Width()
		for j, t := range p.texts {
			d.keys[i][j] = t.shown
		}
	}
	if d == m.drawn {
		return
	}
	m.drawn = d
	var w [2]int
	var top [2]int // the line each table starts on
	for i, p := range m.panes {
		w[i] = max(d.width[i]-2*len(margin), 0)
		if n := len(p.texts[summaryText].lines); n > 0 {
			top[i] = n + 1 // and a blank line
		}
	}
	if d.align {
		top[0] = max(top[0], top[1])
		top[1] = top[0]
	}
	tables, shared := drawTables([2]table{m.panes[Left].table, m.panes[Right].table}, w, d.align, m.styles.table)
	var lines [2][]string
	end := 0 // the line after the lower of the two tables
	for i := range m.panes {
		p := &m.panes[i]
		if !p.ready() {
			continue
		}
		l := append([]string{}, p.texts[summaryText].lines...)
		for len(l) < top[i] {
			l = append(l, "")
		}
		l = append(l, tables[i]...)
		end = max(end, len(l))
		if body := p.texts[bodyText].lines; len(body) > 0 {
			if len(l) > 0 {
				l = append(l, "")
			}
			l = append(l, body...)
		}
		lines[i] = l
	}
	if d.align && shared && m.panes[Left].ready() && m.panes[Right].ready() {
		// Synced scrolling moves both panes to one offset, but a pane
		// stops at its last page: a short one would stop while the
		// tables are still in view, and its rows would slide off their
		// partners. Padded to a page past the tables (or to the longer
		// pane), both scroll together as long as a row of them shows.
		target := min(max(len(lines[Left]), len(lines[Right])), end+m.panes[Left].vp.Height())
		for i := range lines {
			for len(lines[i]) < target {
				lines[i] = append(lines[i], "")
			}
		}
	}
	for i := range m.panes {
		if lines[i] == nil {
			m.panes[i].show([]string{render.Placeholder})
			continue
		}
		m.panes[i].show(lines[i])
	}
	m.refind()
}
