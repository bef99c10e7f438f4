package main

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/versus-dev/versus/cmd/versus/internal/cli"
)

// runInProcess runs versus through cli.Main in the test process, the way
// the binary runs when stdin and stdout are not terminals: environ is the
// whole environment and no parse cache is kept (the binary's runs get a
// fresh HOME each, so they never hit one either). A process costs a
// second or more on a loaded machine; this costs the command alone, so
// the per-case checks run here and only a few cases run the real binary
// (see buildVersus).
func runInProcess(t *testing.T, environ []string, args ...string) runResult {
	t.Helper()
	var stdout, stderr bytes.Buffer
	env := cli.Env{
		Args:       append([]string{}, args...), // nil would make cobra read the test binary's flags
		Stdin:      strings.NewReader(""),
		Stdout:     &stdout,
		Stderr:     &stderr,
		Environ:    environ,
		IsTerminal: func(any) bool { return false },
		TermSize:   func(any) (int, int, bool) { return 0, 0, false },
	}
	code := cli.Main(context.Background(), env)
	return runResult{stdout: stdout.Bytes(), stderr: stderr.Bytes(), code: code}
}
