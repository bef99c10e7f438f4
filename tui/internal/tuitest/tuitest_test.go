package tuitest

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/versus-dev/versus/tui/common"
)

func TestPack(t *testing.T) {
	p := Pack(t)
	if p.Title != "Node.js vs Python (test fixture)" {
		t.Fatalf("fixture pack titled %q", p.Title)
	}
	if p.Section("concurrency") == nil {
		t.Fatal("fixture pack has no section concurrency")
	}
	if q := Pack(t); q == p {
		t.Fatal("Pack returned the same pack twice; tests that change it would leak")
	}
	c := Common(t)
	if c.Pack == nil || c.Index == nil || c.Renderer == nil || c.Style != "notty" {
		t.Fatalf("Common left a field unset: %+v", c)
	}
}

func TestDefaultPack(t *testing.T) {
	p := DefaultPack(t)
	if p.Title == Pack(t).Title || len(p.Sections) <= len(Pack(t).Sections) {
		t.Fatalf("DefaultPack loaded %q with %d sections; want the larger default pack, not the fixture", p.Title, len(p.Sections))
	}
}

func TestPress(t *testing.T) {
	tests := []struct {
		in   string
		want string // what Bubble Tea prints for the key
	}{
		{"enter", "enter"}, {"esc", "esc"}, {"space", "space"}, {"pgdown", "pgdown"},
		{"ctrl+p", "ctrl+p"}, {"G", "G"}, {"語", "語"},
	}
	for _, tc := range tests {
		if got := Press(tc.in).String(); got != tc.want {
			t.Errorf("Press(%q) is the key %q", tc.in, got)
		}
	}
}

func TestRandomKeysIsACopy(t *testing.T) {
	a := RandomKeys()
	a[0] = "changed"
	if slices.Contains(RandomKeys(), "changed") {
		t.Fatal("changing a result of RandomKeys changed the next one")
	}
}

// failTB records a Fatalf instead of stopping the test.
type failTB struct {
	testing.TB
	failed string
}

func (f *failTB) Helper() {}
func (f *failTB) Fatalf(format string, args ...any) {
	f.failed = fmt.Sprintf(format, args...)
}

func TestCheckSize(t *testing.T) {
	tests := []struct {
		view string
		w, h int
		fail bool
	}{
		{"", 0, 0, false},
		{"abc\nde", 3, 2, false},
		{"\x1b[31mabc\x1b[m", 3, 1, false},
		{"abcd", 3, 1, true},
		{"語語", 3, 1, true},
		{"a\nb\nc", 3, 2, true},
	}
	for _, tc := range tests {
		f := &failTB{TB: t}
		CheckSize(f, tc.view, tc.w, tc.h)
		if (f.failed != "") != tc.fail {
			t.Errorf("CheckSize(%q, %d, %d): failed %q, want failure %v", tc.view, tc.w, tc.h, f.failed, tc.fail)
		}
	}
}

// msgA and msgB are messages of a test model.
type msgA int
type msgB string

func TestRun(t *testing.T) {
	a := func() tea.Msg { return msgA(1) }
	b := func() tea.Msg { return msgB("b") }
	nothing := func() tea.Msg { return nil }
	got := Run(tea.Batch(a, tea.Batch(b, nothing), nil))
	if len(got) != 2 || got[0] != msgA(1) || got[1] != msgB("b") {
		t.Fatalf("Run = %v, want [1 b]", got)
	}
	if Run(nil) != nil {
		t.Fatal("Run(nil) gave messages")
	}
	// Deeper than runDepth batches are cut rather than followed forever.
	var deep tea.Cmd = a
	for range runDepth + 2 {
		deep = tea.Batch(deep, nothing)
	}
	if got := Run(deep); len(got) != 0 {
		t.Fatalf("Run followed %d nested batches: %v", runDepth+2, got)
	}
}

// counter is a pane whose msgA counts down, asking for the next step
// until it reaches 0, and whose key presses add to its text.
type counter struct {
	steps []int
	text  string
}

func (c counter) Update(msg tea.Msg) (common.Pane, tea.Cmd) {
	switch msg := msg.(type) {
	case msgA:
		c.steps = append(c.steps, int(msg))
		if msg > 0 {
			return &c, func() tea.Msg { return msg - 1 }
		}
	case tea.KeyPressMsg:
		c.text += msg.Text
	}
	return &c, nil
}

func (c counter) View() string                     { return c.text }
func (c *counter) SetSize(int, int) tea.Cmd        { return nil }
func (c *counter) SetCommon(common.Common) tea.Cmd { return nil }
func (c counter) Capturing() bool                  { return true }
func (c counter) Action() common.Action            { return nil }
func (c counter) ShortHelp() []key.Binding         { return nil }
func (c counter) FullHelp() [][]key.Binding        { return nil }

func TestSettle(t *testing.T) {
	got := Settle(counter{}, func() tea.Msg { return msgA(2) })
	if !slices.Equal(got.steps, []int{2, 1, 0}) {
		t.Fatalf("Settle fed back %v, want [2 1 0]", got.steps)
	}
	// A chain longer than settleRounds is cut.
	got = Settle(counter{}, func() tea.Msg { return msgA(100) })
	if len(got.steps) != settleRounds {
		t.Fatalf("Settle ran %d rounds, want %d", len(got.steps), settleRounds)
	}
}

func TestTypeText(t *testing.T) {
	if got := TypeText(counter{}, "ab語").text; got != "ab語" {
		t.Fatalf("TypeText typed %q", got)
	}
}

func TestPlain(t *testing.T) {
	if got := Plain("\x1b[1;31mbold\x1b[m red"); got != "bold red" {
		t.Fatalf("Plain = %q", got)
	}
}

func TestCPUTime(t *testing.T) {
	start := CPUTime()
	// Burn a little CPU so a clock with coarse ticks moves.
	var s strings.Builder
	for i := range 200000 {
		s.WriteByte(byte(i))
	}
	if end := CPUTime(); end < start {
		t.Fatalf("CPU time went back: %d then %d", start, end)
	}
}
