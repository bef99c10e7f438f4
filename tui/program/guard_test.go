package program

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
)

// TestGuardTurnsCommandPanicsIntoMessages checks that a command's panic,
// alone or inside a batch, comes back as a message carrying the panic and
// its stack, and that the guarded model raises it again in Update, where
// Bubble Tea reports it before Run returns.
func TestGuardTurnsCommandPanicsIntoMessages(t *testing.T) {
	boom := func() tea.Msg { panic("boom") }
	fine := func() tea.Msg { return "fine" }

	msg := guard(boom)()
	p, ok := msg.(commandPanic)
	if !ok || p.value != "boom" || !strings.Contains(string(p.stack), "guard_test.go") {
		t.Fatalf("guard(boom)() = %#v, want a commandPanic with the stack of the panic", msg)
	}
	if got := guard(fine)(); got != "fine" {
		t.Errorf("guard(fine)() = %v, want the command's own message", got)
	}
	if guard(nil) != nil {
		t.Error("guard(nil) is not nil: Bubble Tea would run an empty command")
	}

	batch, ok := guard(tea.Batch(fine, boom))().(tea.BatchMsg)
	if !ok || len(batch) != 2 {
		t.Fatalf("a guarded batch did not stay a batch of two: %#v", batch)
	}
	if _, ok := batch[1]().(commandPanic); !ok {
		t.Error("a panic inside a batch escaped the guard")
	}

	defer func() {
		r := recover()
		if r == nil || !strings.Contains(r.(string), "boom") || !strings.Contains(r.(string), "in a command:") {
			t.Errorf("Update raised %v, want the command's panic and where it happened", r)
		}
	}()
	guarded{crashing{}}.Update(p)
}
