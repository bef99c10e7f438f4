package nav

import (
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/versus-dev/versus/knowledge"
	"github.com/versus-dev/versus/knowledge/packtest"
)

// TestTrailGoesBackAndForward walks a to b to c, back twice, forward once,
// then leaves for d, which forgets the way forward.
func TestTrailGoesBackAndForward(t *testing.T) {
	var tr Trail[string]
	if _, ok := tr.Back("a"); ok {
		t.Fatal("an empty trail went back")
	}
	tr.Leave("a")
	tr.Leave("b")
	here := "c"
	step := func(s string, ok bool) {
		t.Helper()
		if !ok {
			t.Fatalf("no step from %s", here)
		}
		here = s
	}
	step(tr.Back(here))
	step(tr.Back(here))
	if here != "a" {
		t.Fatalf("back twice from c: %s", here)
	}
	if _, ok := tr.Last(); ok {
		t.Error("Last has a stop at the start of the trail")
	}
	step(tr.Forward(here))
	if last, _ := tr.Last(); here != "b" || last != "a" {
		t.Fatalf("forward: at %s with %s behind, want b with a", here, last)
	}
	tr.Leave(here)
	if _, ok := tr.Forward("d"); ok {
		t.Error("a new step kept the way forward")
	}
}

// TestTrailIsBoundedAndCopiesAreApart checks that the oldest stops go past
// MaxTrail, and that a copy's steps do not change the original.
func TestTrailIsBoundedAndCopiesAreApart(t *testing.T) {
	var tr Trail[int]
	for i := range MaxTrail + 10 {
		tr.Leave(i)
	}
	cp := tr
	n := 0
	for here := -1; ; n++ {
		s, ok := cp.Back(here)
		if !ok {
			break
		}
		here = s
	}
	if n != MaxTrail {
		t.Errorf("went back %d times, want %d", n, MaxTrail)
	}
	if last, _ := tr.Last(); last != MaxTrail+9 {
		t.Errorf("the original's last stop is %d after a copy went back", last)
	}
	cp.Leave(100)
	if last, _ := tr.Last(); last != MaxTrail+9 {
		t.Errorf("the original's last stop is %d after a copy left", last)
	}
}

func packOf(t *testing.T, aspects int) *knowledge.Pack {
	t.Helper()
	p, err := knowledge.Load(packtest.Generate(aspects))
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// TestDigitsMakeNumbers types "1" then "2" on a pack of fourteen aspects
// (aspect 1, then 12 in its place), lets the wait for a second digit run
// out, and types digits no aspect has.
func TestDigitsMakeNumbers(t *testing.T) {
	p := packOf(t, 14)
	var expire func(time.Time) tea.Msg
	tick := func(_ time.Duration, f func(time.Time) tea.Msg) tea.Cmd { expire = f; return nil }
	var d Digits
	j := d.Type(p, "1", tick)
	if j.Section == nil || j.Section.Number != 1 || j.Replace || d.Typed() != "1" {
		t.Fatalf("1: %+v, typed %q", j, d.Typed())
	}
	if got := d.Note(); got != "aspect 1… (another digit for 10 and up)" {
		t.Errorf("note while typing: %q", got)
	}
	j = d.Type(p, "2", tick)
	if j.Section == nil || j.Section.Number != 12 || !j.Replace || d.Typed() != "" {
		t.Fatalf("1 then 2: %+v, typed %q", j, d.Typed())
	}
	d.Type(p, "1", tick)
	if !d.Update(expire(time.Time{})) || d.Typed() != "" || d.Note() != "" {
		t.Fatalf("the wait ran out and %q is still typed", d.Typed())
	}
	if j := d.Type(p, "2", tick); j.Section.Number != 2 || j.Replace || d.Typed() != "" {
		t.Fatalf("2 after the wait: %+v, typed %q", j, d.Typed())
	}
	old := expire
	d.Type(p, "1", tick)
	if !d.Update(old(time.Time{})) || d.Typed() != "1" {
		t.Error("an earlier digit's wait ended the number typed since")
	}
	d.Reset()
	if j := d.Type(p, "0", tick); j.Section != nil || j.Note != "no aspect 0" {
		t.Errorf("0: %+v", j)
	}
	d.Type(p, "1", tick)
	if j := d.Type(p, "9", tick); j.Section != nil || j.Note != "no aspect 19" {
		t.Errorf("1 then 9: %+v", j)
	}
}
