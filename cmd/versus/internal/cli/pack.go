package cli

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/versus-dev/versus/assets"
	"github.com/versus-dev/versus/knowledge"
	"github.com/versus-dev/versus/knowledge/sanitize"
)

// packDirectory is the pack the user chose: --pack, else VERSUS_PACK, else
// "" for the built-in pack.
func (a *app) packDirectory() string {
	if a.packDir != "" {
		return a.packDir
	}
	return a.env.Getenv("VERSUS_PACK")
}

// loadPack loads the chosen pack. A pack with problems prints them to
// stderr, one per line, and ends the command with exit code 2.
func (a *app) loadPack() (*knowledge.Pack, error) {
	dir := a.packDirectory()
	if dir == "" {
		return builtinPack()
	}
	fsys, err := openDir(dir)
	if err != nil {
		return nil, err
	}
	end := a.notice("versus: reading " + sanitize.Line(dir) + "…")
	p, err := knowledge.LoadWith(fsys, a.loadOptions(dir))
	end()
	var probs knowledge.Problems
	if errors.As(err, &probs) {
		a.printProblems(a.env.Stderr, dir, probs)
		fmt.Fprintf(a.env.Stderr, "versus: %s: %s; 'versus validate %s' lists them again\n",
			sanitize.Line(dir), countNoun(len(probs), "problem"), sanitize.Line(dir))
		return nil, silent(exitUsage)
	}
	if err != nil {
		return nil, &exitError{exitUsage, fmt.Errorf("%s: %w", sanitize.Line(dir), err)}
	}
	return p, nil
}

// builtinPack returns the built-in pack from the form parsed and checked
// at build time (see assets.Encoded), which takes well under a
// millisecond to read where parsing the markdown takes tens. Should that
// form not decode, a build gone wrong, the markdown is parsed instead.
func builtinPack() (*knowledge.Pack, error) {
	if p, err := knowledge.DecodePack(assets.Encoded()); err == nil {
		return p, nil
	}
	p, err := knowledge.Load(assets.Pack())
	if err != nil {
		// The built-in pack is tested; this is a build gone wrong.
		return nil, fmt.Errorf("built-in pack: %w", err)
	}
	return p, nil
}

// loadOptions are the options of loading the pack in dir: its parse
// cache, written in the background while the command runs.
func (a *app) loadOptions(dir string) knowledge.Options {
	return knowledge.Options{Cache: a.packCache(dir), Go: a.background.Go}
}

// openDir checks that dir is a directory before handing it to the loader,
// so a typo gets a plain message rather than a list of problems.
func openDir(dir string) (fs.FS, error) {
	fi, err := os.Stat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, usageErr("%s: no such pack folder", sanitize.Line(dir))
	case err != nil:
		return nil, usageErr("%s: %v", sanitize.Line(dir), sanitize.Line(err.Error()))
	case !fi.IsDir():
		return nil, usageErr("%s: not a folder; a pack is a folder holding pack.yaml", sanitize.Line(dir))
	}
	return os.DirFS(dir), nil
}

// printProblems writes one FILE:LINE: message line per problem, with FILE
// joined to dir so that editors and terminals can jump to it.
func (a *app) printProblems(w io.Writer, dir string, probs knowledge.Problems) {
	var b strings.Builder
	for _, p := range probs {
		p.File = filepath.ToSlash(filepath.Join(dir, filepath.FromSlash(p.File)))
		b.WriteString(sanitize.Line(p.String()))
		b.WriteByte('\n')
	}
	_, _ = io.WriteString(w, b.String())
}

func countNoun(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
