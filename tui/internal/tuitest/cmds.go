package tuitest

import (
	tea "charm.land/bubbletea/v2"

	"github.com/versus-dev/versus/tui/common"
)

// Pane is a pane on the common.Pane contract, held by value in tests.
type Pane[M any] interface {
	*M
	common.Pane
}

// Update hands msg to a pane held by value and returns the updated copy,
// with its Action, as a test reads them.
func Update[M any, P Pane[M]](m M, msg tea.Msg) (M, tea.Cmd) {
	p, cmd := P(&m).Update(msg)
	return *p.(P), cmd
}

// Do is Update that keeps only the pane's Action.
func Do[M any, P Pane[M]](m M, msg tea.Msg) common.Action {
	m, _ = Update[M, P](m, msg)
	return P(&m).Action()
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
func Settle[M any, P Pane[M]](m M, cmd tea.Cmd) M {
	for depth := 0; cmd != nil && depth < settleRounds; depth++ {
		var next []tea.Cmd
		for _, msg := range Run(cmd) {
			var c tea.Cmd
			m, c = Update[M, P](m, msg)
			next = append(next, c)
		}
		cmd = tea.Batch(next...)
	}
	return m
}

// TypeText presses one key per rune of s, dropping the commands the
// presses return.
func TypeText[M any, P Pane[M]](m M, s string) M {
	for _, r := range s {
		m, _ = Update[M, P](m, Press(string(r)))
	}
	return m
}
