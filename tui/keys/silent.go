package keys

import (
	"fmt"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/versus-dev/versus/tui/browse"
	"github.com/versus-dev/versus/tui/reader"
)

// No key does nothing silently: a key that works in some view (the
// reader's scroll, link and find keys, the browse pane's h and l) but not
// in the one on screen, which then does not list it in its help, gets a
// short answer in the status bar instead of being ignored.

// vocabulary is every key some view answers to and a user may try in
// another, with the find keys apart for their own answer.
func vocabulary() (keys []key.Binding, find []key.Binding) {
	r := reader.DefaultKeyMap()
	b := browse.DefaultKeyMap()
	keys = append(r.Keys.All(), r.NextLink, r.PrevLink, r.Follow, b.FocusList, b.FocusReader)
	return keys, []key.Binding{r.Find, r.NextMatch, r.PrevMatch}
}

// Why says why msg does nothing on the screen s describes, for a pack
// holding h: the pack lacks what it needs (Unavailable), or only another
// view has it (Silent); "" when it may act.
func (s Screen) Why(msg tea.KeyPressMsg, h Holds) string {
	if note := s.Keys.Unavailable(msg, h); note != "" {
		return note
	}
	return s.Silent(msg)
}

// Silent returns what to say about msg when the view on screen has no
// binding for it but another view does, or "" when the view acts on it
// (or it is no key of ours at all).
func (s Screen) Silent(msg tea.KeyPressMsg) string {
	if s.Browsing && s.Browse.Focus() == browse.FocusReader && !s.Browse.Reader().Ready() {
		return "" // the reader's keys wake up once its render arrives
	}
	keys, find := vocabulary()
	known, isFind := false, false
	for _, b := range keys {
		known = known || key.Matches(msg, b)
	}
	for _, b := range find {
		isFind = isFind || key.Matches(msg, b)
	}
	if !known && !isFind {
		return ""
	}
	finds := false // the view finds: ctrl+f is in its help
	for _, g := range s.HelpKeys().full {
		for _, b := range g {
			if key.Matches(msg, b) {
				return ""
			}
			finds = finds || key.Matches(tea.KeyPressMsg{Code: 'f', Mod: tea.ModCtrl}, b)
		}
	}
	switch {
	case isFind && finds:
		return fmt.Sprintf("%s: no matches to step through; ctrl+f finds", msg.String())
	case isFind:
		return fmt.Sprintf("%s finds in the reader, FAQ and compare; / searches all", msg.String())
	}
	return fmt.Sprintf("%s does nothing in %s", msg.String(), s.Name)
}
