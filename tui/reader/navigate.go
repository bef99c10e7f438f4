package reader

import (
	tea "charm.land/bubbletea/v2"

	"github.com/versus-dev/versus/knowledge"
)

// Moving between sections: opening, previews, the history, and getting
// each render on screen from the caches or from a command.

// Open shows sec, scrolled to the heading with the given anchor (or the top),
// and makes query the in-section query. The place left is recorded in the
// history.
func (m *Model) Open(sec *knowledge.Section, anchor, query string) tea.Cmd {
	if sec == nil {
		return nil
	}
	m.previewing = false
	if m.sec != nil && m.sec.ID == sec.ID && anchor == "" && query == "" {
		return nil // already here: keep the scroll position
	}
	if m.sec != nil {
		m.hist.push(m.here())
	}
	return m.show(sec, &spot{anchor: anchor, toMatch: query != ""}, query)
}

// Preview shows sec as the list's cursor moves over it. A run of previews
// takes one place in the history, not one per section passed.
func (m *Model) Preview(sec *knowledge.Section) tea.Cmd {
	if sec == nil || (m.sec != nil && m.sec.ID == sec.ID) {
		return nil
	}
	if m.sec != nil && !m.previewing {
		m.hist.push(m.here())
	}
	m.previewing = true
	return m.show(sec, &spot{}, "")
}

// Replace shows sec in place of the section on screen, leaving the history
// as it is: for a jump that corrects the one just made.
func (m *Model) Replace(sec *knowledge.Section) tea.Cmd {
	if sec == nil {
		return nil
	}
	m.previewing = false
	return m.show(sec, &spot{}, "")
}

// Back returns to the previous place in the history.
func (m *Model) Back() tea.Cmd {
	p, ok := m.hist.goBack(m.here())
	if !ok {
		return nil
	}
	return m.goTo(p)
}

// Forward undoes a Back.
func (m *Model) Forward() tea.Cmd {
	p, ok := m.hist.goForward(m.here())
	if !ok {
		return nil
	}
	return m.goTo(p)
}

func (m *Model) goTo(p place) tea.Cmd {
	m.previewing = false
	sec := m.c.Pack.Section(p.id)
	if sec == nil {
		return nil
	}
	return m.show(sec, &spot{offset: p.offset, total: p.total, match: p.match + 1}, p.query)
}

// show puts sec on screen, from the caches when it can, and asks for a
// render otherwise.
func (m *Model) show(sec *knowledge.Section, at *spot, query string) tea.Cmd {
	same := m.sec != nil && m.sec.ID == sec.ID
	m.sec = sec
	m.err = nil
	m.note = ""
	m.find.SetQuery(query)
	if !same {
		m.link = -1
	}
	m.pending = at
	if !same {
		m.doc = nil // another section's render must not stay on screen
	}
	cmd := m.request()
	m.updateKeys()
	return cmd
}

// request brings the render for the current key on screen: from the
// reader's documents, from the renderer's cache, or, failing both, from a
// command. Every change of the key comes through here, so that only the
// render of the last key asked for is shown.
func (m *Model) request() tea.Cmd {
	if m.sec == nil {
		return nil
	}
	k := m.key()
	if m.doc != nil && m.doc.key == k && !m.render.Waiting() {
		if m.pending != nil {
			m.setDoc(m.doc)
		}
		return nil
	}
	sec := m.sec
	d, ok, cmd := m.render.Ensure(m.c.Renderer, k, m.source(sec), func(out string) *document {
		return newDocument(k, sec, out)
	})
	if ok {
		m.setDoc(d)
		return nil
	}
	if m.doc == nil && k.Width > 0 {
		m.vp.SetContent("")
	}
	return cmd
}

func (m *Model) source(sec *knowledge.Section) string {
	if s, ok := m.sources[sec.ID]; ok {
		return s
	}
	s := source(sec)
	m.sources[sec.ID] = s
	return s
}

// setDoc puts a render of the current section on screen and scrolls to the
// pending spot, or keeps the reader's relative position after a resize.
func (m *Model) setDoc(d *document) {
	prevTotal := m.vp.TotalLineCount()
	prevOffset := m.vp.YOffset()
	resized := m.doc != nil && m.doc.key.ID == d.key.ID
	m.doc = d
	// The viewport keeps the scroll state; View draws the lines itself
	// from shown, so highlights never make it measure every line again.
	m.vp.SetContentLines(d.lines)
	m.find.Search(d.index)
	m.refresh()
	at := m.pending
	if at != nil {
		m.landed = landing{}
	}
	switch {
	case at == nil && resized:
		if prevTotal > 0 {
			m.vp.SetYOffset(prevOffset * m.vp.TotalLineCount() / prevTotal)
		}
		m.revealFocus()
	case at == nil:
	case at.anchor != "":
		if line, ok := d.anchors[at.anchor]; ok {
			m.vp.SetYOffset(line)
			m.landed = landing{anchor: at.anchor, key: d.key, offset: m.vp.YOffset()}
		} else {
			m.vp.SetYOffset(0)
		}
		if at.toMatch {
			m.firstMatchFrom(m.vp.YOffset())
		}
	case at.toMatch:
		m.firstMatchFrom(0)
	case at.total > 0 && at.total != m.vp.TotalLineCount():
		m.vp.SetYOffset(at.offset * m.vp.TotalLineCount() / at.total)
	default:
		m.vp.SetYOffset(at.offset)
	}
	if at != nil && at.match > 0 && at.match <= len(m.find.Matches()) {
		m.find.SetCurrent(at.match - 1)
		m.refresh()
	}
	m.pending = nil
	m.updateKeys()
}

// DefaultPrefetch is how many sections after the one on screen (and one
// before) are rendered in the background, so that stepping through the
// list finds them ready.
const DefaultPrefetch = 2

// warm renders the sections next to the current one into the renderer's
// cache, off the Update loop. Its command reports nothing.
func (m *Model) warm() tea.Cmd {
	k := m.key()
	secs := m.c.Pack.Sections
	at := -1
	for i, s := range secs {
		if s == m.sec {
			at = i
		}
	}
	if at < 0 || k.Width <= 0 || m.Prefetch <= 0 {
		return nil
	}
	var mds []string
	for i := at - 1; i <= at+m.Prefetch; i++ {
		if i != at && i >= 0 && i < len(secs) {
			mds = append(mds, m.source(secs[i]))
		}
	}
	r := m.c.Renderer
	cmd := func() tea.Msg {
		for _, md := range mds {
			if _, ok := r.Cached(md, k.Width, k.Style); !ok {
				_, _ = r.Render(md, k.Width, k.Style) // an error shows when opened
			}
		}
		return nil
	}
	if m.c.AfterShown != nil {
		return m.c.AfterShown(cmd)
	}
	return cmd
}
