package tables

import (
	"strings"
	"testing"

	"github.com/versus-dev/versus/tui/common"
	"github.com/versus-dev/versus/tui/internal/tuitest"
)

func TestYCopiesTheSelectedRow(t *testing.T) {
	m := New(tuitest.Common(t), "speed")
	m.SetSize(80, 24)
	m, _ = tuitest.Update(m, tuitest.Press("down"))
	r, _ := m.selected()
	a, ok := tuitest.Do(m, tuitest.Press("y")).(common.Copy)
	if !ok {
		t.Fatalf("y asked %v, want Copy", tuitest.Do(m, tuitest.Press("y")))
	}
	lines := strings.Split(strings.TrimSuffix(a.Text, "\n"), "\n")
	if len(lines) != 3 || !strings.HasPrefix(lines[0], "| "+m.aspectHead[0]+" |") ||
		!strings.HasPrefix(lines[1], "| --- |") || !strings.HasPrefix(lines[2], "| "+r.cells[0]+" |") {
		t.Errorf("copied\n%s\nwant the header, the delimiter and the second row", a.Text)
	}
	if want := `row "` + r.cells[0] + `" from ` + m.common.Pack.Section("speed").Title; a.Label != want {
		t.Errorf("label %q, want %q", a.Label, want)
	}
}

func TestCtrlYCopiesInTheMatrix(t *testing.T) {
	m := New(tuitest.Common(t), "")
	m.SetSize(100, 24)
	m = tuitest.TypeText(m, "y")
	if m.Filter() != "y" {
		t.Fatalf("y in the matrix did not type: filter %q", m.Filter())
	}
	m = New(tuitest.Common(t), "")
	m.SetSize(100, 24)
	r, _ := m.selected()
	a, ok := tuitest.Do(m, tuitest.Press("ctrl+y")).(common.Copy)
	if !ok {
		t.Fatal("ctrl+y in the matrix asked no copy")
	}
	if !strings.HasPrefix(a.Text, "| Aspect | Criterion |") || !strings.Contains(a.Text, "| "+r.cells[1]+" |") ||
		!strings.Contains(a.Label, `"`+r.cells[1]+`"`) {
		t.Errorf("copied %q as %q", a.Text, a.Label)
	}
	var help []string
	for _, b := range m.ShortHelp() {
		help = append(help, b.Help().Key+" "+b.Help().Desc)
	}
	if !strings.Contains(strings.Join(help, ","), "ctrl+y copy row") {
		t.Errorf("matrix help %q lacks ctrl+y", help)
	}
}

func TestCopyEscapesCells(t *testing.T) {
	m := New(tuitest.Common(t), "speed")
	m.SetSize(80, 24)
	m.aspect[0].cells[0] = "a | b"
	a, _ := tuitest.Do(m, tuitest.Press("y")).(common.Copy)
	if !strings.Contains(a.Text, `| a \| b |`) {
		t.Errorf("a pipe in a cell was not escaped:\n%s", a.Text)
	}
}
