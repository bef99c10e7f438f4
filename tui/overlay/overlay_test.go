package overlay

import (
	"testing"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/versus-dev/versus/tui/common"
	"github.com/versus-dev/versus/tui/internal/layout"
	"github.com/versus-dev/versus/tui/internal/tuitest"
)

// fake is a dialog that records what the stack hands it. Update returns
// a new pane, as a value-typed pane would, so that the stack must keep
// what Update returns.
type fake struct {
	name    string
	msgs    []tea.Msg
	w, h    int
	commons int
	act     common.Action
}

type sized struct{ name string }  // the command SetSize returns
type themed struct{ name string } // the command SetCommon returns
type updated struct{ name string }

func (f *fake) Update(msg tea.Msg) (common.Pane, tea.Cmd) {
	next := *f
	next.msgs = append(append([]tea.Msg(nil), f.msgs...), msg)
	next.act = common.Close{}
	return &next, func() tea.Msg { return updated{f.name} }
}
func (f *fake) View() string { return f.name }
func (f *fake) SetSize(w, h int) tea.Cmd {
	f.w, f.h = w, h
	return func() tea.Msg { return sized{f.name} }
}
func (f *fake) SetCommon(common.Common) tea.Cmd {
	f.commons++
	return func() tea.Msg { return themed{f.name} }
}
func (f *fake) Capturing() bool           { return false }
func (f *fake) Action() common.Action     { return f.act }
func (f *fake) ShortHelp() []key.Binding  { return nil }
func (f *fake) FullHelp() [][]key.Binding { return nil }
func name(p common.Pane) string           { return p.(*fake).name }
func msgsOf(s Stack, i int) []tea.Msg     { return s.dialogs[i].pane.(*fake).msgs }
func areaOf(k Kind) layout.Rect           { return layout.Rect{W: 10 * int(k), H: int(k)} }

func TestEmptyStack(t *testing.T) {
	var s Stack
	if p, k := s.Top(); p != nil || k != None || !s.Empty() || s.Kind() != None || s.Shown() != nil {
		t.Fatalf("empty stack: top %v %v, empty %v, shown %v", p, k, s.Empty(), s.Shown())
	}
	if s.Pop() {
		t.Fatal("Pop on an empty stack reported a dialog closed")
	}
	if p, cmd := s.Update(tea.KeyPressMsg{}); p != nil || cmd != nil {
		t.Fatal("Update on an empty stack reached something")
	}
	if s.Forward(nil) != nil || s.SetSizes(areaOf) != nil || s.SetCommon(common.Common{}) != nil {
		t.Fatal("an empty stack returned work to do")
	}
}

func TestPushSizesAndPopCloses(t *testing.T) {
	var s Stack
	search, help := &fake{name: "search"}, &fake{name: "help"}
	if got := tuitest.Run(s.Push(Search, search, layout.Rect{W: 80, H: 24})); len(got) != 1 || got[0] != (sized{"search"}) {
		t.Fatalf("Push returned %v, want the dialog's resize", got)
	}
	if search.w != 80 || search.h != 24 {
		t.Fatalf("pushed dialog sized %dx%d, want 80x24", search.w, search.h)
	}
	s.Push(Help, help, layout.Rect{W: 40, H: 10})
	if p, k := s.Top(); p != help || k != Help || s.Kind() != Help || s.Empty() {
		t.Fatalf("top is %v (%v), want help", p, k)
	}
	if !s.Pop() {
		t.Fatal("Pop closed nothing")
	}
	if p, k := s.Top(); p != search || k != Search {
		t.Fatalf("after Pop the top is %v (%v), want search", p, k)
	}
	s.Clear()
	if !s.Empty() {
		t.Fatal("Clear left dialogs open")
	}
}

func TestShownSkipsHelp(t *testing.T) {
	var s Stack
	s.Push(Search, &fake{name: "search"}, layout.Rect{})
	s.Push(Help, &fake{name: "help"}, layout.Rect{})
	if p := s.Shown(); p == nil || name(p) != "search" {
		t.Fatalf("Shown = %v, want the search under the help", p)
	}
	var only Stack
	only.Push(Help, &fake{name: "help"}, layout.Rect{})
	if p := only.Shown(); p != nil {
		t.Fatalf("Shown with only help open = %v, want nil", name(p))
	}
}

func TestUpdateReachesTopOnly(t *testing.T) {
	var s Stack
	s.Push(Search, &fake{name: "search"}, layout.Rect{})
	s.Push(Problems, &fake{name: "problems"}, layout.Rect{})
	p, cmd := s.Update("key")
	if p == nil || name(p) != "problems" || p.Action() != (common.Close{}) {
		t.Fatalf("Update returned %v, want the problems dialog as it is after", p)
	}
	if got := tuitest.Run(cmd); len(got) != 1 || got[0] != (updated{"problems"}) {
		t.Fatalf("Update's command gave %v", got)
	}
	if top, _ := s.Top(); top != p {
		t.Fatal("the stack did not keep the pane Update returned")
	}
	if len(msgsOf(s, 0)) != 0 || len(msgsOf(s, 1)) != 1 {
		t.Fatalf("messages: under %v, top %v; want only the top to get one", msgsOf(s, 0), msgsOf(s, 1))
	}
}

func TestForwardReachesEvery(t *testing.T) {
	var s Stack
	s.Push(Search, &fake{name: "search"}, layout.Rect{})
	s.Push(Help, &fake{name: "help"}, layout.Rect{})
	got := tuitest.Run(s.Forward("result"))
	if len(got) != 2 || got[0] != (updated{"search"}) || got[1] != (updated{"help"}) {
		t.Fatalf("Forward's commands gave %v", got)
	}
	for i := range 2 {
		if m := msgsOf(s, i); len(m) != 1 || m[0] != "result" {
			t.Fatalf("dialog %d got %v, want the forwarded message", i, m)
		}
	}
}

func TestSetSizesAndCommonReachEvery(t *testing.T) {
	var s Stack
	search, bm := &fake{name: "search"}, &fake{name: "bookmarks"}
	s.Push(Search, search, layout.Rect{})
	s.Push(Bookmarks, bm, layout.Rect{})
	if got := tuitest.Run(s.SetSizes(areaOf)); len(got) != 2 {
		t.Fatalf("SetSizes gave %v, want both dialogs' renders", got)
	}
	if search.w != 10 || search.h != 1 || bm.w != 30 || bm.h != 3 {
		t.Fatalf("sizes search %dx%d, bookmarks %dx%d: each must get its kind's area", search.w, search.h, bm.w, bm.h)
	}
	if got := tuitest.Run(s.SetCommon(common.Common{})); len(got) != 2 || search.commons != 1 || bm.commons != 1 {
		t.Fatalf("SetCommon gave %v and reached search %d, bookmarks %d times", got, search.commons, bm.commons)
	}
}

func TestKindString(t *testing.T) {
	want := map[Kind]string{None: "none", Search: "search", Help: "help", Bookmarks: "bookmarks", Problems: "problems", Kind(99): "unknown"}
	for k, w := range want {
		if got := k.String(); got != w {
			t.Errorf("Kind(%d).String() = %q, want %q", int(k), got, w)
		}
	}
}
