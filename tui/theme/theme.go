// Package theme builds every style the TUI draws with from one small
// semantic palette. The root model builds the Styles and hands every pane
// a pointer to them, never changed after New (a new theme is a new
// Styles): held by value, they made each pane's model kilobytes larger,
// copied on every message. Nothing here is package-level mutable state.
package theme

import (
	"image/color"

	"charm.land/bubbles/v2/help"
	"charm.land/lipgloss/v2"
)

// Palette is the handful of semantic colours the TUI uses.
type Palette struct {
	Fg, Muted, Subtle color.Color // text, secondary text, hairlines
	Accent            color.Color // focus, selection, the pack's title
	Highlight         color.Color // matched characters in search results
	HighlightBg       color.Color // background of the current in-text match
	Warn              color.Color // errors and "too small"
	SelectedBg        color.Color // background of selected rows
}

// NewPalette returns the palette for a dark or light background. With
// noColor every colour is lipgloss.NoColor, so views carry attributes
// (bold, reverse, underline) but no colour at all, as NO_COLOR asks.
func NewPalette(isDark, noColor bool) Palette {
	if noColor {
		n := lipgloss.NoColor{}
		return Palette{n, n, n, n, n, n, n, n}
	}
	ld := lipgloss.LightDark(isDark)
	return Palette{
		Fg:          ld(lipgloss.Color("#1F1F24"), lipgloss.Color("#E4E4E7")),
		Muted:       ld(lipgloss.Color("#6B6B76"), lipgloss.Color("#9A9AA6")),
		Subtle:      ld(lipgloss.Color("#C8C8D0"), lipgloss.Color("#3D3D46")),
		Accent:      ld(lipgloss.Color("#5A3FD6"), lipgloss.Color("#9D86FF")),
		Highlight:   ld(lipgloss.Color("#B34700"), lipgloss.Color("#FFB454")),
		HighlightBg: ld(lipgloss.Color("#FFE3A3"), lipgloss.Color("#5C4A1A")),
		Warn:        ld(lipgloss.Color("#C0362C"), lipgloss.Color("#FF6B5E")),
		SelectedBg:  ld(lipgloss.Color("#ECE8FF"), lipgloss.Color("#2A2540")),
	}
}

// Styles holds every style shared by the panes. Panes with needs of their
// own build them from Palette in their own package.
type Styles struct {
	Palette Palette
	IsDark  bool
	NoColor bool

	TitleBar   lipgloss.Style // the top line: pack title
	StatusBar  lipgloss.Style // the bottom line
	StatusKey  lipgloss.Style // a label inside the status bar
	Pane       lipgloss.Style // an unfocused bordered pane
	PaneFocus  lipgloss.Style // the focused bordered pane
	PaneTitle  lipgloss.Style // a pane's heading line
	Muted      lipgloss.Style // secondary text
	Selected   lipgloss.Style // the selected row of a list
	Match      lipgloss.Style // matched characters in a snippet
	MatchFocus lipgloss.Style // the current match in the reader
	Error      lipgloss.Style // error and warning text
	Overlay    lipgloss.Style // a dialog drawn over the panes

	LinkFocus   lipgloss.Style // the link focused with tab in the reader
	GroupHeader lipgloss.Style // a kind heading inside the section list
	Number      lipgloss.Style // an aspect number in the section list
	HelpKey     lipgloss.Style // a key in help text
	HelpDesc    lipgloss.Style // its description

	// Comparison tables, in the tables pane and the compare view.
	TableHeader lipgloss.Style // a column name
	TableRule   lipgloss.Style // the line under the column names
	TableLabel  lipgloss.Style // a subject's name beside its cell, in a block
}

// New builds the styles for a background and a colour choice.
func New(isDark, noColor bool) *Styles {
	p := NewPalette(isDark, noColor)
	border := lipgloss.RoundedBorder()
	s := &Styles{Palette: p, IsDark: isDark, NoColor: noColor}
	s.TitleBar = lipgloss.NewStyle().Foreground(p.Accent).Bold(true).Padding(0, 1)
	s.StatusBar = lipgloss.NewStyle().Foreground(p.Muted).Padding(0, 1)
	s.StatusKey = lipgloss.NewStyle().Foreground(p.Accent).Bold(true)
	s.Pane = lipgloss.NewStyle().Border(border).BorderForeground(p.Subtle)
	s.PaneFocus = lipgloss.NewStyle().Border(border).BorderForeground(p.Accent)
	s.PaneTitle = lipgloss.NewStyle().Foreground(p.Accent).Bold(true)
	s.Muted = lipgloss.NewStyle().Foreground(p.Muted)
	s.Selected = lipgloss.NewStyle().Foreground(p.Accent).Background(p.SelectedBg).Bold(true)
	s.Match = lipgloss.NewStyle().Foreground(p.Highlight).Bold(true).Underline(true)
	s.MatchFocus = lipgloss.NewStyle().Foreground(p.Fg).Background(p.HighlightBg).Reverse(noColor)
	s.Error = lipgloss.NewStyle().Foreground(p.Warn).Bold(true)
	s.Overlay = lipgloss.NewStyle().Border(border).BorderForeground(p.Accent).Padding(0, 1)
	s.LinkFocus = lipgloss.NewStyle().Foreground(p.Accent).Reverse(true).Bold(true)
	s.GroupHeader = lipgloss.NewStyle().Foreground(p.Muted).Bold(true)
	s.Number = lipgloss.NewStyle().Foreground(p.Muted)
	s.HelpKey = lipgloss.NewStyle().Foreground(p.Accent)
	s.HelpDesc = lipgloss.NewStyle().Foreground(p.Muted)
	s.TableHeader = lipgloss.NewStyle().Bold(true).Foreground(p.Accent)
	s.TableRule = lipgloss.NewStyle().Foreground(p.Subtle)
	s.TableLabel = lipgloss.NewStyle().Foreground(p.Accent)
	return s
}

// Help returns the styles of key help, in the status bar and the help
// overlay alike.
func (s Styles) Help() help.Styles {
	return help.Styles{
		ShortKey: s.HelpKey, ShortDesc: s.HelpDesc, ShortSeparator: s.Muted, Ellipsis: s.Muted,
		FullKey: s.HelpKey, FullDesc: s.HelpDesc, FullSeparator: s.Muted,
	}
}

// Pick returns the styles and the glamour style for the terminal's
// background (isDark) and the user's choices: style from --style or
// GLAMOUR_STYLE ("" follows the background), noColor from NO_COLOR.
//
// Under NO_COLOR the markdown is still rendered in the dark style, for its
// bold, italic and underline: the program runs with the ASCII colour
// profile, with which Bubble Tea's renderer drops every colour on its way
// to the terminal. glamour's "notty" style would keep none of the
// attributes and print the markup instead (**bold**, # Title).
//
// The chrome follows the markdown: --style light or dark sets its palette
// whatever the terminal answers, so that the two never disagree.
func Pick(style string, isDark, noColor bool) (*Styles, string) {
	dark := isDark
	switch style {
	case "light":
		dark = false
	case "dark":
		dark = true
	}
	styles := New(dark, noColor)
	switch {
	case style != "":
		return styles, style
	case noColor, isDark:
		return styles, "dark"
	default:
		return styles, "light"
	}
}
