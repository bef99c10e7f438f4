package tui

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/versus-dev/versus/knowledge"
	"github.com/versus-dev/versus/tui/action"
	"github.com/versus-dev/versus/tui/memory"
)

// The reader's actions (copy, open, edit, bookmark) and what the browser
// remembers of the pack between runs.

// Memory is what the browser remembers of its pack between runs.
type Memory struct {
	Store  memory.Store
	Key    string       // the pack's key in Store
	State  memory.State // as loaded, pruned to the pack
	Notice string       // said once in the status bar: the saved state was unusable
	Fresh  bool         // start at the top, not where the last run left off
}

// savedMsg reports saving the memory after a bookmark changed.
type savedMsg struct{ err error }

// statusMsg is any action's report: its Status goes to the status bar.
type statusMsg interface{ Status() string }

// startMemory applies o.Memory to a new model: its notice, and the place
// to resume at when no section was asked for.
func (m *Model) startMemory(o Options) {
	if o.Memory == nil {
		return
	}
	m.mem = o.Memory.State
	if o.Memory.Notice != "" {
		m.note = o.Memory.Notice
	}
	r := m.mem.Resume
	if o.Start != "" || o.Memory.Fresh || r == nil {
		return
	}
	if sec := o.Pack.Section(r.Section); sec != nil {
		m.browse.OpenAt(sec, r.Line, r.Total) // rendered once the size is known
	}
}

// finalMemory is the state to save when the browser ends: the place read
// last becomes the resume place.
func (m Model) finalMemory() memory.State {
	st := m.mem
	if sec := m.browse.Reader().Section(); sec != nil {
		off, total := m.browse.Reader().Position()
		st.Visit(memory.Place{Section: sec.ID, Line: off, Total: total})
	}
	return st
}

// save writes the memory off the update loop.
func (m Model) save() tea.Cmd {
	mem := m.opts.Memory
	if mem == nil {
		return nil
	}
	st := m.mem
	return func() tea.Msg { return savedMsg{mem.Store.Save(mem.Key, st)} }
}

func (m Model) getenv(k string) string {
	if m.opts.Getenv != nil {
		return m.opts.Getenv(k)
	}
	return os.Getenv(k)
}

// readerSection is the section in the reader, in browse mode.
func (m Model) readerSection() *knowledge.Section {
	if m.mode != ModeBrowse || m.browse.Focus() != FocusReader {
		return nil
	}
	return m.browse.Reader().Section()
}

// copySelection copies the focused link's URL, else the section's
// markdown.
func (m *Model) copySelection() tea.Cmd {
	sec := m.readerSection()
	if sec == nil {
		m.note = "open a section to copy it"
		return nil
	}
	clip := action.NewClipboard(m.getenv)
	if l, ok := m.browse.Reader().FocusedLink(); ok && l.External() {
		return clip.Copy(l.Dest, "the link's URL")
	}
	return clip.Copy("# "+sec.Title+"\n\n"+sec.Body, sec.Title)
}

// copyCode copies the code block nearest the top of the reader's view.
func (m *Model) copyCode() tea.Cmd {
	sec := m.readerSection()
	if sec == nil {
		m.note = "open a section to copy its code"
		return nil
	}
	b, ok := m.browse.Reader().CodeBlockAtTop()
	if !ok {
		m.note = sec.Title + " has no code block to copy"
		return nil
	}
	return action.NewClipboard(m.getenv).Copy(b.Code, action.CodeLabel(b.Lang, sec.Title))
}

// openLink opens the focused external link in the browser.
func (m *Model) openLink() tea.Cmd {
	l, ok := m.browse.Reader().FocusedLink()
	if m.readerSection() == nil || !ok || !l.External() {
		m.note = "select a web link first (tab)"
		return nil
	}
	o := action.Opener{Getenv: m.getenv, LookPath: exec.LookPath, GOOS: runtime.GOOS, Grace: action.DefaultGrace}
	m.note = "opening " + l.Dest + "…"
	return o.Open(l.Dest)
}

// edit opens the section's file in the user's editor, at the heading at
// the top of the reader's view.
func (m *Model) edit() tea.Cmd {
	sec := m.readerSection()
	switch {
	case sec == nil:
		m.note = "open a section to edit it"
		return nil
	case m.opts.PackDir == "":
		m.note = "the built-in pack is read-only; 'versus pack copy DIR' makes a copy to edit"
		return nil
	}
	path, err := filepath.Abs(filepath.Join(m.opts.PackDir, filepath.FromSlash(sec.File)))
	if err == nil {
		var cmd tea.Cmd
		line := sec.BodyLine
		if h, ok := m.browse.Reader().HeadingAtTop(); ok {
			line = h.Line
		}
		if cmd, err = action.Edit(m.getenv, path, line); err == nil {
			return cmd
		}
	}
	m.note = "editor: " + err.Error()
	return nil
}

// toggleBookmark bookmarks the heading at the top of the reader's view
// (the section, above its first heading), or removes that bookmark, and
// saves at once.
func (m *Model) toggleBookmark() tea.Cmd {
	sec := m.readerSection()
	if sec == nil {
		m.note = "open a section to bookmark it"
		return nil
	}
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
