package faq

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/versus-dev/versus/tui/internal/layout"
)

// Sizes of the layouts. Beside: the list takes two fifths of the width,
// within listMin..listMax, or what the answer's measure leaves, and a
// gutter separates it from the answer.
// Below: the list takes at most belowShare of the height.
const (
	listMin    = 28
	listMax    = 56
	gutter     = " │ "
	belowShare = 0.4
)

// geometry is where the list and the answer sit, relative to the pane.
type geometry struct {
	listX, listY, listW, listH         int
	answerX, answerY, answerW, answerH int
}

func (m Model) geometry() geometry {
	body := max(m.height-1-m.findLines(), 0)
	if m.Layout() == LayoutBeside {
		lw := min(max(m.width*2/5, listMin), listMax)
		// The answer keeps the measure: what a wide pane has beyond it
		// goes to the questions, which it spares an ellipsis.
		lw = max(lw, m.width-lipgloss.Width(gutter)-layout.Measure(m.common.Measure))
		aw := max(m.width-lw-lipgloss.Width(gutter), 0)
		return geometry{0, 1, lw, body, lw + lipgloss.Width(gutter), 1, aw, body}
	}
	limit := max(int(float64(body)*belowShare), 3)
	lh := min(len(m.entries), limit, body)
	ah := max(body-lh-1, 0)
	return geometry{0, 1, m.width, lh, 0, 1 + lh + 1, m.width, ah}
}

// listRect is the list's area, for the mouse.
func (m Model) listRect() (x, y, w, h int) {
	g := m.geometry()
	return g.listX, g.listY, g.listW, g.listH
}

// layout sizes the list and the answer viewport.
func (m *Model) layout() {
	g := m.geometry()
	// Dots only when the questions do not all fit: the list reserves their
	// lines before it knows whether it needs them.
	m.list.SetShowPagination(len(m.entries) > g.listH)
	m.list.SetSize(g.listW, g.listH)
	// The answer is prose, held to the reader's measure.
	m.answer.SetWidth(min(g.answerW, layout.Measure(m.common.Measure)))
	m.answer.SetHeight(g.answerH)
	m.find.SetWidth(m.width)
}

// View draws the pane at exactly the size set with SetSize.
func (m Model) View() string {
	if m.width <= 0 || m.height <= 0 {
		return ""
	}
	title := m.titleView()
	if len(m.entries) == 0 {
		msg := m.styles.muted.Render(ansi.Wrap("This pack has no frequently asked questions.", m.width, ""))
		return layout.Fit(title+"\n"+msg, m.width, m.height)
	}
	g := m.geometry()
	list := layout.Fit(m.list.View(), g.listW, g.listH)
	answer := layout.Fit(m.answer.View(), g.answerW, g.answerH)
	var body string
	if m.Layout() == LayoutBeside {
		sep := strings.TrimRight(strings.Repeat(m.styles.rule.Render(gutter)+"\n", g.listH), "\n")
		body = lipgloss.JoinHorizontal(lipgloss.Top, list, sep, answer)
	} else {
		parts := []string{}
		if g.listH > 0 {
			parts = append(parts, list)
		}
		parts = append(parts, m.styles.rule.Render(strings.Repeat("─", m.width)))
		if g.answerH > 0 {
			parts = append(parts, answer)
		}
		body = strings.Join(parts, "\n")
	}
	if m.find.Active() {
		body += "\n" + layout.FitLine(m.find.View(), m.width)
	}
	return layout.Fit(title+"\n"+body, m.width, m.height)
}

// findLines is the height of the find box: a line while it is open.
func (m Model) findLines() int {
	if m.find.Active() {
		return 1
	}
	return 0
}

// titleView names the pane and says where the reader is: the question's
// number and, when the answer scrolls, how far down it is.
func (m Model) titleView() string {
	right := fmt.Sprintf("%d questions", len(m.entries))
	if n := len(m.entries); n > 0 {
		right = fmt.Sprintf("%d of %d", m.list.Index()+1, n)
		if m.scrollable() {
			right += fmt.Sprintf(" · %3.0f%%", m.answer.ScrollPercent()*100)
		}
		if note := m.find.Note(); note != "" {
			right = note + " · " + right
		}
	}
	return layout.Spread(m.styles.title.Render("Frequently asked questions"), m.styles.count.Render(right), m.width)
}
