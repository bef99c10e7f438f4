//go:build linux || darwin

package main

import (
	"bytes"
	"io"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/creack/pty"

	"github.com/versus-dev/versus/knowledge/packtest"
)

// TestDumbTerminal runs versus on a terminal that says TERM=dumb: it
// cannot run the browser, so versus says why on stderr, in one line, and
// prints the table of contents as it would to a pipe.
func TestDumbTerminal(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := buildVersus(t)
	cmd := exec.Command(bin)
	cmd.Env = []string{"TERM=dumb", "HOME=" + t.TempDir()}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr // pty.Start leaves a set stream alone
	f, err := pty.StartWithSize(cmd, &pty.Winsize{Rows: 24, Cols: 80})
	if err != nil {
		t.Skipf("no pseudo-terminal: %v", err)
	}
	defer f.Close()
	var out bytes.Buffer
	read := make(chan struct{})
	go func() { _, _ = io.Copy(&out, f); close(read) }() // ends with EIO once versus exits
	exit := make(chan error, 1)
	go func() { exit <- cmd.Wait() }()
	select {
	case err := <-exit:
		if err != nil {
			t.Fatalf("TERM=dumb versus: %v; stderr %q", err, stderr.String())
		}
	case <-time.After(packtest.Patience(t)): // a hang detector, not a timing assertion
		_ = cmd.Process.Kill()
		t.Fatal("TERM=dumb versus did not end: it must print, not start the browser")
	}
	<-read
	want := "versus: TERM=dumb: this terminal cannot run the browser; printing the contents instead (try TERM=xterm-256color)\n"
	if stderr.String() != want {
		t.Errorf("stderr = %q, want %q", stderr.String(), want)
	}
	if s := out.String(); !strings.Contains(s, "Node.js vs Python") || !strings.Contains(s, "Scalability") || strings.Contains(s, "\x1b") {
		t.Errorf("stdout should be the plain table of contents:\n%q", s)
	}
}
