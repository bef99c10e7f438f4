package browse

import (
	"slices"

	"github.com/versus-dev/versus/knowledge"
	"github.com/versus-dev/versus/tui/memory"
)

// Resume puts the reader where the run before s left off (its
// State.Resume, with that run's trail of sections), rendered once the size
// is known, unless s asks for a fresh start. With start, a section asked
// for, elsewhere, the pane stays on start and the place left off is one
// step back from it. A nil s remembers nothing.
func (m *Model) Resume(p *knowledge.Pack, s *memory.Session, start string) {
	if s == nil || s.Fresh || s.State.Resume == nil {
		return
	}
	st, r := s.State, s.State.Resume
	switch sec := p.Section(r.Section); {
	case start != "" && start != r.Section:
		m.reader.SetHistory(append(slices.Clip(st.Back), *r), nil)
	case start == "" && sec != nil:
		m.OpenAt(sec, r.Line, r.Total)
		fallthrough
	default:
		m.reader.SetHistory(st.Back, st.Forward)
	}
}

// Remember returns st with the place read now as the place to resume at
// and the reader's trail of sections, for the next run.
func (m Model) Remember(st memory.State) memory.State {
	if sec := m.reader.Section(); sec != nil {
		off, total := m.reader.Position()
		st.Visit(memory.Place{Section: sec.ID, Line: off, Total: total})
	}
	st.SetHistory(m.reader.History())
	return st
}
