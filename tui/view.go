package tui

import (
	"fmt"
	cells "github.com/versus-dev/versus/tui/internal/layout"
	"slices"
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/versus-dev/versus/tui/statusbar"
)

// View draws the whole screen in the alternate screen, with the mouse on.
func (m Model) View() tea.View {
	v := tea.NewView(m.render())
	v.AltScreen = true
	v.MouseMode = tea.MouseModeCellMotion
	return v
}

// render draws the screen as a string of exactly the terminal's size.
func (m Model) render() string {
	if m.width <= 0 || m.height <= 0 {
		return ""
	}
	if m.geo.tooSmall {
		return m.tooSmallView()
	}
	if m.overlay == OverlayNone || (m.overlay == OverlaySearch && m.search == nil) {
		return m.titleView() + "\n" + m.bodyView() + "\n" + m.statusView()
	}
	plain := append(slices.Clone(m.plainBase()), ansi.Strip(m.statusView()))
	if m.overlay == OverlayHelp {
		box := m.helpView()
		b := m.geo.body
		x := b.x + (b.w-min(lipgloss.Width(box), b.w))/2
		y := b.y + max(0, (b.h-lipgloss.Height(box))/2)
		top := m.drawOver(plain[:len(plain)-1], box, x, y, b)
		return top + "\n" + m.statusView() // the status bar says how to close
	}
	x, y := m.search.Position()
	return m.drawOver(plain, m.search.View(), x, y, rect{0, 0, m.width, m.height})
}

// tooSmallView says how big the terminal is and what versus needs,
// centred, cut to whatever room there is.
func (m Model) tooSmallView() string {
	lines := []string{
		m.c.Styles.Error.Render("Terminal too small"),
		fmt.Sprintf("%d×%d — needs at least %d×%d", m.width, m.height, MinWidth, MinHeight),
		m.c.Styles.Muted.Render("enlarge it, or q to quit"),
	}
	var wrapped []string
	for _, l := range lines {
		wrapped = append(wrapped, strings.Split(ansi.Wrap(l, m.width, ""), "\n")...)
	}
	out := lipgloss.Place(m.width, m.height, lipgloss.Center, lipgloss.Center, strings.Join(wrapped, "\n"))
	return cells.Fit(out, m.width, m.height)
}

// titleView is the top line: the pack, its subjects and date, and the
// view on screen.
func (m Model) titleView() string {
	p := m.c.Pack
	left := m.c.Styles.TitleBar.Render(p.Title)
	var info []string
	if len(p.Subjects) > 0 && !mentionsAll(p.Title, p.Subjects) {
		info = append(info, strings.Join(p.Subjects, " · "))
	}
	if p.AsOf != "" {
		info = append(info, "as of "+p.AsOf)
	}
	if len(info) > 0 {
		left += m.c.Styles.Muted.Render("· " + strings.Join(info, "  ·  "))
	}
	right := m.c.Styles.Muted.Render(m.viewName() + " ")
	return spread(left, right, m.width)
}

// mentionsAll reports whether title names every subject already, as
// "Node.js vs Python" does.
func mentionsAll(title string, subjects []string) bool {
	for _, s := range subjects {
		if !strings.Contains(title, s) {
			return false
		}
	}
	return true
}

// viewName names what is on screen, for the title bar.
func (m Model) viewName() string {
	switch {
	case m.overlay == OverlayHelp:
		return "help"
	case m.overlay == OverlaySearch:
		return "search"
	case m.mode == ModeBrowse && m.focus == FocusList:
		return "sections"
	case m.mode == ModeBrowse:
		return "reader"
	}
	return m.mode.String()
}

// bodyView draws the area between the title and the status bar.
func (m Model) bodyView() string {
	b := m.geo.body
	switch {
	case m.mode == ModeFAQ && m.faq != nil:
		return cells.Fit(m.faq.View(), b.w, b.h)
	case m.mode == ModeTables && m.tables != nil:
		return cells.Fit(m.tables.View(), b.w, b.h)
	case m.mode == ModeCompare && m.compare != nil:
		return cells.Fit(m.compare.View(), b.w, b.h)
	}
	return m.browseView()
}

func (m Model) browseView() string {
	g := m.geo
	if !g.wide {
		if m.focus == FocusList {
			return cells.Fit(m.list.View(), g.body.w, g.body.h)
		}
		return m.reader.View() // exactly its size, like every reader view
	}
	la, ra := g.listArea(), g.readerArea()
	listStyle, readerStyle := m.c.Styles.Pane, m.c.Styles.PaneFocus
	if m.focus == FocusList {
		listStyle, readerStyle = m.c.Styles.PaneFocus, m.c.Styles.Pane
	}
	list := cells.Frame(listStyle, m.list.View(), la.w) // exactly its size
	reader := cells.Frame(readerStyle, m.reader.View(), ra.w)
	for i := range list {
		if i < len(reader) {
			list[i] += reader[i]
		}
	}
	return strings.Join(list, "\n")
}

// statusView is the bottom line.
func (m Model) statusView() string {
	info := statusbar.Info{Pack: m.c.Pack.Title, Percent: -1}
	switch {
	case m.mode != ModeBrowse:
		info.Section = m.mode.String()
	case m.mode == ModeBrowse:
		if s := m.reader.Section(); s != nil {
			info.Section = s.Title
		}
		if m.focus == FocusReader || m.geo.wide {
			if m.reader.Ready() {
				info.Percent = m.reader.ScrollPercent()
				info.Fits = m.reader.Fits()
			}
			info.Note = m.reader.Note()
		}
	}
	if m.digits != "" {
		info.Note = fmt.Sprintf("aspect %s… (another digit for %s0 and up)", m.digits, m.digits)
	}
	if m.note != "" {
		info.Note = m.note
	}
	hints, pinned := m.statusHints()
	info.Pinned = pinned
	return m.status.View(info, hints)
}
