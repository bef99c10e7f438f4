package program

import (
	"fmt"
	"runtime/debug"

	tea "charm.land/bubbletea/v2"
)

// guarded wraps a root model so that a panic in one of its commands is
// raised again on the event loop instead of in the command's goroutine.
//
// Bubble Tea recovers both, but for a command it first hands the error to
// Run and only then writes the "Caught panic" report to stderr from the
// command's goroutine: Run can return, and the process exit, before the
// report is written, so the user loses the stack trace. A panic in Update
// is recovered on Run's own goroutine, which writes the report before Run
// returns; re-raising there makes the report as reliable as the exit code.
type guarded struct{ inner tea.Model }

// commandPanic carries a command's panic, with the stack where it
// happened, to the event loop.
type commandPanic struct {
	value any
	stack []byte
}

func (g guarded) Init() tea.Cmd { return guard(g.inner.Init()) }

func (g guarded) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if p, ok := msg.(commandPanic); ok {
		panic(fmt.Sprintf("%v\n\nin a command:\n%s", p.value, p.stack))
	}
	m, cmd := g.inner.Update(msg)
	return guarded{m}, guard(cmd)
}

func (g guarded) View() tea.View { return g.inner.View() }

// guard returns cmd made to report a panic as a commandPanic message.
// Batches are guarded member by member, since Bubble Tea runs each in a
// goroutine of its own.
func guard(cmd tea.Cmd) tea.Cmd {
	if cmd == nil {
		return nil
	}
	return func() (msg tea.Msg) {
		defer func() {
			if r := recover(); r != nil {
				msg = commandPanic{value: r, stack: debug.Stack()}
			}
		}()
		msg = cmd()
		if batch, ok := msg.(tea.BatchMsg); ok {
			guardedBatch := make(tea.BatchMsg, len(batch))
			for i, c := range batch {
				guardedBatch[i] = guard(c)
			}
			return guardedBatch
		}
		return msg
	}
}
