package reader

import (
	"charm.land/bubbles/v2/key"
)

// Which bindings act now, and the help built from them.

// updateKeys enables the bindings that can act now.
func (m *Model) updateKeys() {
	k := &m.KeyMap
	finding := m.find.Active()
	hasDoc := m.doc != nil && !finding
	for _, b := range k.Keys.Pointers() {
		b.SetEnabled(hasDoc)
	}
	links := !finding && m.sec != nil && len(m.sec.Links) > 0
	k.NextLink.SetEnabled(links)
	k.PrevLink.SetEnabled(links)
	_, focused := m.FocusedLink()
	// enter is listed wherever there are links: without a selected one it
	// says that tab selects one.
	k.Follow.SetEnabled(links)
	k.Back.SetEnabled(!finding && m.CanGoBack())
	k.Forward.SetEnabled(!finding && m.CanGoForward())
	k.Find.SetEnabled(!finding && m.doc != nil)
	k.NextMatch.SetEnabled(!finding && len(m.find.Matches()) > 0)
	k.PrevMatch.SetEnabled(!finding && len(m.find.Matches()) > 0)
	k.ClearFind.SetEnabled(!finding && (focused || m.find.Query() != ""))
	k.FindDone.SetEnabled(finding)
	k.FindCancel.SetEnabled(finding)
	k.FindRecall.SetEnabled(m.find.CanRecall())
}

// ShortHelp implements help.KeyMap.
func (m Model) ShortHelp() []key.Binding {
	k := m.KeyMap
	if m.find.Active() {
		return []key.Binding{k.FindDone, k.FindCancel, k.FindRecall}
	}
	return []key.Binding{k.NextLink, k.Follow, k.Back, k.NextMatch, k.Find}
}

// FullHelp implements help.KeyMap.
func (m Model) FullHelp() [][]key.Binding {
	k := m.KeyMap
	if m.find.Active() {
		return [][]key.Binding{{k.FindDone, k.FindCancel, k.FindRecall}}
	}
	// Back and forward are the root's, listed for every view.
	return [][]key.Binding{
		k.Keys.All(),
		{k.NextLink, k.PrevLink, k.Follow},
		{k.Find, k.NextMatch, k.PrevMatch, k.ClearFind},
	}
}
