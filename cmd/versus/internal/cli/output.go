package cli

import (
	"io"
	"os"
	"strings"

	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"

	"github.com/versus-dev/versus/knowledge/sanitize"
	"github.com/versus-dev/versus/markdown"
)

// Widths for printed output.
const (
	minWidth     = 20
	maxWidth     = 1000
	defaultWidth = 80  // when stdout is not a terminal
	readingWidth = 120 // the widest a terminal gets by default: longer lines read badly
)

// write sends s to stdout through the two last filters every byte passes:
// sanitize.Terminal lets only versus's own styling through, and the colour
// profile writer downsamples colours or, for pipes, strips styling.
func (a *app) write(s string) error {
	s = sanitize.Terminal(s)
	p := a.profile()
	if p <= colorprofile.NoTTY {
		// Plain text: no styling, and none of the padding glamour adds to
		// fill its wrap width.
		_, err := io.WriteString(a.env.Stdout, trimRight(ansi.Strip(s)))
		return err
	}
	_, err := io.WriteString(&colorprofile.Writer{Forward: a.env.Stdout, Profile: p}, s)
	return err
}

// profile is the colour profile of stdout, worked out once per run: the
// TUI runs with the same one. Where colour is on, what lipgloss detected
// as it loaded (Env.Detected) may raise it: a terminfo entry or tmux that
// says true colour. No other detection runs.
func (a *app) profile() colorprofile.Profile {
	if a.colour == nil {
		p := a.env.profile()
		if d := a.env.Detected; d != nil && p > colorprofile.ASCII {
			p = max(p, *d)
		}
		a.colour = &p
	}
	return *a.colour
}

// styled reports whether stdout shows styling at all.
func (a *app) styled() bool { return a.profile() > colorprofile.NoTTY }

// plainText reports whether markdown is printed as plain text: when stdout
// shows no styling, and under NO_COLOR unless a style was asked for.
// Glamour's colourless styles (notty, ascii) print markup such as ** and
// ## as written, which is what plain text exists to avoid.
func (a *app) plainText() bool {
	if !a.styled() {
		return true
	}
	return a.profile() <= colorprofile.ASCII && a.style == "" && a.env.Getenv("GLAMOUR_STYLE") == ""
}

// glamourStyle picks the markdown style: --style, else GLAMOUR_STYLE, else
// "notty" when colour is off or stdout is not a terminal, else "dark".
// versus never asks the terminal for its background outside the TUI: an
// answer can take seconds on a terminal that does not reply.
func (a *app) glamourStyle() (string, error) {
	s := a.style
	if s == "" {
		s = a.env.Getenv("GLAMOUR_STYLE")
	}
	if s != "" {
		if markdown.ValidStyle(s) {
			return s, nil
		}
		if fi, err := os.Stat(s); err == nil && fi.Mode().IsRegular() {
			return s, nil
		}
		return "", usageErr("unknown style %q: use one of %s, or a glamour JSON style file",
			sanitize.Line(s), strings.Join(markdown.Styles(), ", "))
	}
	if a.profile() <= colorprofile.ASCII {
		return "notty", nil
	}
	return "dark", nil
}

// width picks the output width: --width, else the terminal's (at most
// readingWidth), else defaultWidth.
func (a *app) width(flag int) (int, error) {
	if flag != 0 {
		if flag < minWidth || flag > maxWidth {
			return 0, usageErr("--width %d is out of range: use %d to %d", flag, minWidth, maxWidth)
		}
		return flag, nil
	}
	if a.env.TermSize != nil && a.env.terminal(a.env.Stdout) {
		if w, _, ok := a.env.TermSize(a.env.Stdout); ok {
			return max(minWidth, min(w, readingWidth)), nil
		}
	}
	return defaultWidth, nil
}
