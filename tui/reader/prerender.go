package reader

// Prerender returns the work of rendering the section on screen at the
// width a later SetSize(width, …) will ask for, into the shared
// renderer's cache, or nil when there is nothing to render. The work
// blocks: run it on a goroutine of its own. Started before the program
// sets up the terminal, it has the first section ready, or under way (the
// reader's own request then waits for it), by the time the size is known.
func (m *Model) Prerender(width int) func() {
	if m.sec == nil || width <= 0 {
		return nil
	}
	md, r, style := m.source(m.sec), m.c.Renderer, m.c.Style
	return func() { _, _ = r.Render(md, width, style) }
}
