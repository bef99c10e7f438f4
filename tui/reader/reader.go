// Package reader is the pane that shows one section rendered with glamour in
// a scrolling viewport. It renders off the Update loop and keeps finished
// renders, so moving between sections and resizing never blocks typing. It
// lets the reader follow the section's links from the keyboard (tab,
// shift+tab, enter), go back and forward through the sections visited with
// their scroll positions, and step through the matches of an in-section
// query (n, N).
package reader

import (
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"github.com/versus-dev/versus/knowledge"
	"github.com/versus-dev/versus/tui/common"
	"github.com/versus-dev/versus/tui/internal/layout"
	"github.com/versus-dev/versus/tui/internal/render"
	"github.com/versus-dev/versus/tui/internal/textfind"
)

// maxDocs bounds the processed renders a reader keeps.
const maxDocs = 64

// Model is the reader pane.
type Model struct {
	KeyMap KeyMap

	// Prefetch is how many sections after the one shown are rendered in
	// the background (with the one before); 0 turns prefetching off.
	Prefetch int

	measure int // the widest render; a wider pane centres it

	c      common.Common
	vp     viewport.Model
	width  int
	height int

	sec     *knowledge.Section
	doc     *document // on screen; may be an older width while a render runs
	shown   []string  // doc.lines with the highlights drawn in
	shownW  []int     // the width of each shown line
	err     error
	render  render.Tracker[*document]
	sources map[string]string

	hist       history
	previewing bool  // the current place came from a list preview
	pending    *spot // where to scroll once the awaited render arrives
	landed     landing

	link int // focused link, an index into sec.Links; -1 for none
	find textfind.Finder
	note string // one-off status note, cleared by the next key
}

// spot is a scroll target that depends on the render: a heading, a line
// offset within a render of a known length, or the first match.
type spot struct {
	anchor  string
	offset  int
	total   int
	toMatch bool
	match   int // 1 + the match to make current again, going back; 0 for none
}

// New returns an empty reader; Open shows a section in it.
func New(c common.Common) Model {
	vp := viewport.New()
	vp.KeyMap = viewport.KeyMap{} // the reader matches its own keys
	vp.MouseWheelDelta = 3
	m := Model{
		KeyMap:   DefaultKeyMap(),
		Prefetch: DefaultPrefetch,
		measure:  layout.Measure(c.Measure),
		c:        c,
		vp:       vp,
		find:     textfind.New(placeholder),
		render:   render.New(maxDocs, func(r render.Result[*document]) tea.Msg { return renderedMsg{r} }),
		sources:  map[string]string{},
		link:     -1,
	}
	m.applyStyles()
	m.updateKeys()
	return m
}

func (m *Model) applyStyles() {
	st := textinput.DefaultStyles(m.c.Styles.IsDark)
	st.Focused.Prompt = m.c.Styles.StatusKey
	st.Blurred.Prompt = m.c.Styles.Muted
	st.Focused.Placeholder = m.c.Styles.Muted
	st.Blurred.Placeholder = m.c.Styles.Muted
	st.Cursor.Blink = false // a steady cursor, and no timers to run
	if m.c.Styles.NoColor {
		st.Focused.Text = lipgloss.NewStyle()
		st.Blurred.Text = lipgloss.NewStyle()
		st.Cursor.Color = nil
	}
	m.find.SetStyles(st)
}

// SetCommon replaces the shared context after a theme change. A new glamour
// style means a new render; the old one stays on screen until it arrives.
func (m *Model) SetCommon(c common.Common) tea.Cmd {
	m.c = c
	m.measure = layout.Measure(c.Measure)
	m.layout()
	m.applyStyles()
	m.refresh()
	return m.request()
}

// SetSize sets the pane's size. A new width means a new render, and until
// it arrives the previous one is shown cut to the new width.
func (m *Model) SetSize(w, h int) tea.Cmd {
	m.width, m.height = max(0, w), max(0, h)
	m.layout()
	return m.request()
}

// Measure returns the widest render.
func (m Model) Measure() int { return m.measure }

// inset is the column the render starts at: a render narrower than the
// pane is centred in it.
func (m Model) inset() int {
	return max(0, (m.width-m.vp.Width())/2)
}

func (m *Model) layout() {
	h := m.height
	if m.find.Active() {
		h--
	}
	m.vp.SetWidth(min(m.width, m.measure))
	m.vp.SetHeight(max(0, h))
	m.find.SetWidth(m.width)
	if m.doc != nil {
		m.vp.SetYOffset(m.vp.YOffset()) // clamp to the new height
	}
}

// Section returns the section shown, or nil before the first Open.
func (m Model) Section() *knowledge.Section { return m.sec }

// Finding reports whether the in-section query is being typed, in which
// case every key belongs to the reader.
func (m Model) Finding() bool { return m.find.Active() }

// Query returns the in-section query.
func (m Model) Query() string { return m.find.Query() }

// YOffset returns the first line shown.
func (m Model) YOffset() int { return m.vp.YOffset() }

// Rendering reports whether the section on screen waits for its render.
func (m Model) Rendering() bool { return m.render.Waiting() }

// Ready reports whether the current section is on screen at the current
// width and style, with no render outstanding.
func (m Model) Ready() bool { return m.doc != nil && m.doc.key == m.key() && !m.render.Waiting() }

// FocusedLink returns the focused link, if any.
func (m Model) FocusedLink() (knowledge.Link, bool) {
	if m.sec == nil || m.link < 0 || m.link >= len(m.sec.Links) {
		return knowledge.Link{}, false
	}
	return m.sec.Links[m.link], true
}

// Match returns the current match (1-based) and the number of matches.
func (m Model) Match() (int, int) { return m.find.Current() + 1, len(m.find.Matches()) }

// CanGoBack reports whether there is a place to go back to.
func (m Model) CanGoBack() bool { return len(m.hist.back) > 0 }

// CanGoForward reports whether there is a place to go forward to.
func (m Model) CanGoForward() bool { return len(m.hist.forward) > 0 }

// ScrollPercent is how far down the section the view is, 0 to 100.
func (m Model) ScrollPercent() int {
	if m.doc == nil {
		return 0
	}
	return int(m.vp.ScrollPercent()*100 + 0.5)
}

// Fits reports whether the whole section is in view.
func (m Model) Fits() bool {
	return m.doc != nil && m.vp.TotalLineCount() <= m.vp.Height()
}

func (m Model) key() render.Key {
	id := ""
	if m.sec != nil {
		id = m.sec.ID
	}
	return render.Key{ID: id, Width: m.vp.Width(), Style: m.c.Style}
}

func (m Model) here() place {
	if m.sec == nil {
		return place{}
	}
	return place{id: m.sec.ID, offset: m.vp.YOffset(), total: m.vp.TotalLineCount(), query: m.find.Query(), match: m.find.Current()}
}

// Update handles the reader's keys, mouse wheel and render results.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	switch msg := msg.(type) {
	case renderedMsg:
		if !m.render.Accept(msg.Result) {
			return m, nil // stale: the reader has moved on
		}
		if msg.Err != nil {
			m.err = msg.Err
			m.updateKeys()
			return m, nil
		}
		m.setDoc(msg.Value)
		return m, m.warm()
	case tea.MouseClickMsg:
		if msg.Button == tea.MouseLeft && !m.find.Active() {
			return m, m.click(msg.X, msg.Y)
		}
		return m, nil
	case tea.KeyPressMsg:
		if m.find.Active() {
			return m.updateFind(msg)
		}
		m.note = ""
		cmd := m.handleKey(msg)
		m.updateKeys()
		return m, cmd
	case tea.MouseWheelMsg:
		m.vp, _ = m.vp.Update(msg)
		return m, nil
	}
	if m.find.Active() {
		return m.updateFind(msg) // a paste, a cursor blink
	}
	return m, nil
}

func (m *Model) handleKey(msg tea.KeyPressMsg) tea.Cmd {
	k := m.KeyMap
	if d, ok := k.Lines(msg, m.vp.Height()); ok {
		m.vp.SetYOffset(m.vp.YOffset() + d)
		return nil
	}
	switch {
	case key.Matches(msg, k.NextLink):
		m.cycleLink(1)
	case key.Matches(msg, k.PrevLink):
		m.cycleLink(-1)
	case key.Matches(msg, k.Follow):
		return m.follow()
	case key.Matches(msg, k.Back):
		return m.Back()
	case key.Matches(msg, k.Forward):
		return m.Forward()
	case key.Matches(msg, k.Find):
		return m.startFind()
	case key.Matches(msg, k.NextMatch):
		m.cycleMatch(1)
	case key.Matches(msg, k.PrevMatch):
		m.cycleMatch(-1)
	case key.Matches(msg, k.ClearFind):
		m.link = -1
		m.find.SetQuery("")
		m.refresh()
	}
	return nil
}
