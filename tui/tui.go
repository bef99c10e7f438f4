// Package tui is versus's terminal browser: a Bubble Tea program over a
// knowledge pack. The root model in this package owns the layout, the
// modes (browse, tables, FAQ, compare), the overlays (search, help), the
// theme and the global keys; each pane is a bubbles-shaped component in a
// sub-package that the root sizes and feeds.
package tui

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/charmbracelet/colorprofile"

	"github.com/versus-dev/versus/knowledge"
	"github.com/versus-dev/versus/knowledge/search"
	"github.com/versus-dev/versus/knowledge/watch"
	"github.com/versus-dev/versus/tui/program"
)

// Options configure a run of the browser.
type Options struct {
	Pack    *knowledge.Pack
	Index   *search.Index // nil: built in the background after start-up
	Style   string        // glamour style from --style or GLAMOUR_STYLE; "" = follow the terminal background (dark until it answers)
	NoColor bool          // NO_COLOR set: no colour at all
	Width   int           // widest the reader renders prose, from --width; 0 = layout.DefaultMeasure
	Start   string        // section id to open first; "" = the first section
	Compare [2]string     // both set: open straight in the compare view of these two section ids
	// Profile is the terminal's colour profile, detected once by the
	// caller (the CLI takes the one lipgloss detected as it loaded);
	// 0 (NoTTY) lets Bubble Tea detect it before the first frame.
	Profile colorprofile.Profile

	Input  io.Reader // nil = stdin; for tests
	Output io.Writer // nil = stdout; for tests

	Memory  *Memory             // what is remembered of the pack; nil = nothing, no bookmarks
	PackDir string              // the pack's folder, for editing its files; "" for the built-in pack
	Getenv  func(string) string // the environment of the editor, browser and clipboard; nil = os.Getenv
	// Clipboard writes the system clipboard; nil = the tool this system
	// has (xclip, xsel, wl-copy, pbcopy), if any. See action.Clipboard.
	Clipboard func(string) error

	Reloads <-chan watch.Result // new versions of a watched pack folder; nil = none
	Reload  func()              // asks the watcher for a reload now (the r key); nil = nothing to reload

	start *program.Startup // set by Run: the start-up the model takes part in
}

// Run runs the browser in the terminal's alternate screen until the user
// quits or ctx is done. Bubble Tea restores the terminal on every way out,
// a panic in Update, View or a command included; Run turns such a panic
// into an error, so the caller exits non-zero.
func Run(ctx context.Context, o Options) error {
	if o.Pack == nil {
		return errors.New("tui: no pack to browse")
	}
	program.WarmWidths()
	o.start = program.NewStartup()
	o.Output = o.start.Output(o.Output)
	m := New(o)
	m.prepare(o.Output)
	final, err := program.Run(ctx, m, program.Config{
		Input: o.Input, Output: o.Output, NoColor: o.NoColor, Profile: o.Profile, Start: o.start,
	})
	o.start.End()
	if o.Memory != nil {
		if fm, ok := final.(Model); ok {
			if serr := o.Memory.Save(fm.finalMemory()); serr != nil && err == nil {
				err = fmt.Errorf("tui: remembering where you were: %w", serr)
			}
		}
	}
	return err
}
