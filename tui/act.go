package tui

import (
	"fmt"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/versus-dev/versus/knowledge"
	"github.com/versus-dev/versus/tui/action"
	"github.com/versus-dev/versus/tui/memory"
)

// The reader's action keys (tui/action does the work) and what the
// browser remembers of the pack between runs (tui/memory).

// Memory is what the browser remembers of its pack between runs.
type Memory struct {
	Store  memory.Store
	Key    string       // the pack's key in Store
	State  memory.State // as loaded, pruned to the pack
	Notice string       // said once in the status bar: the saved state was unusable
	Fresh  bool         // start at the top, not where the last run left off

	saves memory.Saver // keeps a late bookmark save from undoing the final one
}

// savedMsg reports saving the memory after a bookmark changed.
type savedMsg struct{ err error }

// statusMsg is any action's report: its Status goes to the status bar.
type statusMsg interface{ Status() string }

// startMemory applies o.Memory to a new model: its notice, and the place
// to resume at.
func (m *Model) startMemory(o Options) {
	if o.Memory == nil {
		return
	}
	m.mem = o.Memory.State
	if o.Memory.Notice != "" {
		m.note = o.Memory.Notice
	}
	if !o.Memory.Fresh {
		m.browse.Resume(o.Pack, m.mem, o.Start)
	}
}

// finalMemory is the state to save when the browser ends.
func (m Model) finalMemory() memory.State { return m.browse.Remember(m.mem) }

// save writes the memory off the update loop.
func (m Model) save() tea.Cmd {
	mem := m.opts.Memory
	if mem == nil {
		return nil
	}
	st, ticket := m.mem, mem.saves.Ticket()
	return func() tea.Msg { return savedMsg{mem.saves.Save(mem.Store, mem.Key, ticket, st)} }
}

// readerSection is the section in the reader, in browse mode.
func (m Model) readerSection() *knowledge.Section {
	if m.mode != ModeBrowse || m.browse.Focus() != FocusReader {
		return nil
	}
	return m.browse.Reader().Section()
}

// readerAction does what an action key asks of sec, the section in the
// reader; false for any other key.
func (m *Model) readerAction(msg tea.KeyPressMsg, sec *knowledge.Section) (tea.Cmd, bool) {
	env := action.Env{Getenv: m.opts.Getenv, PackDir: m.opts.PackDir}
	link, focused := m.browse.Reader().FocusedLink()
	var cmd tea.Cmd
	switch {
	case key.Matches(msg, m.keys.Copy):
		cmd = env.Copy(sec, link, focused)
	case key.Matches(msg, m.keys.CopyCode):
		b, ok := m.browse.Reader().CodeBlockAtTop()
		cmd, m.note = env.CopyCode(sec, b, ok)
	case key.Matches(msg, m.keys.OpenLink):
		cmd, m.note = env.Open(link, focused)
	case key.Matches(msg, m.keys.Edit):
		line := sec.BodyLine // above the first heading: the body's first line
		if h, ok := m.browse.Reader().HeadingAtTop(); ok {
			line = h.Line
		}
		cmd, m.note = env.Edit(sec, line)
	case key.Matches(msg, m.keys.Bookmark):
		cmd = m.toggleBookmark(sec)
	default:
		return nil, false
	}
	return cmd, true
}

// toggleBookmark bookmarks the heading at the top of the reader's view
// (sec itself, above its first heading), or removes that bookmark, and
// saves at once.
func (m *Model) toggleBookmark(sec *knowledge.Section) tea.Cmd {
	if m.opts.Memory == nil {
		m.note = "bookmarks are off: versus has no state folder"
		return nil
	}
	name, anchor := sec.Title, ""
	if h, ok := m.browse.Reader().HeadingAtTop(); ok {
		name, anchor = sec.Title+" › "+h.Text, h.Anchor
	}
	if m.mem.ToggleBookmark(sec.ID, anchor, time.Now().UTC()) {
		m.note = "bookmarked: " + name
	} else {
		m.note = "bookmark removed: " + name
	}
	return m.save()
}

// report shows an action's outcome.
func (m *Model) report(msg tea.Msg) bool {
	switch msg := msg.(type) {
	case savedMsg:
		if msg.err != nil {
			m.note = fmt.Sprintf("bookmarks not saved: %v", msg.err)
		}
		return true
	case statusMsg:
		m.note = msg.Status()
		return true
	}
	return false
}

// editor edits the files of the pack on screen.
func (m Model) editor() action.Editor {
	return action.Env{Getenv: m.opts.Getenv, PackDir: m.opts.PackDir}.Editor()
}
