package tui

import (
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/versus-dev/versus/knowledge"
	"github.com/versus-dev/versus/tui/bookmarks"
	"github.com/versus-dev/versus/tui/browse"
	"github.com/versus-dev/versus/tui/memory"
)

// The reader's action keys (tui/action does the work) and what the
// browser remembers of the pack between runs (tui/memory).

// Memory is what the browser remembers of its pack between runs.
type Memory = memory.Session

// statusMsg is any action's report: its Status goes to the status bar.
type statusMsg interface{ Status() string }

// startMemory applies o.Memory to a new model: its state, its notice,
// and the place to resume at.
func (m *Model) startMemory(o Options) {
	m.browse.Resume(o.Pack, o.Memory, o.Start)
	if o.Memory != nil {
		m.mem = o.Memory.State
		m.note = o.Memory.Notice
	}
}

// finalMemory is the state to save when the browser ends.
func (m Model) finalMemory() memory.State { return m.browse.Remember(m.mem) }

// readerSection is the section in the reader, in browse mode.
func (m Model) readerSection() *knowledge.Section {
	if m.mode != ModeBrowse || m.browse.Focus() != browse.FocusReader {
		return nil
	}
	return m.browse.Reader().Section()
}

// readerAction does what an action key asks of the section in the reader;
// false for any other key.
func (m *Model) readerAction(msg tea.KeyPressMsg) (tea.Cmd, bool) {
	switch {
	case m.keys.Keys.Matches(msg): // first: a copy of the reader escapes into Do
		cmd, note, _ := m.env.Do(msg, m.keys.Keys, m.browse.Reader())
		m.note = note
		return cmd, true
	case key.Matches(msg, m.keys.Bookmark):
		var cmd tea.Cmd
		m.note, cmd = bookmarks.Mark(m.opts.Memory, &m.mem, m.browse.Reader(), time.Now().UTC())
		return cmd, true
	}
	return nil, false
}

// report shows an action's outcome, if it has one to tell.
func (m *Model) report(msg tea.Msg) bool {
	s, ok := msg.(statusMsg)
	if ok && s.Status() != "" {
		m.note = s.Status()
	}
	return ok
}
