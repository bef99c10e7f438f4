package searchview

// Suggestions returns the queries suggested for one that found nothing.
func (m Model) Suggestions() []string { return m.suggestions }
