package program

import (
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"

	"github.com/versus-dev/versus/tui/internal/tuitest"
)

// recorder is a root model that records the messages it is given.
type recorder struct{ got *[]tea.Msg }

func (r recorder) Init() tea.Cmd { return nil }
func (r recorder) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	*r.got = append(*r.got, msg)
	return r, nil
}
func (r recorder) View() tea.View { return tea.NewView("") }

// TestDetectProfileOnlyWhenItCanHelp checks that the slow detection runs
// only when a better profile is possible, and reports only a better one.
func TestDetectProfileOnlyWhenItCanHelp(t *testing.T) {
	asked := 0
	say := func(p colorprofile.Profile) func() colorprofile.Profile {
		return func() colorprofile.Profile { asked++; return p }
	}
	for _, have := range []colorprofile.Profile{colorprofile.TrueColor, colorprofile.ASCII, colorprofile.NoTTY} {
		if detectProfile(say(colorprofile.TrueColor), have) != nil {
			t.Errorf("starting with %v, the terminal was asked for more colours", have)
		}
	}
	if detectProfile(nil, colorprofile.ANSI256) != nil {
		t.Error("a command with nothing to detect")
	}
	if msgs := tuitest.Run(detectProfile(say(colorprofile.ANSI256), colorprofile.ANSI256)); len(msgs) != 0 {
		t.Errorf("an answer no better than the start gave %v", msgs)
	}
	msgs := tuitest.Run(detectProfile(say(colorprofile.TrueColor), colorprofile.ANSI256))
	if len(msgs) != 1 || msgs[0] != (profileFoundMsg{colorprofile.TrueColor}) {
		t.Errorf("true colour found gave %v", msgs)
	}
	if asked != 2 {
		t.Errorf("detection ran %d times, want 2", asked)
	}
}

// TestUpgradeReachesTheProgram walks the messages of an upgrade inside
// tmux: the program starts with 256 colours, tmux says true colour, the
// program is told and, once it has the new profile, the screen is
// redrawn. Its own announcement of the starting profile, arriving late,
// does not undo the upgrade.
func TestUpgradeReachesTheProgram(t *testing.T) {
	var got []tea.Msg
	var m tea.Model = upgrading{inner: recorder{&got}, have: colorprofile.ANSI256}

	m, cmd := m.Update(profileFoundMsg{colorprofile.TrueColor})
	if msgs := tuitest.Run(cmd); len(msgs) != 1 || msgs[0] != (tea.ColorProfileMsg{Profile: colorprofile.TrueColor}) {
		t.Fatalf("true colour found: the program is told %v", msgs)
	}
	m, cmd = m.Update(tea.ColorProfileMsg{Profile: colorprofile.TrueColor})
	if msgs := tuitest.Run(cmd); len(msgs) != 1 || msgs[0] != tea.ClearScreen() {
		t.Fatalf("the program has true colour: %v, want the screen cleared to redraw it", msgs)
	}
	m, cmd = m.Update(tea.ColorProfileMsg{Profile: colorprofile.ANSI256})
	if msgs := tuitest.Run(cmd); len(msgs) != 1 || msgs[0] != (tea.ColorProfileMsg{Profile: colorprofile.TrueColor}) {
		t.Fatalf("the late starting profile: %v, want true colour again", msgs)
	}
	if _, cmd = m.Update(profileFoundMsg{colorprofile.ANSI}); cmd != nil {
		t.Error("a worse answer changed something")
	}
	if len(got) != 2 {
		t.Errorf("the root model saw %d messages, want the 2 profile messages", len(got))
	}
}

// TestNoUpgradeLeavesProfileMessagesAlone checks that without a better
// answer the wrapper only passes messages on.
func TestNoUpgradeLeavesProfileMessagesAlone(t *testing.T) {
	var got []tea.Msg
	var m tea.Model = upgrading{inner: recorder{&got}, have: colorprofile.ANSI256}
	if _, cmd := m.Update(tea.ColorProfileMsg{Profile: colorprofile.ANSI256}); cmd != nil {
		t.Errorf("the starting profile gave %v", tuitest.Run(cmd))
	}
	if len(got) != 1 {
		t.Errorf("the root model saw %d messages, want 1", len(got))
	}
}

// TestDetectProfileAfterTheFirstScreen checks that the slow detection
// (an exec of `tmux info` inside tmux) is not on the first screen's path:
// it is asked only once the first screen is shown, and its answer still
// arrives.
func TestDetectProfileAfterTheFirstScreen(t *testing.T) {
	s := NewStartup()
	defer s.End()
	detect := func() colorprofile.Profile {
		select {
		case <-s.shown:
		default:
			t.Error("the terminal was asked for its colours before the first screen was shown")
		}
		return colorprofile.TrueColor
	}
	var got []tea.Msg
	m := upgrading{inner: recorder{&got}, detect: detect, have: colorprofile.ANSI256, start: s}
	answer := make(chan []tea.Msg, 1)
	go func() { answer <- tuitest.Run(m.Init()) }()
	s.show()
	if msgs := <-answer; len(msgs) != 1 || msgs[0] != (profileFoundMsg{colorprofile.TrueColor}) {
		t.Errorf("true colour found after the first screen gave %v", msgs)
	}
}
