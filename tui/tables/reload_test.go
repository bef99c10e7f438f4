package tables

import (
	"strings"
	"testing"

	"github.com/versus-dev/versus/tui/internal/tuitest"
)

func TestReloadShowsTheNewRowsInPlace(t *testing.T) {
	m := New(tuitest.Common(t), "speed")
	m.SetSize(100, 24)
	m, _ = tuitest.Update(m, tuitest.Press("down"))
	before, _ := m.selected()

	p := tuitest.Pack(t) // a new version of the pack, with one cell edited
	p.Section("speed").Tables[0].Rows[1][1] = "ZEBRA cell"
	m.SetCommon(tuitest.CommonFor(p))
	if !strings.Contains(tuitest.Plain(m.View()), "ZEBRA cell") {
		t.Errorf("the edited cell is not shown:\n%s", tuitest.Plain(m.View()))
	}
	after, _ := m.selected()
	if m.Mode() != ModeAspect || m.cursor != 1 || after.cells[0] != before.cells[0] {
		t.Errorf("reload moved from row %q to %q (mode %v)", before.cells[0], after.cells[0], m.Mode())
	}
	// The same pack again (a new theme) rebuilds nothing.
	m.SetCommon(tuitest.CommonFor(p))
	if m.cursor != 1 {
		t.Error("SetCommon without a new pack moved the cursor")
	}
}

func TestReloadKeepsTheMatrixFilter(t *testing.T) {
	m := New(tuitest.Common(t), "")
	m.SetSize(100, 24)
	m = tuitest.TypeText(m, "startup")
	if shown, _ := m.RowCount(); shown == 0 {
		t.Fatal("the filter kept no row")
	}
	p := tuitest.Pack(t)
	var edited bool
	for _, s := range p.Sections {
		for _, tb := range s.Tables {
			for _, r := range tb.Rows {
				if strings.Contains(strings.ToLower(r[0]), "startup") {
					r[1], edited = "ZEBRA start", true
				}
			}
		}
	}
	if !edited {
		t.Fatal("no startup row in the fixture")
	}
	m.SetCommon(tuitest.CommonFor(p))
	v := tuitest.Plain(m.View())
	if m.Mode() != ModeMatrix || m.Filter() != "startup" || !strings.Contains(v, "ZEBRA start") {
		t.Errorf("after reload: mode %v, filter %q\n%s", m.Mode(), m.Filter(), v)
	}
}

func TestReloadOfAnAspectWithoutTablesShowsTheMatrix(t *testing.T) {
	m := New(tuitest.Common(t), "speed")
	m.SetSize(100, 24)
	p := tuitest.Pack(t)
	p.Section("speed").Tables = nil
	m.SetCommon(tuitest.CommonFor(p))
	if m.Mode() != ModeMatrix {
		t.Errorf("mode %v, want the matrix", m.Mode())
	}
	for _, r := range m.matrix {
		if r.section == "speed" {
			t.Errorf("the matrix kept speed's old row %q", r.cells)
		}
	}
}
