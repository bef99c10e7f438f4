package compare

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"charm.land/bubbles/v2/key"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/versus-dev/versus/knowledge"
	"github.com/versus-dev/versus/tui/internal/layout"
)

// paneRects are the areas of the left (top) and right (bottom) panes:
// side by side from layout.Wide columns, stacked below, between the
// header line and the status line.
func (m Model) paneRects() [2]layout.Rect {
	h := max(m.height-viewHeader-1, 0)
	y := viewHeader
	if m.width >= layout.Wide {
		lw := m.width / 2
		return [2]layout.Rect{{X: 0, Y: y, W: lw, H: h}, {X: lw, Y: y, W: m.width - lw, H: h}}
	}
	th := h / 2
	return [2]layout.Rect{{X: 0, Y: y, W: m.width, H: th}, {X: 0, Y: y + th, W: m.width, H: h - th}}
}

// viewHeader is the line above the panes saying what the view compares.
const viewHeader = 1

// A pane is a border around a title line and the viewport.
const (
	paneFrame  = 2 // border columns, and border lines
	paneHeader = 1
)

// pickerTop is how many lines sit above the picker's list.
const pickerTop = 2

// pickerRows is how many aspects the picker shows at once.
func (m Model) pickerRows() int { return max(m.height-pickerTop, 0) }

// layout sizes the picker input and the panes' viewports.
func (m *Model) layout() {
	m.picker.input.SetWidth(max(m.width-lipgloss.Width(m.picker.input.Prompt)-1, 1))
	m.picker.input.SetCursor(m.picker.input.Position()) // re-window the text for the new width
	m.picker.scrollTo(m.pickerRows())
	if m.mode != ModeView {
		return
	}
	for i, r := range m.paneRects() {
		m.panes[i].vp.SetWidth(max(r.W-paneFrame, 0))
		m.panes[i].vp.SetHeight(max(r.H-paneFrame-paneHeader, 0))
	}
}

// View draws the flow at exactly the size set with SetSize.
func (m Model) View() string {
	if m.width <= 0 || m.height <= 0 {
		return ""
	}
	if m.mode == ModeView {
		return m.compareView()
	}
	return m.pickerView()
}

// sectionLabel names a section: its aspect number, then its title.
func sectionLabel(s *knowledge.Section) string {
	if s.Number > 0 {
		return fmt.Sprintf("%d %s", s.Number, s.Title)
	}
	return s.Title
}

func (m Model) pickerView() string {
	title := "Compare: choose the first aspect"
	if m.mode == ModePickSecond && m.first != nil {
		title = "Compare " + sectionLabel(m.first) + " with…"
	}
	count := fmt.Sprintf("%d of %d", len(m.picker.matches), len(m.picker.choices))
	lines := []string{
		layout.Spread(m.styles.title.Render(title), m.styles.muted.Render(count), m.width),
		m.picker.input.View(),
	}
	rows := m.pickerRows()
	switch {
	case len(m.picker.choices) == 0 && m.mode == ModePickSecond:
		lines = append(lines, m.styles.muted.Render("This pack has no other aspect to compare with. Esc goes back."))
	case len(m.picker.choices) == 0:
		lines = append(lines, m.styles.muted.Render("This pack has no aspects to compare."))
	case len(m.picker.matches) == 0:
		lines = append(lines, m.styles.muted.Render(fmt.Sprintf("No aspect matches “%s”.", m.picker.input.Value())))
	}
	end := min(m.picker.offset+rows, len(m.picker.matches))
	for i := m.picker.offset; i < end; i++ {
		lines = append(lines, m.choiceLine(m.picker.matches[i], i == m.picker.cursor))
	}
	return layout.Fit(strings.Join(lines, "\n"), m.width, m.height)
}

// choiceLine draws one aspect of the picker, its matched characters
// highlighted, cut to the width.
func (m Model) choiceLine(mt match, selected bool) string {
	lbl := m.picker.choices[mt.choice].label
	marker := "  "
	base, hl := lipgloss.NewStyle(), m.styles.match
	if selected {
		marker = "▸ "
		base = m.styles.selected
		hl = hl.Background(m.styles.selected.GetBackground())
	}
	avail := max(m.width-lipgloss.Width(marker), 0)
	cut := ansi.Truncate(lbl, avail, "")
	tail := ""
	if len(cut) < len(lbl) {
		cut = ansi.Truncate(lbl, max(avail-1, 0), "")
		tail = "…"
	}
	isMatch := make(map[int]bool, len(mt.matched))
	for _, i := range mt.matched {
		isMatch[i] = true
	}
	var b strings.Builder
	b.WriteString(base.Render(marker))
	start := 0
	for start < len(cut) {
		end, on := start, isMatch[start]
		for end < len(cut) && isMatch[end] == on {
			_, size := firstRune(cut[end:])
			end += size
		}
		st := base
		if on {
			st = hl
		}
		b.WriteString(st.Render(cut[start:end]))
		start = end
	}
	rest := tail + strings.Repeat(" ", max(avail-lipgloss.Width(cut)-lipgloss.Width(tail), 0))
	b.WriteString(base.Render(rest))
	return b.String()
}

func (m Model) compareView() string {
	rects := m.paneRects()
	a := m.paneView(Left, rects[Left])
	b := m.paneView(Right, rects[Right])
	var body string
	if m.width >= layout.Wide {
		body = lipgloss.JoinHorizontal(lipgloss.Top, a, b)
	} else {
		body = a + "\n" + b
	}
	if rects[Left].H == 0 {
		return layout.Fit(m.headerView()+"\n"+m.statusView(), m.width, m.height)
	}
	return layout.Fit(m.headerView()+"\n"+body+"\n"+m.statusView(), m.width, m.height)
}

// headerView names the view and the two aspects it compares, and its
// keys while there is room beside the title; they drop from the end.
func (m Model) headerView() string {
	title := m.styles.title.Render("Compare: " + sectionLabel(m.panes[Left].section) + " ⟷ " + sectionLabel(m.panes[Right].section))
	keys := ""
	for _, b := range []key.Binding{m.KeyMap.Focus, m.KeyMap.Swap, m.syncHelp(), m.KeyMap.Find, m.escHelp()} {
		k := m.styles.key.Render(b.Help().Key) + " " + m.styles.muted.Render(b.Help().Desc)
		if keys != "" {
			k = keys + m.styles.muted.Render(" · ") + k
		}
		if lipgloss.Width(title)+2+lipgloss.Width(k) > m.width {
			break
		}
		keys = k
	}
	return layout.Spread(title, keys, m.width)
}

// paneView draws pane s in the area r: a border, accented when focused,
// around a title line and the scrolled text.
func (m Model) paneView(s Side, r layout.Rect) string {
	if r.W <= paneFrame || r.H <= paneFrame {
		return layout.Fit("", r.W, r.H)
	}
	p := m.panes[s]
	st := m.styles.pane
	if s == m.focus {
		st = m.styles.focused
	}
	innerW, innerH := r.W-paneFrame, r.H-paneFrame
	right := ""
	if p.vp.TotalLineCount() > p.vp.Height() {
		right = fmt.Sprintf("%3.0f%%", p.vp.ScrollPercent()*100)
	}
	// The title line is padded by a column on each side, as the text
	// under it is by glamour's margin: flush against the border it reads
	// as part of the frame.
	head := " " + layout.Spread(m.styles.heading.Render(sectionLabel(p.section)), m.styles.muted.Render(right), max(innerW-2, 0)) + " "
	content := layout.Fit(head+"\n"+p.vp.View(), innerW, innerH)
	return st.Render(content)
}

// statusView is the last line: where the focus is, and whether the panes
// scroll together.
func (m Model) statusView() string {
	where := m.focus.String()
	if m.width < layout.Wide {
		where = map[Side]string{Left: "top", Right: "bottom"}[m.focus]
	}
	state := "sync off"
	if m.sync {
		state = "sync on"
	}
	if m.find.Active() {
		return layout.FitLine(m.find.View(), m.width)
	}
	right := m.styles.muted.Render("focus "+where+" · ") + m.styles.key.Render(state)
	return layout.Spread(m.styles.muted.Render(m.find.Note()), right, m.width)
}

// firstRune decodes the first rune of s and its size; an invalid byte
// counts as a rune of one byte.
func firstRune(s string) (rune, int) {
	r, size := utf8.DecodeRuneInString(s)
	return r, max(size, 1)
}
