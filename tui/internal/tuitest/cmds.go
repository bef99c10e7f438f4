package tuitest

import tea "charm.land/bubbletea/v2"

// Model is a pane's model as the helpers here drive it: Update returns
// the pane's concrete type, in the bubbles house style.
type Model[M any] interface {
	Update(tea.Msg) (M, tea.Cmd)
}

// runDepth is how deep Run follows nested batches.
const runDepth = 4

// settleRounds is how many rounds of commands Settle runs.
const settleRounds = 5

// Run executes cmd and returns the messages it produces, flattening
// batches, down to a bounded depth. Nil commands and nil messages give
// nothing.
func Run(cmd tea.Cmd) []tea.Msg {
	return run(cmd, runDepth)
}

func run(cmd tea.Cmd, depth int) []tea.Msg {
	if cmd == nil || depth == 0 {
		return nil
	}
	msg := cmd()
	if b, ok := msg.(tea.BatchMsg); ok {
		var out []tea.Msg
		for _, c := range b {
			out = append(out, run(c, depth-1)...)
		}
		return out
	}
	if msg == nil {
		return nil
	}
	return []tea.Msg{msg}
}

// Settle runs cmd and feeds its messages back into m, and so on for the
// commands those return, a few rounds deep: what the Bubble Tea loop
// would do once the pane's background work is done.
func Settle[M Model[M]](m M, cmd tea.Cmd) M {
	for depth := 0; cmd != nil && depth < settleRounds; depth++ {
		var next []tea.Cmd
		for _, msg := range Run(cmd) {
			var c tea.Cmd
			m, c = m.Update(msg)
			next = append(next, c)
		}
		cmd = tea.Batch(next...)
	}
	return m
}

// TypeText presses one key per rune of s, dropping the commands the
// presses return.
func TypeText[M Model[M]](m M, s string) M {
	for _, r := range s {
		m, _ = m.Update(Press(string(r)))
	}
	return m
}
