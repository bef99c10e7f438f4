package tui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/versus-dev/versus/knowledge"
	"github.com/versus-dev/versus/tui/action"
	"github.com/versus-dev/versus/tui/common"
	"github.com/versus-dev/versus/tui/helpview"
	"github.com/versus-dev/versus/tui/keys"
	"github.com/versus-dev/versus/tui/overlay"
	"github.com/versus-dev/versus/tui/searchview"
)

// Update handles a message and returns the updated model.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if !m.overlayOnly(msg) {
		m.baseGen++
	}
	var cmd tea.Cmd
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		cmd = m.resize(msg.Width, msg.Height)
	case tea.BackgroundColorMsg:
		if m.isDark != msg.IsDark() && !m.opts.NoColor {
			m.isDark = msg.IsDark()
			cmd = m.retheme()
		}
	case searchview.IndexMsg:
		cmd = m.setIndex(msg.Index)
	case common.OpenSectionMsg:
		cmd = m.openSection(common.Open(msg))
	case tea.KeyPressMsg:
		cmd = m.handleKey(msg)
	case tea.MouseWheelMsg, tea.MouseClickMsg:
		cmd = m.handleMouse(msg.(tea.MouseMsg))
	case tea.PasteMsg:
		if m.capturing() {
			cmd = m.updateTop(msg)
		}
	case action.ReloadedMsg:
		cmd = m.reload(msg)
	default:
		if !m.digits.Update(msg) && !m.report(msg) {
			cmd = m.forward(msg)
		}
	}
	m.updateKeys()
	if p, k := m.overlays.Top(); k == overlay.Help {
		// The view under the help may have enabled keys (the index arrived).
		p.(*helpview.Model).SetKeys(m.helpKeys())
	}
	return m, cmd
}

// overlayOnly reports whether msg can change only the overlay on screen,
// not the panes under it: keys typed into it and its search results.
func (m Model) overlayOnly(msg tea.Msg) bool {
	if m.overlays.Empty() {
		return false
	}
	switch msg.(type) {
	case tea.KeyPressMsg, tea.PasteMsg, searchview.ResultsMsg:
		return true
	}
	return false
}

// openSection shows a section in the reader, leaving any other mode.
func (m *Model) openSection(msg common.Open) tea.Cmd {
	sec := m.c.Pack.Section(msg.ID)
	if sec == nil {
		m.note = "no section " + msg.ID
		return nil
	}
	return tea.Batch(m.open(ModeBrowse, m.browse), m.browse.Open(sec, msg.Anchor, msg.Query))
}

func (m *Model) handleKey(msg tea.KeyPressMsg) tea.Cmd {
	if key.Matches(msg, keys.ForceQuit()) {
		return tea.Quit
	}
	m.note = ""
	if m.capturing() {
		return m.updateTop(msg)
	}
	if !m.overlays.Empty() {
		// Overlays are modal: other keys would act unseen.
		if key.Matches(msg, m.keys.Quit) {
			return tea.Quit
		}
		return m.updateTop(msg)
	}
	if m.geo.TooSmall {
		if key.Matches(msg, m.keys.Quit) {
			return tea.Quit
		}
		return nil
	}
	if key.Matches(msg, m.keys.Aspect) {
		return m.typeDigit(msg.String())
	}
	m.digits.Reset()
	switch {
	case key.Matches(msg, m.keys.Quit):
		return tea.Quit
	case key.Matches(msg, m.keys.Help):
		return m.openHelp()
	case key.Matches(msg, m.keys.FAQ):
		return m.openFAQ()
	case key.Matches(msg, m.keys.Tables):
		return m.openTables()
	case key.Matches(msg, m.keys.Compare):
		return m.openCompare()
	case key.Matches(msg, m.keys.Search):
		return m.openSearch()
	// These two answer even when disabled, to say why nothing happens.
	case key.Matches(msg, keys.Anyway(m.keys.Bookmarks)) && !m.browse.Capturing():
		return m.openBookmarks()
	case key.Matches(msg, keys.Anyway(m.keys.Reload)) && !m.browse.Capturing():
		m.note = action.AskReload(m.opts.Reload)
		return nil
	case key.Matches(msg, m.keys.Leave):
		cmd, _ := m.travel(true)
		return cmd
	case key.Matches(msg, m.keys.Back):
		return m.step(true)
	case key.Matches(msg, m.keys.Forward):
		return m.step(false)
	case key.Matches(msg, m.keys.Problems):
		return m.openProblems()
	}
	if m.readerSection() != nil && !m.browse.Capturing() {
		if cmd, ok := m.readerAction(msg); ok {
			return cmd
		}
	}
	if note := m.screen().Why(msg, m.holds); note != "" {
		m.note = note
		return nil
	}
	return m.updateBody(msg)
}

// typeDigit jumps to an aspect by number (see nav.Digits).
func (m *Model) typeDigit(d string) tea.Cmd {
	j := m.digits.Type(m.c.Pack, d, m.tick)
	if j.Section == nil {
		m.note = j.Note
		return nil
	}
	return tea.Batch(m.jumpTo(j.Section, j.Replace), j.Wait)
}

// jumpTo shows an aspect in browse mode. replace swaps it for the section
// shown instead of adding to the history.
func (m *Model) jumpTo(sec *knowledge.Section, replace bool) tea.Cmd {
	cmd := m.open(ModeBrowse, m.browse)
	if replace {
		return tea.Batch(cmd, m.browse.Replace(sec))
	}
	return tea.Batch(cmd, m.browse.Open(sec, "", ""))
}

// handleMouse hands a mouse event to the body pane, relative to it.
// Overlays take no mouse: they are modal, and nothing under them may move.
func (m *Model) handleMouse(msg tea.MouseMsg) tea.Cmd {
	if m.geo.TooSmall || !m.overlays.Empty() {
		return nil
	}
	b := m.geo.Body
	switch msg := msg.(type) {
	case tea.MouseWheelMsg:
		msg.X, msg.Y = msg.X-b.X, msg.Y-b.Y
		return m.updateBody(msg)
	case tea.MouseClickMsg:
		msg.X, msg.Y = msg.X-b.X, msg.Y-b.Y
		return m.updateBody(msg)
	}
	return nil
}
