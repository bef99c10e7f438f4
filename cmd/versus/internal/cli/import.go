package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/google/renameio/v2/maybe"
	"github.com/spf13/cobra"

	"github.com/versus-dev/versus/knowledge"
	"github.com/versus-dev/versus/knowledge/sanitize"
)

type importFlags struct {
	out      string
	title    string
	summary  string
	subjects []string
	asOf     string
}

func (a *app) importCmd() *cobra.Command {
	var f importFlags
	cmd := &cobra.Command{
		Use:   "import SRC --out DIR",
		Short: "Turn a markdown file or folder into a pack",
		Long: "Turn the markdown file or folder SRC into a pack in DIR, ready to edit: pack.yaml\n" +
			"with a title and the subjects compared (guessed from the comparison tables,\n" +
			"or named with --subjects), and one file per section with front matter (id,\n" +
			"title, kind, a summary from its first paragraph). DIR must be new or empty;\n" +
			"nothing is overwritten. The pack is checked as 'versus validate' does.",
		Example: "  versus import README.md --out ./quill-pack\n" +
			"  versus import ./docs --out ./docs-pack --subjects Go,Rust --title 'Go vs Rust'",
		Args: a.args(cobra.ExactArgs(1)),
		RunE: a.runE(func(_ *cobra.Command, args []string) error { return a.runImport(args[0], f) }),
	}
	fl := cmd.Flags()
	fl.StringVarP(&f.out, "out", "o", "", "folder to write the pack to; must be new or empty (required)")
	fl.StringVar(&f.title, "title", "", "the pack's title (default: the source's title or name)")
	fl.StringVar(&f.summary, "summary", "", "the pack's one-line summary (default: the first paragraph)")
	fl.StringSliceVar(&f.subjects, "subjects", nil, "the things compared, in column order, such as Go,Rust (default: guessed from tables)")
	fl.StringVar(&f.asOf, "as-of", "", "date the content is current as of, YYYY-MM-DD (default: today)")
	_ = cmd.MarkFlagRequired("out")
	_ = cmd.MarkFlagDirname("out")
	return cmd
}

func (a *app) runImport(srcPath string, f importFlags) error {
	if err := emptyOrNew(f.out); err != nil {
		return err
	}
	src, err := openSource(srcPath)
	if err != nil {
		return err
	}
	opts := a.loadOptions(src)
	opts.Cache = nil // a one-off read
	p, err := knowledge.LoadWith(src.fsys, opts)
	var probs knowledge.Problems
	if errors.As(err, &probs) {
		a.printProblems(a.env.Stderr, probs)
		return &exitError{exitUsage, fmt.Errorf("%s: cannot be read; nothing imported", sanitize.Line(srcPath))}
	}
	if err != nil {
		return &exitError{exitUsage, fmt.Errorf("%s: %w", sanitize.Line(srcPath), err)}
	}
	o, err := a.exportOptions(p, f)
	if err != nil {
		return err
	}
	files, err := knowledge.Export(p, o)
	if err != nil {
		return &exitError{exitUsage, fmt.Errorf("import %s: %w", sanitize.Line(srcPath), err)}
	}
	if err := writeFiles(f.out, files); err != nil {
		return err
	}
	return a.checkImported(f.out, len(files)-1)
}

// exportOptions fills in what the flags leave out from the source.
func (a *app) exportOptions(p *knowledge.Pack, f importFlags) (knowledge.ExportOptions, error) {
	o := knowledge.ExportOptions{Title: f.title, Summary: f.summary, Subjects: f.subjects, AsOf: f.asOf}
	if o.Title == "" {
		o.Title = p.Title
	}
	if o.Summary == "" {
		o.Summary = p.Summary
	}
	if o.AsOf == "" {
		o.AsOf = time.Now().Format(time.DateOnly)
	} else if _, err := time.Parse(time.DateOnly, o.AsOf); err != nil {
		return o, usageErr("--as-of %s: want a date written YYYY-MM-DD", sanitize.Line(o.AsOf))
	}
	for i, s := range o.Subjects {
		o.Subjects[i] = strings.TrimSpace(s)
	}
	switch {
	case len(o.Subjects) == 0 && len(p.Subjects) >= 2:
		o.Subjects = p.Subjects
		fmt.Fprintf(a.env.Stderr, "versus: subjects guessed from the comparison tables: %s (name others with --subjects)\n",
			sanitize.Line(strings.Join(p.Subjects, ", ")))
	case len(o.Subjects) == 0:
		return o, usageErr("no comparison table to guess the subjects from; name them with --subjects, such as --subjects Go,Rust")
	case len(o.Subjects) < 2:
		return o, usageErr("--subjects needs at least two names")
	}
	return o, nil
}

// emptyOrNew refuses a folder that holds anything: import never
// overwrites.
func emptyOrNew(dir string) error {
	if dir == "" {
		return usageErr("--out: name the folder to write the pack to")
	}
	entries, err := os.ReadDir(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil
	case err != nil:
		return usageErr("--out %s: %v", sanitize.Line(dir), sanitize.Line(err.Error()))
	case len(entries) > 0:
		return usageErr("--out %s: not empty; import writes only to a new or empty folder", sanitize.Line(dir))
	}
	return nil
}

// writeFiles writes the pack's files under dir, each atomically (but on Windows, where renameio cannot), never
// replacing one that exists.
func writeFiles(dir string, files []knowledge.ExportFile) error {
	for _, f := range files {
		name := filepath.Join(dir, filepath.FromSlash(f.Path))
		if !filepath.IsLocal(filepath.FromSlash(f.Path)) {
			return fmt.Errorf("import: refusing to write %s outside %s", sanitize.Line(f.Path), sanitize.Line(dir))
		}
		if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
			return fmt.Errorf("import: %w", err)
		}
		if _, err := os.Lstat(name); err == nil {
			return fmt.Errorf("import: %s exists; not overwritten", sanitize.Line(name))
		}
		if err := maybe.WriteFile(name, f.Data, 0o644); err != nil {
			return fmt.Errorf("import: %w", err)
		}
	}
	return nil
}

// checkImported loads the new pack as validate does: problems left (a
// reference-style link that could not be rewritten, a table that names
// some subjects but not all) are listed with exit code 1, for the author
// to fix.
func (a *app) checkImported(dir string, sections int) error {
	p, err := knowledge.Load(os.DirFS(dir))
	var probs knowledge.Problems
	if errors.As(err, &probs) {
		a.printProblems(a.env.Stderr, probs)
		fmt.Fprintf(a.env.Stderr, "versus: wrote %s to %s; %s to fix ('versus validate %s')\n",
			countNoun(sections, "section"), sanitize.Line(dir), countNoun(len(probs), "problem"), shellWord(dir))
		return silent(exitProblems)
	}
	if err != nil {
		return fmt.Errorf("%s: %w", sanitize.Line(dir), err)
	}
	return a.write(fmt.Sprintf("%s: ok: %s\n", sanitize.Line(dir), p.Stats()))
}
