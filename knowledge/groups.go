package knowledge

// Group is the sections listed under one heading.
type Group struct {
	Name     string // Section.ListGroup of each of its sections
	Sections []*Section
}

// Groups returns the pack's sections by Section.ListGroup: one group per
// name, in the order the names first appear in the pack, each holding its
// sections in pack order. A pack that lists an overview section after the
// guides still has one "Overview" heading in a table of contents.
func (p *Pack) Groups() []Group {
	var out []Group
	at := map[string]int{}
	for _, s := range p.Sections {
		name := s.ListGroup()
		i, ok := at[name]
		if !ok {
			i = len(out)
			at[name] = i
			out = append(out, Group{Name: name})
		}
		out[i].Sections = append(out[i].Sections, s)
	}
	return out
}
