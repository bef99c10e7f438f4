package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"sync"
	"time"

	"charm.land/fang/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/spf13/cobra"

	"github.com/versus-dev/versus/knowledge/sanitize"
)

// Exit codes.
const (
	exitOK       = 0
	exitProblems = 1 // versus validate found problems
	exitUsage    = 2 // usage errors, unknown references, bad packs
)

// exitError carries an exit code with the error that caused it.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string { return e.err.Error() }
func (e *exitError) Unwrap() error { return e.err }

func usageErr(format string, args ...any) error {
	return &exitError{exitUsage, fmt.Errorf(format, args...)}
}

// app is one run of the command line.
type app struct {
	env     Env
	packDir string // --pack, or the leading PATH argument (see pathArgs)
	pathArg bool   // packDir came from the arguments: the command's own start after it
	noCache bool   // --no-cache
	strict  bool   // --strict
	style   string // --style
	fresh   bool   // --fresh
	measure int    // --width of the browser (versus, versus open): the widest prose line

	colour *colorprofile.Profile // see profile; nil until asked

	slowLoad time.Duration // see notice
	code     int           // exit code chosen by the command that ran

	background *sync.WaitGroup // work that must end before versus exits (writing the parse cache)
}

// Main runs versus with env and returns the process exit code.
func Main(ctx context.Context, env Env) int {
	a := &app{env: env, slowLoad: defaultSlowLoad, background: new(sync.WaitGroup)}
	root := a.rootCmd()
	root.SetArgs(env.Args)
	root.SetIn(env.Stdin)
	if env.terminal(env.Stdout) {
		root.SetOut(env.Stdout)
	} else {
		// fang pads help lines to its width; a file keeps none of that.
		root.SetOut(&lineTrimmer{w: env.Stdout})
	}
	root.SetErr(env.Stderr)
	err := fang.Execute(ctx, root,
		fang.WithErrorHandler(func(w io.Writer, _ fang.Styles, err error) {
			// Only cobra's own usage errors get here: runE reports ours.
			fmt.Fprintf(w, "versus: %s\nTry 'versus --help' for usage.\n", sanitize.Line(err.Error()))
		}),
	)
	// The output is out; the parse cache may still be being written.
	a.background.Wait()
	if err != nil && a.code == exitOK {
		return exitUsage
	}
	return a.code
}

// runE adapts a command body: it prints the error the body returns as
// "versus: ..." and records its exit code. Returning nil to cobra keeps
// fang's error handler, which queries the terminal's colours and can
// stall on a terminal that never answers, off the common error paths.
func (a *app) runE(body func(cmd *cobra.Command, args []string) error) func(*cobra.Command, []string) error {
	return func(cmd *cobra.Command, args []string) error {
		if a.code != exitOK {
			return nil // a usage error was reported already; see args
		}
		if a.pathArg {
			args = args[1:] // the pack's PATH, taken by pathArgs
		}
		err := body(cmd, args)
		if err == nil {
			return nil
		}
		a.code = exitUsage
		var ee *exitError
		if errors.As(err, &ee) {
			a.code = ee.code
		}
		var silent *silentError
		if !errors.As(err, &silent) {
			fmt.Fprintf(a.env.Stderr, "versus: %s\n", sanitize.Terminal(err.Error()))
		}
		return nil
	}
}

// usageError reports a mistake in the command line the way cobra would,
// but on versus's own path: returned to cobra, the error would reach
// fang's handler, which asks the terminal for its background colour first
// and waits up to four seconds on one that does not answer.
func (a *app) usageError(err error) error {
	fmt.Fprintf(a.env.Stderr, "versus: %s\nTry 'versus --help' for usage.\n", sanitize.Line(err.Error()))
	a.code = exitUsage
	return nil
}

// args wraps a cobra argument check so that a wrong number of arguments
// is reported by usageError; the command's runE then does nothing.
func (a *app) args(check cobra.PositionalArgs) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if err := check(cmd, args); err != nil {
			return a.usageError(err)
		}
		return nil
	}
}

// pathArgs lets a command that reads a pack take it as its first
// argument, the way glow takes a file: "versus list README.md", "versus
// show docs/ setup". Without --pack, a first argument naming a folder or
// a markdown file is the pack whenever the arguments after it are what
// check wants; otherwise every argument is the command's own, so that
// "versus show README.md" still looks for a section named so when only
// one argument is given.
func (a *app) pathArgs(check cobra.PositionalArgs) cobra.PositionalArgs {
	return a.args(func(cmd *cobra.Command, args []string) error {
		if len(args) > 0 && a.packDir == "" && check(cmd, args[1:]) == nil && isSource(args[0]) {
			a.packDir, a.pathArg = args[0], true
			return nil
		}
		return check(cmd, args)
	})
}

// silentError ends a command with an exit code after it has printed all
// there is to say.
type silentError struct{ code int }

func (e *silentError) Error() string { return fmt.Sprintf("exit status %d", e.code) }

func silent(code int) error { return &exitError{code, &silentError{code}} }
