package faq

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"charm.land/bubbles/v2/list"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/versus-dev/versus/tui/theme"
)

// styles are the FAQ pane's own styles, built from the shared theme.
type styles struct {
	title      lipgloss.Style
	count      lipgloss.Style
	rule       lipgloss.Style
	number     lipgloss.Style
	question   lipgloss.Style
	selected   lipgloss.Style
	muted      lipgloss.Style
	err        lipgloss.Style
	match      lipgloss.Style // a match of the find query
	matchFocus lipgloss.Style // the current match
	list       list.Styles
}

func newStyles(t *theme.Styles) styles {
	p := t.Palette
	s := styles{
		title:      t.PaneTitle,
		count:      t.Muted,
		rule:       lipgloss.NewStyle().Foreground(p.Subtle),
		number:     t.Muted,
		question:   lipgloss.NewStyle().Foreground(p.Fg),
		selected:   t.Selected,
		muted:      t.Muted,
		err:        t.Error,
		match:      t.Match,
		matchFocus: t.MatchFocus,
	}
	s.list = list.DefaultStyles(t.IsDark)
	s.list.NoItems = t.Muted
	s.list.PaginationStyle = lipgloss.NewStyle().PaddingLeft(2)
	s.list.ActivePaginationDot = lipgloss.NewStyle().Foreground(p.Accent).SetString("•")
	s.list.InactivePaginationDot = lipgloss.NewStyle().Foreground(p.Subtle).SetString("•")
	s.list.ArabicPagination = t.Muted
	return s
}

// item is one question in the list.
type item struct {
	n        int
	question string
}

// FilterValue satisfies list.Item; the list is not filtered.
func (i item) FilterValue() string { return i.question }

// delegate draws a question on one line: a marker when selected, its
// number, and the question cut to the list's width.
type delegate struct{ styles *styles }

func (d delegate) Height() int                         { return 1 }
func (d delegate) Spacing() int                        { return 0 }
func (d delegate) Update(tea.Msg, *list.Model) tea.Cmd { return nil }

func (d delegate) Render(w io.Writer, m list.Model, index int, li list.Item) {
	it, ok := li.(item)
	width := m.Width()
	if !ok || width <= 0 {
		return
	}
	digits := len(strconv.Itoa(len(m.Items())))
	marker := "  "
	if index == m.Index() {
		marker = "▸ "
	}
	num := fmt.Sprintf("%*d. ", digits, it.n)
	plain := ansi.Truncate(marker+num+it.question, width, "…")
	if index == m.Index() {
		fmt.Fprint(w, d.styles.selected.Render(plain+strings.Repeat(" ", max(width-lipgloss.Width(plain), 0))))
		return
	}
	rest := strings.TrimPrefix(plain, marker+num)
	if rest == plain { // the number itself was cut
		fmt.Fprint(w, d.styles.number.Render(plain))
		return
	}
	fmt.Fprint(w, marker+d.styles.number.Render(num)+d.styles.question.Render(rest))
}
