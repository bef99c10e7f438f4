package cli

import (
	"bytes"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/versus-dev/versus/knowledge/packtest"
)

// lockedBuffer is a bytes.Buffer safe to write from the notice goroutine
// while the test reads it.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// waitForText waits until something was written, or until a hang is sure.
func (l *lockedBuffer) waitForText(t *testing.T) {
	for deadline := time.Now().Add(packtest.Patience(t)); l.String() == "" && time.Now().Before(deadline); {
		time.Sleep(time.Millisecond)
	}
}

func noticeApp(stderr *lockedBuffer, terminal bool, width int) *app {
	return &app{env: Env{
		Stderr:     stderr,
		IsTerminal: func(f any) bool { return terminal && f == any(stderr) },
		TermSize:   func(any) (int, int, bool) { return width, 24, width > 0 },
	}}
}

func TestNoticeShownAndErased(t *testing.T) {
	var stderr lockedBuffer
	a := noticeApp(&stderr, true, 80)
	end := a.notice("versus: reading big…")
	stderr.waitForText(t)
	end()
	want := "versus: reading big…\r" + strings.Repeat(" ", 20) + "\r"
	if got := stderr.String(); got != want {
		t.Errorf("stderr = %q, want %q", got, want)
	}
}

func TestNoticeFitsTheTerminal(t *testing.T) {
	var stderr lockedBuffer
	a := noticeApp(&stderr, true, 12)
	end := a.notice("versus: reading a/very/long/path…")
	stderr.waitForText(t)
	end()
	shown, _, _ := strings.Cut(stderr.String(), "\r")
	if shown != "versus: re…" {
		t.Errorf("notice %q is not cut to fit 12 columns", shown)
	}
}

func TestNoNoticeWhenFastOrNotATerminal(t *testing.T) {
	var fast, piped lockedBuffer
	a := noticeApp(&fast, true, 80)
	a.slowLoad = time.Hour
	a.notice("versus: reading…")()
	b := noticeApp(&piped, false, 80)
	b.notice("versus: reading…")()
	if fast.String() != "" || piped.String() != "" {
		t.Errorf("stderr = %q and %q, want nothing", fast.String(), piped.String())
	}
}
