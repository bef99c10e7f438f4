package keys

import (
	"slices"
	"testing"

	"charm.land/bubbles/v2/key"

	"github.com/versus-dev/versus/knowledge"
	"github.com/versus-dev/versus/tui/browse"
	"github.com/versus-dev/versus/tui/internal/tuitest"
)

// TestUnavailableSaysWhatThePackLacks checks the note for t, f and c on a
// pack without tables, FAQ or aspects, and that the same keys say nothing
// on a pack that has them.
func TestUnavailableSaysWhatThePackLacks(t *testing.T) {
	k := DefaultKeyMap()
	full := PackHolds(tuitest.Pack(t))
	if !full.FAQ || !full.Tables || full.Aspects < 2 || full.MaxAspect < full.Aspects {
		t.Fatalf("the fixture pack holds %+v", full)
	}
	empty := PackHolds(&knowledge.Pack{Source: knowledge.SourceFolder})
	for name, want := range map[string]string{
		"t": "this folder has no comparison tables",
		"f": "this folder has no FAQ",
		"c": "this folder has fewer than two aspects to compare",
		"j": "",
	} {
		if got := k.Unavailable(tuitest.Press(name), empty); got != want {
			t.Errorf("%s on an empty folder: %q, want %q", name, got, want)
		}
		if got := k.Unavailable(tuitest.Press(name), full); got != "" {
			t.Errorf("%s on the fixture pack: %q, want nothing", name, got)
		}
	}
}

func TestAspectHelpNamesTheRange(t *testing.T) {
	for hi, want := range map[int]string{0: "", 1: "1", 7: "1-7", 12: "1-12"} {
		k := DefaultKeyMap()
		k.SetAspectHelp(Holds{MaxAspect: hi})
		if got := k.Aspect.Help().Key; k.Aspect.Enabled() != (want != "") || (want != "" && got != want) {
			t.Errorf("%d aspects: help %q enabled %v, want %q", hi, got, k.Aspect.Enabled(), want)
		}
	}
}

// TestSilentAnswersOnlyKeysOfAnotherView checks, on the section list, that
// a reader key gets a note naming the view, a find key points to search,
// and a list key or a key of no view gets none.
func TestSilentAnswersOnlyKeysOfAnotherView(t *testing.T) {
	c := tuitest.Common(t)
	b := browse.New(c, nil)
	b.SetSize(80, 20)
	s := Screen{Keys: DefaultKeyMap(), Browse: &b, Browsing: true, Name: "sections"}
	if b.Focus() != browse.FocusList {
		t.Fatalf("browse starts with focus %v", b.Focus())
	}
	for name, want := range map[string]string{
		"tab":    "tab does nothing in sections",
		"ctrl+f": "ctrl+f finds in the reader, FAQ and compare; / searches all",
		"j":      "",
		"x":      "",
	} {
		if got := s.Silent(tuitest.Press(name)); got != want {
			t.Errorf("%s: %q, want %q", name, got, want)
		}
	}
}

// TestStatusHintsLeaveOutTheViewOnScreen checks that the tables key is not
// offered in the tables view, and that help on top shows its own keys.
func TestStatusHintsLeaveOutTheViewOnScreen(t *testing.T) {
	c := tuitest.Common(t)
	b := browse.New(c, nil)
	s := Screen{Keys: DefaultKeyMap(), Browse: &b, Browsing: true}
	has := func(bs []key.Binding, k string) bool {
		for _, x := range bs {
			if x.Enabled() && x.Help().Key == k {
				return true
			}
		}
		return false
	}
	hints, pinned := s.StatusHints()
	if !has(hints.ShortHelp(), "t") || !has(pinned, "/") {
		t.Errorf("browse hints %v pinned %v lack t or /", hints.ShortHelp(), pinned)
	}
	s.Browsing, s.Tables = false, true
	if hints, _ := s.StatusHints(); has(hints.ShortHelp(), "t") {
		t.Error("the tables view offers t")
	}
}

// A reload can bring aspects to a pack that had none: the digits come
// back, and the help's example is a number the pack has.
func TestAspectKeyFollowsThePack(t *testing.T) {
	k := DefaultKeyMap()
	k.SetAspectHelp(Holds{})
	if k.Aspect.Enabled() {
		t.Fatal("digits enabled with no aspect")
	}
	k.SetAspectHelp(Holds{MaxAspect: 10})
	if !k.Aspect.Enabled() {
		t.Fatal("digits still off after aspects came")
	}
	if got := k.Aspect.Help().Desc; got != "go to aspect (type 10 for 10)" {
		t.Errorf("help %q", got)
	}
}

// TestEnableOffersWhatCanAct checks the root bindings on an empty pack
// and on the fixture pack, and esc going back along the trail only from
// a browse pane whose own esc has nowhere to go.
func TestEnableOffersWhatCanAct(t *testing.T) {
	c := tuitest.Common(t)
	b := browse.New(c, nil)
	b.SetSize(80, 20)
	k := DefaultKeyMap()
	if k.Enable(Screen{Browse: &b, Browsing: true}, PackHolds(&knowledge.Pack{})) {
		t.Error("esc goes back with nothing behind")
	}
	for _, b := range []key.Binding{k.FAQ, k.Tables, k.Search, k.Compare, k.Reload, k.Bookmarks, k.Problems, k.Leave} {
		if b.Enabled() {
			t.Errorf("%s enabled on an empty pack", b.Help().Key)
		}
	}
	full := PackHolds(c.Pack)
	leave := k.Enable(Screen{Browse: &b, Browsing: true, Memory: true, Watched: true, Behind: "tables"}, full)
	for _, b := range []key.Binding{k.FAQ, k.Tables, k.Search, k.Compare, k.Reload, k.Bookmarks, k.Leave} {
		if !b.Enabled() {
			t.Errorf("%s disabled on the fixture pack", b.Help().Key)
		}
	}
	if !leave || k.Leave.Help().Desc != "back to tables" {
		t.Errorf("esc: leave %v, help %q", leave, k.Leave.Help().Desc)
	}
	if k.Enable(Screen{Browse: &b, FAQ: true, Behind: "tables"}, full); k.FAQ.Enabled() || k.Leave.Enabled() {
		t.Error("f or esc enabled on the FAQ")
	}
}

// TestPaneHintsPutTheWayBackFirst checks the order the status bar drops
// a pane's hints in, from the end: esc and ctrl+f come first, whatever
// order the pane lists them in, and the pane's order holds otherwise.
func TestPaneHintsPutTheWayBackFirst(t *testing.T) {
	b := func(k, d string) key.Binding { return key.NewBinding(key.WithKeys(k), key.WithHelp(k, d)) }
	got := byPriority([]key.Binding{b("up", "previous"), b("down", "next"), b("ctrl+f", "find"), b("enter", "open"), b("esc", "back")})
	var order []string
	for _, h := range got {
		order = append(order, h.Help().Desc)
	}
	if want := []string{"back", "find", "previous", "next", "open"}; !slices.Equal(order, want) {
		t.Fatalf("hints in the order %v, want %v", order, want)
	}
}
