package compare

import (
	"strings"
	"testing"

	"github.com/versus-dev/versus/tui/internal/tuitest"
)

func TestReloadRerendersTheViewInPlace(t *testing.T) {
	m := view(t, "speed", "concurrency", 120, 30)
	m, _ = tuitest.Update(m, tuitest.Press("j"))
	before := m.panes[Left].vp.YOffset()
	if before == 0 {
		t.Fatal("j did not scroll")
	}

	p := tuitest.Pack(t)
	p.Section("speed").Summary = "ZEBRA line."
	old := tuitest.Plain(m.View())
	cmd := m.SetCommon(tuitest.CommonFor(p))
	if v := tuitest.Plain(m.View()); v != old {
		t.Errorf("the view changed before the new render arrived:\n%s", v)
	}
	m = tuitest.Settle(m, cmd)
	if after := m.panes[Left].vp.YOffset(); after != before {
		t.Errorf("reload moved the pane from line %d to %d", before, after)
	}
	m, _ = tuitest.Update(m, tuitest.Press("g"))
	if v := tuitest.Plain(m.View()); !strings.Contains(v, "ZEBRA line.") {
		t.Errorf("the edit is not shown:\n%s", v)
	}
}

func TestReloadKeepsThePickersQuery(t *testing.T) {
	m := picker2(t, 100, 30) // concurrency chosen first
	m = tuitest.TypeText(m, "p")
	p := tuitest.Pack(t)
	p.Section("packages").Title = "ZEBRA packages"
	m.SetCommon(tuitest.CommonFor(p))
	if m.Mode() != ModePickSecond || m.picker.input.Value() != "p" || m.first != p.Section("concurrency") {
		t.Fatalf("after reload: mode %v, query %q", m.Mode(), m.picker.input.Value())
	}
	if v := tuitest.Plain(m.View()); !strings.Contains(v, "ZEBRA packages") {
		t.Errorf("the picker shows the old titles:\n%s", v)
	}
	m, _ = tuitest.Update(m, tuitest.Press("enter"))
	if l, r := m.Sections(); m.Mode() != ModeView || l != "concurrency" || m.panes[Right].section != p.Section(r) {
		t.Errorf("chose %s and %s from the old pack", l, r)
	}
}
