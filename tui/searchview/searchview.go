// Package searchview is the global search overlay: a query box over the
// screen whose results follow the query as it is typed.
//
// Each key press only stores the query and returns a tea.Cmd that asks a
// search.Session for the hits; the search of the previous query is
// cancelled through its context, and a result whose sequence number is
// not the latest is dropped, so typing never waits for a search.
//
// Placement: SetSize takes the size of the whole screen. View returns only
// the box, Size() wide and tall (never more than the screen), and Position
// says where its top left corner goes, for the root's overlay stack.
//
// Enter asks the root to open the selected hit (common.Open with the
// hit's anchor and the query, so the reader can highlight it); the root
// closes the overlay then. Esc asks the root to close it (common.Close).
package searchview

import (
	"context"
	"errors"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"github.com/versus-dev/versus/knowledge/sanitize"
	"github.com/versus-dev/versus/knowledge/search"
	"github.com/versus-dev/versus/tui/common"
)

// Limit is the most hits the overlay asks for.
const Limit = 100

// maxSuggestions is the most queries suggested when one finds nothing.
const maxSuggestions = 3

// State says what the overlay shows.
type State int

// The overlay's states.
const (
	StateEmpty     State = iota // no query: a hint
	StateSearching              // a query with no answer yet
	StateResults                // the hits of the query (perhaps none)
)

// String names the state.
func (s State) String() string {
	switch s {
	case StateEmpty:
		return "empty"
	case StateSearching:
		return "searching"
	case StateResults:
		return "results"
	}
	return "State(?)"
}

// Model is the search overlay.
type Model struct {
	common  common.Common
	KeyMap  KeyMap
	styles  styles
	input   textinput.Model
	session *search.Session

	seq    int                // number of the latest search asked for
	cancel context.CancelFunc // cancels the latest search
	query  string             // the query the hits answer
	hits   []search.Hit
	groups []group // hits by section, as listed
	// suggestions are queries close to one that found nothing, nearest
	// first; Suggest (tab) searches the first.
	suggestions []string
	err         error
	cursor      int // the selected group
	offset      int // first group shown

	// recalled is set while the query is the last one, offered again and
	// shown selected: the next typed text replaces it.
	recalled bool

	width, height int           // the screen
	action        common.Action // what the last Update asked of the root
}

// ResultsMsg carries the hits of one search back to the overlay, and
// what to suggest when there are none.
type ResultsMsg struct {
	seq         int
	query       string
	hits        []search.Hit
	suggestions []string
	err         error
}

// New returns the overlay with an empty query.
func New(c common.Common) Model {
	m := Model{common: c, KeyMap: DefaultKeyMap(), styles: newStyles(c.Styles)}
	if c.Index != nil {
		m.session = c.Index.NewSession()
	}
	m.input = textinput.New()
	m.input.Prompt = "› "
	m.input.Placeholder = "search"
	m.input.CharLimit = search.MaxQueryBytes
	m.input.SetStyles(m.styles.input)
	m.input.Focus()
	return m
}

// Recall offers q, the last query, again: searched and shown selected, so
// that typing replaces it and any other key keeps it.
func (m *Model) Recall(q string) tea.Cmd {
	if q == "" {
		return nil
	}
	m.input.SetValue(sanitize.Line(q))
	m.input.CursorEnd()
	m.setRecalled(true)
	return m.search()
}

// setRecalled shows the query selected, or not.
func (m *Model) setRecalled(on bool) {
	m.recalled = on
	st := m.styles.input
	if on {
		st.Focused.Text = st.Focused.Text.Reverse(true)
		st.Blurred.Text = st.Focused.Text
	}
	m.input.SetStyles(st)
}

// Query returns the query as typed.
func (m Model) Query() string { return m.input.Value() }

// Hits returns the hits of the query, each section's together.
func (m Model) Hits() []search.Hit { return m.hits }

// Sections returns the number of sections listed: one line of the list
// for each, whatever its number of hits.
func (m Model) Sections() int { return len(m.groups) }

// Selected returns the index of the selected section in the list; -1 when
// there is none.
func (m Model) Selected() int {
	if len(m.groups) == 0 {
		return -1
	}
	return m.cursor
}

// SelectedHit returns the best hit of the selected section, the one Enter
// opens, and false when there is none.
func (m Model) SelectedHit() (search.Hit, bool) {
	if len(m.groups) == 0 || m.cursor >= len(m.groups) {
		return search.Hit{}, false
	}
	return m.groups[m.cursor].best(), true
}

// State returns what the overlay shows.
func (m Model) State() State {
	switch {
	case m.input.Value() == "":
		return StateEmpty
	case m.query != m.input.Value():
		return StateSearching
	}
	return StateResults
}

// SetSize sets the size of the screen the overlay is drawn over. Nothing
// in the box is rendered ahead, so it returns nil.
func (m *Model) SetSize(w, h int) tea.Cmd {
	m.width, m.height = max(w, 0), max(h, 0)
	m.input.SetWidth(max(m.innerWidth()-lipgloss.Width(m.input.Prompt)-1, 1))
	m.input.SetCursor(m.input.Position()) // re-window the text for the new width
	m.keepInView()
	return nil
}

// SetCommon replaces the shared context, after a theme change or when
// the index arrives. The search session is kept when the index is the
// same. An index that arrives after the overlay opened runs the query
// typed meanwhile: the TUI draws before its index is ready, and a `/`
// typed at once must not be lost.
func (m *Model) SetCommon(c common.Common) tea.Cmd {
	arrived := c.Index != m.common.Index
	if arrived {
		m.session = nil
		if c.Index != nil {
			m.session = c.Index.NewSession()
		}
	}
	m.common = c
	m.styles = newStyles(c.Styles)
	m.input.SetStyles(m.styles.input)
	if arrived && m.session != nil {
		return m.search()
	}
	return nil
}

// Capturing is true: every printable key types into the query.
func (m Model) Capturing() bool { return true }

// Action is what the last Update asked of the root.
func (m Model) Action() common.Action { return m.action }

// Update handles key presses, pastes and search results.
func (m Model) Update(msg tea.Msg) (common.Pane, tea.Cmd) {
	m.action = nil
	m, cmd := m.update(msg)
	return &m, cmd
}

func (m Model) update(msg tea.Msg) (Model, tea.Cmd) {
	switch msg := msg.(type) {
	case ResultsMsg:
		m.receive(msg)
		return m, nil
	case tea.KeyPressMsg:
		return m.handleKey(msg)
	case tea.PasteMsg:
		return m.edit(msg)
	}
	return m, nil
}

func (m Model) handleKey(k tea.KeyPressMsg) (Model, tea.Cmd) {
	if m.recalled && !m.isEdit(k) {
		m.setRecalled(false) // moving through the hits keeps the query
	}
	switch {
	case key.Matches(k, m.KeyMap.Up):
		m.move(-1)
	case key.Matches(k, m.KeyMap.Down):
		m.move(1)
	case key.Matches(k, m.KeyMap.PageUp):
		m.move(-max(m.visibleHits(), 1))
	case key.Matches(k, m.KeyMap.PageDown):
		m.move(max(m.visibleHits(), 1))
	case key.Matches(k, m.KeyMap.Open):
		m.open()
	case key.Matches(k, m.KeyMap.Suggest) && len(m.suggestions) > 0 && m.State() == StateResults:
		m.input.SetValue(m.suggestions[0])
		m.input.CursorEnd()
		return m, m.search()
	case key.Matches(k, m.KeyMap.Close):
		m.stop()
		m.action = common.Close{}
	default:
		return m.edit(k)
	}
	return m, nil
}

// edit passes a message to the query box and searches when the query
// changed.
func (m Model) edit(msg tea.Msg) (Model, tea.Cmd) {
	before := m.input.Value()
	if m.recalled {
		if k, ok := msg.(tea.KeyPressMsg); (ok && (k.Text != "" || k.Code == tea.KeyBackspace)) || isPaste(msg) {
			m.input.SetValue("") // typed text replaces the recalled query
		}
		m.setRecalled(false)
	}
	var cmd tea.Cmd
	m.input, cmd = m.input.Update(msg)
	// The box echoes the query to the terminal: a pasted or typed control,
	// bidi or invisible character shows as pack text does ("<U+202E>").
	if v := m.input.Value(); sanitize.Line(v) != v {
		m.input.SetValue(sanitize.Line(v))
	}
	if m.input.Value() == before {
		return m, cmd
	}
	return m, tea.Batch(cmd, m.search())
}

// search starts the search of the current query, cancelling the previous
// one, and returns the command running it.
func (m *Model) search() tea.Cmd {
	m.stop()
	m.seq++
	q := m.input.Value()
	if q == "" {
		m.receive(ResultsMsg{seq: m.seq, query: q})
		return nil
	}
	if m.session == nil {
		return nil // searching…, until the index arrives (see SetCommon)
	}
	ctx, cancel := context.WithCancel(context.Background())
	m.cancel = cancel
	seq, session, ix := m.seq, m.session, m.common.Index
	return func() tea.Msg {
		hits, err := session.Search(ctx, q, Limit)
		cancel() // release the context's resources
		var sugg []string
		if err == nil && len(hits) == 0 && ix != nil {
			sugg = ix.Suggest(q, maxSuggestions)
		}
		return ResultsMsg{seq: seq, query: q, hits: hits, suggestions: sugg, err: err}
	}
}

// stop cancels the running search, if any.
func (m *Model) stop() {
	if m.cancel != nil {
		m.cancel()
		m.cancel = nil
	}
}

// receive shows the hits of the latest search and drops any other.
func (m *Model) receive(r ResultsMsg) {
	if r.seq != m.seq || errors.Is(r.err, context.Canceled) {
		return
	}
	m.cancel = nil
	m.query, m.hits, m.suggestions, m.err = r.query, r.hits, r.suggestions, r.err
	m.groups = groupHits(r.hits)
	m.cursor, m.offset = 0, 0
}

// move moves the selection by d sections.
func (m *Model) move(d int) {
	if len(m.groups) == 0 {
		return
	}
	m.cursor = min(max(m.cursor+d, 0), len(m.groups)-1)
	m.keepInView()
}

// keepInView scrolls the list so that the selected hit shows.
func (m *Model) keepInView() {
	rows := max(m.visibleHits(), 1)
	if m.cursor < m.offset {
		m.offset = m.cursor
	}
	if m.cursor >= m.offset+rows {
		m.offset = m.cursor - rows + 1
	}
	m.offset = min(max(m.offset, 0), max(len(m.groups)-rows, 0))
}

// open asks the root to show the best hit of the selected section.
func (m *Model) open() {
	if h, ok := m.SelectedHit(); ok {
		m.action = common.Open{ID: h.SectionID, Anchor: h.Anchor, Query: readerQuery(h, m.query)}
	}
}

// isPaste reports whether msg is a paste.
func isPaste(msg tea.Msg) bool {
	_, ok := msg.(tea.PasteMsg)
	return ok
}

// isEdit reports whether k goes to the query box rather than to a binding.
func (m Model) isEdit(k tea.KeyPressMsg) bool {
	km := m.KeyMap
	for _, b := range []key.Binding{km.Up, km.Down, km.PageUp, km.PageDown, km.Open, km.Close} {
		if key.Matches(k, b) {
			return false
		}
	}
	return true
}
