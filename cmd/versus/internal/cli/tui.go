package cli

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/versus-dev/versus/knowledge"
	"github.com/versus-dev/versus/knowledge/watch"
	"github.com/versus-dev/versus/tui"
)

// runTUI opens the browser. Only an explicit --style or GLAMOUR_STYLE
// fixes the markdown style; otherwise the TUI follows the terminal's
// background once the terminal says what it is.
func (a *app) runTUI(ctx context.Context, p *knowledge.Pack, start string, compare [2]string) error {
	style := a.style
	if style == "" {
		style = a.env.Getenv("GLAMOUR_STYLE")
	}
	if style != "" {
		if _, err := a.glamourStyle(); err != nil {
			return err
		}
	}
	mem, err := a.packMemory(p)
	if err != nil {
		return err
	}
	if mem != nil {
		mem.Fresh = a.fresh
	}
	dir := a.packDirectory()
	var reloads <-chan watch.Result
	var reload func()
	if dir != "" {
		// A pack folder is watched, so that an edit shows at once. Without
		// a watcher (the system's limit on watches reached) versus works
		// as before, only without live reload.
		if w, werr := watch.New(watch.Config{Dir: dir, Options: knowledge.Options{Cache: a.packCache(dir)}}); werr == nil {
			defer w.Close()
			reloads, reload = w.Results(), w.Reload
		}
	}
	editDir := dir
	if fi, serr := os.Stat(dir); serr == nil && !fi.IsDir() {
		// A single markdown file: its sections and problems name it
		// inside its folder, as openSource reads it.
		editDir = filepath.Dir(dir)
	}
	err = tui.Run(ctx, tui.Options{
		Pack:    p,
		Style:   style,
		Width:   a.measure,
		NoColor: a.env.Getenv("NO_COLOR") != "",
		Start:   start,
		Compare: compare,
		Input:   a.env.Stdin,
		Output:  a.env.Stdout,

		Profile: a.profile(),
		Memory:  mem,
		PackDir: editDir,
		Getenv:  a.env.Getenv,
		Reloads: reloads,
		Reload:  reload,
	})
	if err != nil {
		return fmt.Errorf("browser: %w", err)
	}
	return nil
}

// whyNoBrowser says on stderr, in one line, why a command that opens the
// browser in a terminal prints instead, when stdout is a terminal and the
// reason is not plain to see: TERM=dumb, or input that is not a terminal.
// A pipe on stdout needs no word.
func (a *app) whyNoBrowser() {
	if !a.env.terminal(a.env.Stdout) || a.env.interactive() {
		return
	}
	why, fix := "stdin is not a terminal", "run versus without redirecting its input"
	if a.env.Getenv("TERM") == "dumb" {
		why, fix = "TERM=dumb: this terminal cannot run the browser", "try TERM=xterm-256color"
	}
	fmt.Fprintf(a.env.Stderr, "versus: %s; printing the contents instead (%s)\n", why, fix)
}
