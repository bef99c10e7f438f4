// Package statusbar draws the bottom line of the TUI: where the reader is
// (pack, section, scroll position), what the focused pane has to say (a
// link's target, "match 2/5") and the short help of the focused pane.
package statusbar

import (
	"fmt"
	"slices"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"github.com/charmbracelet/x/ansi"

	"github.com/versus-dev/versus/knowledge/sanitize"
	"github.com/versus-dev/versus/tui/theme"
)

// Info is what the status bar shows besides the key hints.
type Info struct {
	Pack    string // pack title
	Section string // the section on screen; may be empty
	Percent int    // scroll position 0-100; negative hides it
	Fits    bool   // the whole section is in view: "all" instead of a percentage
	Note    string // the focused pane's message; may be empty

	// Problems is how many content problems the pack has; when any, a
	// "N problems" badge leads the bar, so that ! is found.
	Problems int

	// Pinned are key hints always shown, at the right end, however
	// short the bar: the way to help and out.
	Pinned []key.Binding
}

// Model is the status bar. It has no state beyond its width and styles:
// the root hands it what to show on every View.
type Model struct {
	styles *theme.Styles
	help   help.Model
	width  int
}

// New returns a status bar drawn with styles.
func New(styles *theme.Styles) Model {
	m := Model{help: help.New()}
	m.SetStyles(styles)
	return m
}

// SetStyles restyles the bar after a theme change.
func (m *Model) SetStyles(s *theme.Styles) {
	m.styles = s
	m.help.Styles = s.Help()
}

// SetWidth sets the bar's width in cells.
func (m *Model) SetWidth(w int) { m.width = max(0, w) }

// View draws the bar: place and note on the left, key hints on the right,
// exactly one line of the bar's width. When space is short the pack title
// goes first, then whole hints from the end of keys' short help; the
// pinned hints stay, unless a note would otherwise be cut.
func (m Model) View(info Info, keys help.KeyMap) string {
	w := m.width
	if w <= 0 {
		return ""
	}
	inner := w - 2 // the bar's padding
	// The bar is the last stop before the terminal, and a note is often
	// an error's text (a tool's stderr, a saved state file's contents):
	// whatever slipped past the loader's filters shows here as text.
	info.Pack, info.Section, info.Note = sanitize.Line(info.Pack), sanitize.Line(info.Section), sanitize.Line(info.Note)
	var place []string
	if info.Pack != "" {
		place = append(place, info.Pack)
	}
	if info.Section != "" {
		place = append(place, info.Section)
	}
	switch {
	case info.Percent < 0:
	case info.Fits:
		place = append(place, "all")
	default:
		place = append(place, fmt.Sprintf("%d%%", info.Percent))
	}
	left := strings.Join(place, " · ")
	badge := ""
	if info.Problems > 0 {
		badge = fmt.Sprintf("%d problem", info.Problems)
		if info.Problems > 1 {
			badge += "s"
		}
	}
	want := ansi.StringWidth(badge) + ansi.StringWidth(left) + ansi.StringWidth(info.Note) + 8
	if len(info.Pinned) > 0 {
		want += ansi.StringWidth(m.help.ShortHelpView(info.Pinned))
	}
	if keys != nil {
		want += ansi.StringWidth(m.help.ShortHelpView(keys.ShortHelp()))
	}
	if want > inner && len(place) > 1 && info.Pack != "" {
		// The title bar names the pack already: give its room to hints.
		place = place[1:]
		left = strings.Join(place, " · ")
	}
	if info.Note != "" && info.Section != "" && len(place) > 1 {
		// A note says what just happened (a match count, a link's
		// target): on a bar too narrow for both it outranks the
		// section's name, which the view shows in its own title.
		pinnedW := 0
		if len(info.Pinned) > 0 {
			pinnedW = ansi.StringWidth(m.help.ShortHelpView(info.Pinned))
		}
		if ansi.StringWidth(badge)+ansi.StringWidth(left)+ansi.StringWidth(info.Note)+pinnedW+6 > inner {
			place = place[1:]
			left = strings.Join(place, " · ")
		}
	}
	compose := func(left string) string {
		v := m.styles.Muted.Render(left)
		if badge != "" {
			sep := ""
			if left != "" {
				sep = m.styles.Muted.Render(" · ")
			}
			v = m.styles.Error.Render(badge) + sep + v
		}
		if info.Note != "" {
			if left != "" {
				v += m.styles.Muted.Render("  ")
			}
			v += m.styles.StatusKey.Render(info.Note)
		}
		return v
	}
	full := compose(left)
	leftView := full
	leftView = ansi.Truncate(leftView, max(0, inner), "…")
	used := ansi.StringWidth(leftView)
	pinned := ""
	if len(info.Pinned) > 0 {
		pinned = m.help.ShortHelpView(info.Pinned)
	}
	right := pinned
	if keys != nil {
		sep := ""
		if pinned != "" {
			sep = m.help.Styles.ShortSeparator.Render(m.help.ShortSeparator)
		}
		room := inner - used - 3 - ansi.StringWidth(pinned) - ansi.StringWidth(sep)
		if hints := m.fit(keys.ShortHelp(), room); hints != "" {
			right = hints + sep + pinned
		}
	}
	if used+ansi.StringWidth(right)+1 > inner && info.Note != "" && ansi.StringWidth(full) <= inner {
		// A note says what the last key did ("sent 3.7 KB to the
		// clipboard: …") and goes with the next key: on a bar too narrow
		// for it and the hints, the hints give way this once.
		right = ""
	}
	if used+ansi.StringWidth(right)+1 > inner {
		// Too narrow for the place and the pinned hints: keep the hints,
		// and cut the section's name before what follows it (the scroll
		// position, a note).
		target := max(0, inner-ansi.StringWidth(right)-1)
		if i := slices.Index(place, info.Section); i >= 0 && info.Section != "" {
			over := ansi.StringWidth(full) - target
			if keep := ansi.StringWidth(info.Section) - over; keep >= 4 {
				place[i] = ansi.Truncate(info.Section, keep, "…")
				leftView = compose(strings.Join(place, " · "))
			}
		}
		leftView = ansi.Truncate(leftView, target, "…")
		used = ansi.StringWidth(leftView)
	}
	gap := max(1, inner-used-ansi.StringWidth(right))
	line := leftView + strings.Repeat(" ", gap) + right
	line = ansi.Truncate(line, max(0, inner), "")
	if pad := inner - ansi.StringWidth(line); pad > 0 {
		line += strings.Repeat(" ", pad)
	}
	if inner <= 0 {
		return strings.Repeat(" ", w)
	}
	return m.styles.StatusBar.Render(line)
}

// fit draws as many of bindings as fit in room cells, dropping whole hints
// from the end: the first are the most useful, and a hint is never cut.
func (m Model) fit(bindings []key.Binding, room int) string {
	var on []key.Binding
	for _, b := range bindings {
		if b.Enabled() && b.Help().Key != "" {
			on = append(on, b)
		}
	}
	h := m.help
	h.SetWidth(0) // no truncation of its own
	for n := len(on); n > 0; n-- {
		if v := h.ShortHelpView(on[:n]); ansi.StringWidth(v) <= room {
			return v
		}
	}
	return ""
}
