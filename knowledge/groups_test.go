package knowledge

import (
	"slices"
	"testing"
)

func TestGroupsOneHeadingPerKind(t *testing.T) {
	sec := func(id string, k Kind) *Section { return &Section{ID: id, Kind: k} }
	p := &Pack{Sections: []*Section{
		sec("a", KindOverview), sec("b", KindAspect), sec("c", KindGuide),
		sec("d", KindOverview), sec("e", KindGuide), sec("f", KindFAQ),
	}}
	var got []string
	for _, g := range p.Groups() {
		ids := ""
		for _, s := range g.Sections {
			ids += s.ID
		}
		got = append(got, g.Name+":"+ids)
	}
	want := []string{"Overview:ad", "Aspects:b", "Guides:ce", "FAQ:f"}
	if !slices.Equal(got, want) {
		t.Errorf("Groups() = %v, want %v", got, want)
	}
	if g := (&Pack{}).Groups(); len(g) != 0 {
		t.Errorf("an empty pack has groups: %v", g)
	}
}
