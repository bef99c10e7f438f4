// Package program runs a root model as a Bubble Tea program in the
// terminal's alternate screen. It owns what is about the terminal and the
// process rather than the views: the colour profile (the one detected
// when the process started, from its first frame on), a command's
// panic raised on the event loop so that it is reported, the terminal's
// size before the program starts, and the start-up work kept off the
// first frame's path.
package program

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/term"
)

// Config says how to run a program.
type Config struct {
	Input   io.Reader // nil = stdin
	Output  io.Writer // nil = stdout
	NoColor bool      // attributes (bold, reverse, underline) but no colour
	// Profile is the terminal's colour profile, detected once by the
	// caller; 0 (NoTTY) lets Bubble Tea detect it before the first frame
	// (inside tmux that is an exec of `tmux info` on the first frame's
	// path).
	Profile colorprofile.Profile
	Start   *Startup // the start-up the program takes part in; nil for none
}

// Run runs m until it quits or ctx is done and returns the final model.
// Bubble Tea restores the terminal on every way out, a panic in Update,
// View or a command included; Run turns such a panic into an error, so
// the caller exits non-zero.
func Run(ctx context.Context, m tea.Model, c Config) (final tea.Model, err error) {
	defer func() {
		// Bubble Tea recovers panics in the program itself; this catches
		// one raised before or after it runs.
		if r := recover(); r != nil {
			err = fmt.Errorf("tui: internal error: %v", r)
		}
	}()
	opts := []tea.ProgramOption{tea.WithContext(ctx), tea.WithFPS(frameRate)}
	if c.Input != nil {
		opts = append(opts, tea.WithInput(c.Input))
	}
	if c.Output != nil {
		opts = append(opts, tea.WithOutput(c.Output))
	}
	switch {
	case c.NoColor:
		opts = append(opts, tea.WithColorProfile(colorprofile.Ascii))
	case c.Profile > colorprofile.NoTTY:
		opts = append(opts, tea.WithColorProfile(c.Profile))
	}
	end, err := tea.NewProgram(guarded{m}, opts...).Run()
	if g, ok := end.(guarded); ok {
		final = g.inner
	}
	switch {
	case err == nil:
		return final, nil
	case errors.Is(err, tea.ErrProgramPanic):
		return nil, fmt.Errorf("tui: internal error (the terminal was restored): %w", err)
	case errors.Is(err, tea.ErrInterrupted):
		return final, fmt.Errorf("tui: interrupted: %w", err)
	default:
		return nil, fmt.Errorf("tui: %w", err)
	}
}

// frameRate is how many times a second at most Bubble Tea writes a
// frame: it writes only on its ticker, so a frame drawn just after a tick
// reaches the terminal a whole tick later. At 120 (its most) the first
// screen and each key's answer wait half as long as at the default 60; a
// tick with nothing new to draw costs a comparison of two strings.
const frameRate = 120

// WarmWidths builds, on a goroutine of its own, the rune-width table
// Bubble Tea's renderer builds the first time it measures a character
// beyond U+02FF: go-runewidth fills 2 MB for it, about 10 ms that would
// otherwise delay the first frame. Start it before anything else.
func WarmWidths() { go ansi.WcWidth.StringWidth("…") }

// Settle ends the start-up: once the index is built and the first section
// rendered, the garbage of building it, of the first renders and of
// package initialisation (the syntax highlighter's lexers alone allocate
// megabytes) is collected and its memory handed back to the system,
// instead of staying in the resident set until the runtime's scavenger
// gets to it.
func Settle() { debug.FreeOSMemory() }

// TerminalSize is the size of out when it is a terminal; nil means
// stdout, as for Bubble Tea.
func TerminalSize(out io.Writer) (w, h int, ok bool) {
	if out == nil {
		out = os.Stdout
	}
	f, ok := out.(term.File)
	if !ok || !term.IsTerminal(f.Fd()) {
		return 0, 0, false
	}
	w, h, err := term.GetSize(f.Fd())
	return w, h, err == nil && w > 0 && h > 0
}
