package compare

// Synced reports whether the panes scroll together.
func (m Model) Synced() bool { return m.sync }
