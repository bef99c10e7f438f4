package searchview

import (
	"fmt"
	"strconv"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/versus-dev/versus/tui/internal/layout"
)

// Box sizes: the box leaves a margin around it on screens large enough,
// and grows no wider or taller than reads well.
const (
	maxBoxWidth  = 110
	maxBoxHeight = 32
	marginX      = 4 // columns left free on each side, when there is room
	marginY      = 2 // lines left free above and below, when there is room
	hitLines     = 2 // a section takes a title line and a snippet line
	headLines    = 2 // the query line and the status line
	snippetShift = 4 // the snippet's indent under the title
)

// Size returns the box's width and height, within the screen.
func (m Model) Size() (w, h int) {
	w = m.width
	if w >= 40+2*marginX {
		w = min(w-2*marginX, maxBoxWidth)
	}
	h = m.height
	if h >= 12+2*marginY {
		h = min(h-2*marginY, maxBoxHeight)
	}
	return w, h
}

// Position returns where the box's top left corner goes on the screen:
// centred across, a quarter of the free lines down.
func (m Model) Position() (x, y int) {
	w, h := m.Size()
	return (m.width - w) / 2, (m.height - h) / 4
}

// innerWidth is the width inside the box's border and padding.
func (m Model) innerWidth() int {
	w, _ := m.Size()
	return max(w-m.styles.box.GetHorizontalFrameSize(), 0)
}

func (m Model) innerHeight() int {
	_, h := m.Size()
	return max(h-m.styles.box.GetVerticalFrameSize(), 0)
}

// visibleHits is how many sections of the results fit in the box at
// once.
func (m Model) visibleHits() int {
	return max(m.innerHeight()-headLines, 0) / hitLines
}

// View draws the box, Size() wide and tall. The root places it; see
// Position.
func (m Model) View() string {
	bw, bh := m.Size()
	if bw <= 0 || bh <= 0 {
		return ""
	}
	iw, ih := m.innerWidth(), m.innerHeight()
	if iw <= 0 || ih <= 0 {
		return layout.Fit("", bw, bh)
	}
	lines := []string{m.input.View(), m.statusLine(iw)}
	lines = append(lines, m.body(iw)...)
	inner := layout.Fit(strings.Join(lines, "\n"), iw, ih)
	return layout.Fit(strings.Join(layout.Frame(m.styles.box, inner, iw), "\n"), bw, bh)
}

// statusLine says how many hits there are, or that a search runs.
func (m Model) statusLine(w int) string {
	var s string
	switch m.State() {
	case StateEmpty:
		s = ""
	case StateSearching:
		s = "searching…"
	default:
		switch n := len(m.groups); {
		case m.err != nil:
			return m.styles.err.Render(ansi.Truncate("search failed: "+m.err.Error(), w, "…"))
		case n == 0:
			s = "no results"
		case len(m.hits) >= Limit:
			s = fmt.Sprintf("%d+ sections", n)
		case n == 1:
			s = "1 section"
		default:
			s = fmt.Sprintf("%d sections", n)
		}
	}
	rule := m.styles.muted.Render(strings.Repeat("─", max(w-lipgloss.Width(s)-1, 0)))
	if s == "" {
		return m.styles.muted.Render(strings.Repeat("─", w))
	}
	return rule + " " + m.styles.muted.Render(s)
}

// body is the hint for an empty query, or the hits in view.
func (m Model) body(w int) []string {
	if m.input.Value() == "" || (len(m.hits) == 0 && m.query == "") {
		hint := "Type to search titles, aliases, tags, comparison tables, the FAQ and the text of every section."
		keys := "↑/↓ select · enter open · esc close"
		return append(strings.Split(m.styles.muted.Render(ansi.Wrap(hint, w, "")), "\n"), "", m.styles.muted.Render(keys))
	}
	if len(m.groups) == 0 && m.State() == StateResults && m.err == nil {
		return m.noResults(w)
	}
	var out []string
	end := min(m.offset+m.visibleHits(), len(m.groups))
	for i := m.offset; i < end; i++ {
		out = append(out, m.groupLines(m.groups[i], i == m.cursor, w)...)
	}
	return out
}

// noResults says that nothing matched and, when something close would,
// what, one key away.
func (m Model) noResults(w int) []string {
	var out []string
	if len(m.suggestions) == 0 {
		hint := "No section holds this word, or one close to it."
		if strings.ContainsRune(strings.TrimSpace(m.query), ' ') {
			hint = "No section holds every word. Try fewer words, or other ones."
		}
		return strings.Split(m.styles.muted.Render(ansi.Wrap(hint, w, "")), "\n")
	}
	line := "did you mean: " + strings.Join(m.suggestions, ", ") + "?"
	out = append(out, strings.Split(m.styles.snippet.Render(ansi.Wrap(line, w, "")), "\n")...)
	key := m.KeyMap.Suggest.Help().Key
	out = append(out, "", m.styles.muted.Render(ansi.Truncate(key+" searches \""+m.suggestions[0]+"\"", w, "…")))
	return out
}

// groupLines draws a section of the results: its title (and aspect
// number), how many of its fields matched, and what its best hit matched,
// then that hit's snippet with the matched characters highlighted.
func (m Model) groupLines(g group, selected bool, w int) []string {
	h := g.best()
	marker, titleStyle := "  ", m.styles.title
	if selected {
		marker, titleStyle = "▸ ", m.styles.selected
	}
	title := h.Title
	if m.common.Pack != nil {
		if s := m.common.Pack.Section(h.SectionID); s != nil && s.Number > 0 {
			title = strconv.Itoa(s.Number) + " " + title
		}
	}
	field := string(h.Field)
	count := ""
	if g.count > 1 {
		count = fmt.Sprintf(" · %d matches", g.count)
	}
	tw := max(w-lipgloss.Width(marker)-lipgloss.Width(field)-1, 0)
	if lipgloss.Width(title)+lipgloss.Width(count) > tw {
		count = "" // the title first; the count only where it fits
	}
	title = ansi.Truncate(title, tw, "…")
	pad := strings.Repeat(" ", max(w-lipgloss.Width(marker)-lipgloss.Width(title)-lipgloss.Width(count)-lipgloss.Width(field), 0))
	first := titleStyle.Render(marker+title) + m.styles.muted.Render(count) + pad + m.styles.field.Render(field)
	text, ranges := clip(h.Snippet, h.Matches, max(w-snippetShift, 0))
	second := strings.Repeat(" ", snippetShift) + highlight(text, ranges, m.styles.snippet, m.styles.match)
	return []string{first, second}
}
