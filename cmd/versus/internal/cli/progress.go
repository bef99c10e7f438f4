package cli

import (
	"io"
	"strings"
	"sync"
	"time"

	"github.com/charmbracelet/x/ansi"
)

// defaultSlowLoad is how long loading a pack may take before versus says
// what it is doing: a pack of thousands of files can take a second or two
// the first time.
const defaultSlowLoad = 300 * time.Millisecond

// notice shows msg on stderr, when stderr is a terminal, if the work does
// not end within a.slowLoad, and erases it when it ends. It returns the
// function that ends it. The notice is plain text erased with carriage
// returns and spaces, so stderr never carries an escape sequence.
func (a *app) notice(msg string) (end func()) {
	if !a.env.terminal(a.env.Stderr) {
		return func() {}
	}
	if w, _, ok := a.env.TermSize(a.env.Stderr); ok && ansi.StringWidth(msg) >= w {
		msg = ansi.Truncate(msg, max(0, w-1), "…") // a full line would wrap, and \r could not erase it
	}
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		timer := time.NewTimer(a.slowLoad)
		defer timer.Stop()
		select {
		case <-done:
			return
		case <-timer.C:
		}
		_, _ = io.WriteString(a.env.Stderr, msg)
		<-done
		_, _ = io.WriteString(a.env.Stderr, "\r"+strings.Repeat(" ", ansi.StringWidth(msg))+"\r")
	})
	return func() {
		close(done)
		wg.Wait()
	}
}
