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

// packDirectory is what the user chose to open: --pack (or a folder or
// markdown file given as the only argument), else VERSUS_PACK, else "" for
// the built-in pack.
func (a *app) packDirectory() string {
	if a.packDir != "" {
		return a.packDir
	}
	return a.env.Getenv("VERSUS_PACK")
}

// loadPack loads what the user chose to open. A source that cannot be
// opened prints its problems to stderr, one per line, and ends the command
// with exit code 2. A pack with content problems opens: one line on stderr
// says how many there are and how to list them, unless --strict, which
// refuses it as a source that cannot be opened.
func (a *app) loadPack() (*knowledge.Pack, error) {
	dir := a.packDirectory()
	if dir == "" {
		return builtinPack()
	}
	src, err := openSource(dir)
	if err != nil {
		return nil, err
	}
	end := a.notice("versus: reading " + sanitize.Line(dir) + "…")
	p, err := knowledge.LoadWith(src.fsys, a.loadOptions(src))
	end()
	var probs knowledge.Problems
	switch {
	case errors.As(err, &probs):
	case err != nil:
		return nil, &exitError{exitUsage, fmt.Errorf("%s: %w", sanitize.Line(dir), err)}
	case a.strict && len(p.Problems) > 0:
		probs = p.Problems
	case len(p.Problems) > 0:
		fmt.Fprintf(a.env.Stderr, "versus: %s in %s (versus validate %s)\n",
			countNoun(len(p.Problems), "problem"), sanitize.Line(dir), shellWord(dir))
		return p, nil
	default:
		return p, nil
	}
	a.printProblems(a.env.Stderr, probs)
	fmt.Fprintf(a.env.Stderr, "versus: %s: %s; 'versus validate %s' lists them again\n",
		sanitize.Line(dir), countNoun(len(probs), "problem"), shellWord(dir))
	return nil, silent(exitUsage)
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

// source is a folder or a markdown file to open.
type source struct {
	path string // as the user gave it
	fsys fs.FS  // the folder, or the folder holding the file
	file string // the file's name in fsys; "" for a folder
}

// loadOptions are the options of loading src: the parse cache of a
// folder, written in the background while the command runs, and the
// names a source without pack.yaml goes by.
func (a *app) loadOptions(src source) knowledge.Options {
	if src.file != "" {
		return knowledge.Options{File: src.file, Title: src.file}
	}
	return knowledge.Options{Cache: a.packCache(src.path), Go: a.background.Go, Title: folderName(src.path)}
}

// folderName is the name a folder of plain markdown goes by: its own
// name, even when given as "." or "docs/".
func folderName(dir string) string {
	if abs, err := filepath.Abs(dir); err == nil {
		dir = abs
	}
	return filepath.Base(dir)
}

// openSource checks what path is before handing it to the loader, so a
// typo gets a plain message rather than a list of problems: a folder (a
// pack, or plain markdown), or a markdown file. The path itself may be a
// symbolic link, as a folder given on the command line always could;
// inside it, none is followed.
func openSource(path string) (source, error) {
	fi, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return source{}, usageErr("%s: no such folder or file", sanitize.Line(path))
	case err != nil:
		return source{}, usageErr("%s: %v", sanitize.Line(path), sanitize.Line(err.Error()))
	case fi.IsDir():
		return source{path: path, fsys: os.DirFS(path)}, nil
	case !fi.Mode().IsRegular():
		return source{}, usageErr("%s: not a folder or a regular file", sanitize.Line(path))
	case !isMarkdownName(path):
		return source{}, usageErr("%s: not a folder or a markdown file (.md, .markdown)", sanitize.Line(path))
	}
	return source{path: path, fsys: os.DirFS(filepath.Dir(path)), file: filepath.Base(path)}, nil
}

// isMarkdownName reports whether a file name is a markdown file's.
func isMarkdownName(name string) bool {
	ext := strings.ToLower(filepath.Ext(name))
	return ext == ".md" || ext == ".markdown"
}

// isSource reports whether arg names a folder or a markdown file, so that
// "versus docs/" and "versus README.md" open it, as glow does.
func isSource(arg string) bool {
	fi, err := os.Stat(arg)
	return err == nil && (fi.IsDir() || fi.Mode().IsRegular() && isMarkdownName(arg))
}

// shellWord quotes a path for the command a message suggests, when it
// needs quoting.
func shellWord(s string) string {
	s = sanitize.Line(s)
	if s != "" && strings.IndexFunc(s, func(r rune) bool {
		return !(r == '/' || r == '.' || r == '-' || r == '_' || r == '~' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z')
	}) < 0 {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

// printProblems writes one FILE:LINE: message line per problem, FILE
// being the path inside the pack.
func (a *app) printProblems(w io.Writer, probs knowledge.Problems) {
	var b strings.Builder
	for _, p := range probs {
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
