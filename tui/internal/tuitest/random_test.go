package tuitest

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/versus-dev/versus/tui/common"
)

// recorder is a pane that draws nothing and logs what it is given. Enter
// asks for a msgA through a command; the key panicOn panics.
type recorder struct {
	log     *[]string
	panicOn string
}

func (r recorder) Update(msg tea.Msg) (common.Pane, tea.Cmd) {
	*r.log = append(*r.log, fmt.Sprintf("%T %v", msg, msg))
	if k, ok := msg.(tea.KeyPressMsg); ok {
		if r.panicOn != "" && k.String() == r.panicOn {
			panic("boom")
		}
		if k.String() == "enter" {
			return &r, func() tea.Msg { return msgA(1) }
		}
	}
	return &r, nil
}

func (r recorder) View() string { return "" }
func (r *recorder) SetSize(w, h int) tea.Cmd {
	*r.log = append(*r.log, fmt.Sprintf("size %dx%d", w, h))
	return nil
}
func (r *recorder) SetCommon(common.Common) tea.Cmd { return nil }
func (r recorder) Capturing() bool                  { return false }
func (r recorder) Action() common.Action            { return nil }
func (r recorder) ShortHelp() []key.Binding         { return nil }
func (r recorder) FullHelp() [][]key.Binding        { return nil }

// record runs Random with seed over a recorder and returns its log.
func record(t *testing.T, seed uint64) []string {
	var log []string
	Random{Seed: seed, Events: 500, New: func(*rand.Rand) common.Pane {
		log = append(log, "new")
		return &recorder{log: &log}
	}}.Run(t)
	return log
}

func TestRandomIsDeterministic(t *testing.T) {
	a, b := record(t, 1), record(t, 1)
	if !slices.Equal(a, b) {
		t.Fatal("the same seed drove the pane two ways")
	}
	if slices.Equal(a, record(t, 2)) {
		t.Fatal("two seeds drove the pane the same way")
	}
	all := strings.Join(a, "\n")
	for _, want := range []string{"tea.KeyPressMsg", "tea.PasteMsg", "tea.MouseWheelMsg", "tea.MouseClickMsg", "size ", "tuitest.msgA", "new"} {
		if strings.Count(all, want) < 2 {
			t.Errorf("500 random events gave fewer than two %q", want)
		}
	}
}

func TestRandomReportsPanics(t *testing.T) {
	var log []string
	f := &failTB{TB: t}
	Random{Seed: 1, Events: 500, New: func(*rand.Rand) common.Pane {
		return &recorder{log: &log, panicOn: "x"}
	}}.Run(f)
	if !strings.Contains(f.failed, "seed 1, event") || !strings.Contains(f.failed, "panic: boom") {
		t.Fatalf("a panic reported as %q", f.failed)
	}
}

func TestRandomReportsViewsThatDoNotFit(t *testing.T) {
	f := &failTB{TB: t}
	// The counter's text grows with every key, past any width.
	Random{Seed: 1, Events: 500, New: func(*rand.Rand) common.Pane { return &counter{} }}.Run(f)
	if !strings.Contains(f.failed, " wide: ") {
		t.Fatalf("a view wider than the screen reported as %q", f.failed)
	}
	f = &failTB{TB: t}
	Random{
		Seed: 1, Events: 50,
		New: func(*rand.Rand) common.Pane { return &counter{} },
		Box: func(_ common.Pane, w, h int) (int, int) { return w + 1, h },
	}.Run(f)
	if !strings.Contains(f.failed, "box ") {
		t.Fatalf("a box wider than the screen reported as %q", f.failed)
	}
}
