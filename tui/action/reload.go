package action

import (
	"fmt"

	tea "charm.land/bubbletea/v2"

	"github.com/versus-dev/versus/knowledge"
	"github.com/versus-dev/versus/knowledge/sanitize"
	"github.com/versus-dev/versus/knowledge/watch"
)

// ReloadedMsg is one reload of a watched pack folder.
type ReloadedMsg struct {
	watch.Result
}

// Status is the sentence for the status bar: "reloaded", or the first
// problem as FILE:LINE: message while the last good pack stays on screen.
func (m ReloadedMsg) Status() string {
	switch {
	case len(m.Problems) > 0:
		more := ""
		if n := len(m.Problems) - 1; n > 0 {
			more = fmt.Sprintf(" (and %d more)", n)
		}
		return sanitize.Line(m.Problems[0].String()) + more
	case m.Err != nil:
		return "reload failed: " + sanitize.Line(m.Err.Error())
	case m.Pack == nil:
		return "reload failed"
	}
	return "reloaded"
}

// AskReload is the reload key: it asks the watcher for a reload now
// (reload, nil for a pack that is not watched) and returns the note for
// the status bar.
func AskReload(reload func()) string {
	if reload == nil {
		return "the built-in pack never changes; 'versus pack copy DIR' makes a copy to edit"
	}
	reload()
	return "reloading…"
}

// Worse reports whether the reload made things worse than the pack on
// screen: a pack that cannot be opened, or one with more problems. The
// last good version then stays on screen. Comparing counts, not demanding
// none, lets a pack that opened with a dead link still reload.
func (m ReloadedMsg) Worse(than *knowledge.Pack) bool {
	return m.Pack == nil || m.Err != nil || len(m.Problems) > len(than.Problems)
}

// NextReload waits for the next result on results, a Watcher's Results;
// nil without a watcher (results nil). The program asks again after each
// ReloadedMsg; once the watcher is closed the command ends with no
// message.
func NextReload(results <-chan watch.Result) tea.Cmd {
	if results == nil {
		return nil
	}
	return func() tea.Msg {
		r, ok := <-results
		if !ok {
			return nil
		}
		return ReloadedMsg{r}
	}
}
