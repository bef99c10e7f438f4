package cli

import (
	"io"
	"os"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/term"

	"github.com/versus-dev/versus/tui/memory"
)

// Env is everything the commands take from the process, so tests can run
// them in-process with buffers and a made-up environment.
type Env struct {
	Args    []string
	Stdin   io.Reader
	Stdout  io.Writer
	Stderr  io.Writer
	Environ []string // KEY=value pairs, as os.Environ

	// IsTerminal reports whether f (Stdin or Stdout) is a terminal and
	// TermSize gives its size; tests replace both.
	IsTerminal func(f any) bool
	TermSize   func(f any) (width, height int, ok bool)

	// CacheDir gives the user's cache folder and Build names this build
	// of versus; together they place the parse cache of a pack (see
	// packCache). Both are called only when a pack folder is loaded. A
	// nil CacheDir, a nil Build or an empty name keeps no cache.
	CacheDir func() (string, error)
	Build    func() string

	// StateDir gives the folder of what versus remembers of each pack
	// (bookmarks, where the reader was); nil remembers nothing.
	StateDir func() (string, error)

	// Detected is the colour profile of Stdout when it is known already,
	// terminfo and `tmux info` included: lipgloss works it out for the
	// process's stdout as it loads, before main runs, and that cannot be
	// avoided, so versus asks nothing more. nil: what the environment
	// says (TERM, COLORTERM) is all (tests).
	Detected *colorprofile.Profile
}

// System returns the Env of the running process.
func System(args []string) Env {
	detected := lipgloss.Writer.Profile // lipgloss.Writer writes to os.Stdout
	return Env{
		Args:       args,
		Stdin:      os.Stdin,
		Stdout:     os.Stdout,
		Stderr:     os.Stderr,
		Environ:    os.Environ(),
		IsTerminal: isTerminal,
		TermSize:   termSize,
		CacheDir:   os.UserCacheDir,
		Build:      buildIdentity,
		StateDir:   memory.DefaultDir,
		Detected:   &detected,
	}
}

func isTerminal(f any) bool {
	fd, ok := f.(interface{ Fd() uintptr })
	return ok && term.IsTerminal(fd.Fd())
}

func termSize(f any) (int, int, bool) {
	fd, ok := f.(interface{ Fd() uintptr })
	if !ok {
		return 0, 0, false
	}
	w, h, err := term.GetSize(fd.Fd())
	return w, h, err == nil && w > 0 && h > 0
}

// Getenv returns the value of key in Environ; the last one wins, as in
// os.Getenv.
func (e Env) Getenv(key string) string {
	v := ""
	for _, kv := range e.Environ {
		if k, val, ok := strings.Cut(kv, "="); ok && k == key {
			v = val
		}
	}
	return v
}

func (e Env) terminal(f any) bool { return e.IsTerminal != nil && e.IsTerminal(f) }

// interactive reports whether the TUI can run: stdin and stdout are both
// terminals, and TERM does not say the terminal cannot move its cursor.
// Anything else gets plain output, never a hang.
func (e Env) interactive() bool {
	return e.terminal(e.Stdout) && e.terminal(e.Stdin) && e.Getenv("TERM") != "dumb"
}

// profile is the colour profile of stdout: NoTTY for pipes and files
// (plain text), Ascii under NO_COLOR (attributes, no colour), and what the
// environment says of the terminal otherwise. CLICOLOR_FORCE and
// TERM=dumb are honoured.
func (e Env) profile() colorprofile.Profile {
	p := colorprofile.Env(e.Environ)
	if !e.terminal(e.Stdout) && !forced(e.Getenv("CLICOLOR_FORCE")) {
		// colorprofile.Env assumes a terminal.
		return colorprofile.NoTTY
	}
	if e.Getenv("NO_COLOR") != "" && p > colorprofile.ASCII {
		// no-color.org: any non-empty value, not only the ones ParseBool takes.
		p = colorprofile.ASCII
	}
	return p
}

func forced(v string) bool { return v != "" && v != "0" && v != "false" }
