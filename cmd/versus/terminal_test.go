//go:build linux || darwin

package main

import (
	"bytes"
	"errors"
	"io"
	"os/exec"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/charmbracelet/x/vt"
	"github.com/creack/pty"

	"github.com/versus-dev/versus/knowledge/packtest"
)

// TestNoControllingTerminal runs versus the way cron or a CI job does: in
// a new session, so /dev/tty cannot be opened, with stdin /dev/null and
// stdout a pipe. It must print plain text, exit 0 and never wait for a
// terminal.
func TestNoControllingTerminal(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := buildVersus(t)
	for _, args := range [][]string{{}, {"list"}, {"gil"}, {"open", "1"}, {"show", "4"}, {"compare", "1", "4"}, {"search", "gil"}, {"faq"}} {
		cmd := exec.Command(bin, args...)
		cmd.Env = []string{"TERM=xterm-256color", "HOME=" + t.TempDir()}
		cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true}
		res := runCmd(t, cmd)
		if res.code != 0 {
			t.Errorf("versus %q: exit %d; stderr %q", args, res.code, res.stderr)
		}
		if len(res.stdout) == 0 {
			t.Errorf("versus %q printed nothing", args)
		}
		if i := strings.IndexByte(string(res.stdout)+string(res.stderr), 0x1b); i >= 0 {
			t.Errorf("versus %q wrote an escape sequence with no terminal", args)
		}
	}
}

// runCmd runs cmd with stdin from /dev/null and fails the test if it never
// ends (packtest.Patience: a hang detector, not a timing assertion).
func runCmd(t *testing.T, cmd *exec.Cmd) runResult {
	t.Helper()
	var stdout, stderr strings.Builder
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	var err error
	select {
	case err = <-done:
	case <-time.After(packtest.Patience(t)):
		_ = cmd.Process.Kill()
		t.Fatalf("versus %q hung", cmd.Args[1:])
	}
	res := runResult{stdout: []byte(stdout.String()), stderr: []byte(stderr.String())}
	if ee, ok := err.(*exec.ExitError); ok {
		res.code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return res
}

// colourSGR finds an SGR sequence that sets a colour.
var colourSGR = regexp.MustCompile(`\x1b\[(?:[0-9;:]*;)?(?:3[0-8]|4[0-8]|9[0-7]|10[0-7])(?:[;:][0-9;:]*)?m`)

// TestPipedEnvironments covers the environment variables that decide
// styling when stdout is a pipe: plain by default and with TERM=dumb,
// styled only with CLICOLOR_FORCE=1, and never a colour with NO_COLOR.
func TestPipedEnvironments(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := buildVersus(t)
	cases := []struct {
		env            []string
		escapes, color bool
	}{
		{[]string{"TERM=dumb"}, false, false},
		{[]string{"TERM=xterm-256color", "NO_COLOR=1"}, false, false},
		{[]string{"TERM=dumb", "NO_COLOR=1"}, false, false},
		{[]string{"TERM=xterm-256color", "CLICOLOR_FORCE=1"}, true, true},
		{[]string{"TERM=xterm-256color", "CLICOLOR_FORCE=1", "NO_COLOR=1"}, true, false},
		{[]string{"CLICOLOR_FORCE=1"}, true, true}, // no TERM at all
	}
	for _, c := range cases {
		for i, args := range [][]string{{"show", "4", "--width", "80"}, {"search", "event", "loop"}, {"compare", "1", "4", "--print"}, {"list"}} {
			// The real binary runs the first command in each environment;
			// the others run in-process on the same environment.
			var res runResult
			if i == 0 {
				cmd := exec.Command(bin, args...)
				cmd.Env = append([]string{"HOME=" + t.TempDir()}, c.env...)
				res = runCmd(t, cmd)
			} else {
				res = runInProcess(t, c.env, args...)
			}
			what := strings.Join(c.env, " ") + " versus " + strings.Join(args, " ")
			if res.code != 0 {
				t.Errorf("%s: exit %d; stderr %q", what, res.code, res.stderr)
				continue
			}
			if err := scanTerminalBytes(res.stdout); err != nil {
				t.Errorf("%s: %v", what, err)
			}
			hasEsc := strings.Contains(string(res.stdout), "\x1b")
			if !c.escapes && hasEsc {
				t.Errorf("%s: escape sequences in piped output", what)
			}
			if m := colourSGR.FindString(string(res.stdout)); !c.color && m != "" {
				t.Errorf("%s: colour sequence %q", what, m)
			}
			if c.color && args[0] == "show" && !colourSGR.MatchString(string(res.stdout)) {
				t.Errorf("%s: CLICOLOR_FORCE=1 but no colour", what)
			}
		}
	}
}

// TestSilentTerminal runs the browser in a pseudo-terminal that never
// answers anything (no background colour, no mode reports): the first
// frame must come without any answer, carry no stray reply text, and q
// must quit cleanly and leave the alternate screen. That the frame does
// not wait for an answer first is TestNothingWaitsForTheTerminal's job:
// a wall-clock bound here failed on a starved machine.
func TestSilentTerminal(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := buildVersus(t)
	cmd := exec.Command(bin)
	cmd.Env = []string{"TERM=xterm-256color", "HOME=" + t.TempDir()}
	start := time.Now()
	f, err := pty.StartWithSize(cmd, &pty.Winsize{Rows: 30, Cols: 100})
	if err != nil {
		t.Skipf("no pseudo-terminal: %v", err)
	}
	defer f.Close()
	emu := vt.NewEmulator(100, 30)
	defer emu.Close()
	var mu sync.Mutex
	alt := false
	emu.SetCallbacks(vt.Callbacks{AltScreen: func(on bool) { alt = on }})
	go func() { _, _ = io.Copy(io.Discard, emu) }() // the replies go nowhere
	drained := make(chan struct{})
	go func() {
		defer close(drained)
		buf := make([]byte, 32*1024)
		for {
			n, err := f.Read(buf)
			mu.Lock()
			_, _ = emu.Write(buf[:n])
			mu.Unlock()
			if err != nil {
				return
			}
		}
	}()
	exit := make(chan error, 1)
	go func() { exit <- cmd.Wait() }()
	defer func() { _ = cmd.Process.Kill() }()

	screen := func() string { mu.Lock(); defer mu.Unlock(); return emu.String() }
	var first time.Duration
	for first == 0 {
		s := screen()
		if strings.Contains(s, "Node.js vs Python") && strings.Contains(s, "1. Scalability") {
			first = time.Since(start)
			break
		}
		if time.Since(start) > packtest.Patience(t) {
			t.Fatalf("no frame with a silent terminal:\n%s", s)
		}
		time.Sleep(5 * time.Millisecond)
	}
	t.Logf("first complete frame after %v with a terminal that never answers", first)
	time.Sleep(300 * time.Millisecond)
	if s := screen(); strings.Contains(s, "rgb:") || strings.Contains(s, "11;") || strings.Contains(s, "$y") {
		t.Errorf("reply text on screen:\n%s", s)
	}
	if _, err := f.WriteString("q"); err != nil {
		t.Fatal(err)
	}
	select {
	case err := <-exit:
		if err != nil {
			t.Fatalf("q: versus exited with %v", err)
		}
	case <-time.After(packtest.Patience(t)):
		t.Fatalf("q did not quit:\n%s", screen())
	}
	select { // versus has exited: its last output ends in end of file
	case <-drained:
	case <-time.After(packtest.Patience(t)):
		t.Fatal("the pseudo-terminal never reached end of file after versus exited")
	}
	mu.Lock()
	defer mu.Unlock()
	if alt || emu.IsAltScreen() {
		t.Error("the alternate screen was left on")
	}
}

// TestUsageErrorsAskTheTerminalNothing runs mistaken command lines in a
// pseudo-terminal that never answers: the message must come without a
// background-colour query, which would wait seconds for its answer.
func TestUsageErrorsAskTheTerminalNothing(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := buildVersus(t)
	for _, args := range [][]string{{"--bogus"}, {"list", "extra"}, {"show"}, {"--pack"}} {
		cmd := exec.Command(bin, args...)
		cmd.Env = []string{"TERM=xterm-256color", "HOME=" + t.TempDir()}
		f, err := pty.StartWithSize(cmd, &pty.Winsize{Rows: 30, Cols: 100})
		if err != nil {
			t.Skipf("no pseudo-terminal: %v", err)
		}
		out, _ := io.ReadAll(f) // ends with EIO once versus exits
		err = cmd.Wait()
		f.Close()
		var exit *exec.ExitError
		if !errors.As(err, &exit) || exit.ExitCode() != 2 {
			t.Errorf("versus %q: %v, want exit status 2", args, err)
		}
		if bytes.Contains(out, []byte("\x1b]11;?")) {
			t.Errorf("versus %q asked the terminal for its background colour: %q", args, out)
		}
		if !bytes.Contains(out, []byte("Try 'versus --help' for usage.")) {
			t.Errorf("versus %q printed %q", args, out)
		}
	}
}
