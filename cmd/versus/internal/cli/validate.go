package cli

import (
	"errors"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/versus-dev/versus/knowledge"
	"github.com/versus-dev/versus/knowledge/sanitize"
)

func (a *app) validateCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "validate PATH",
		Short: "Check a pack, a folder or a markdown file and list every problem",
		Long: "Check the pack, folder of markdown or markdown file PATH. Every problem is\n" +
			"printed as FILE:LINE: message, FILE being the path inside PATH, and the exit\n" +
			"code is 1; a clean source prints one summary line and exits 0.",
		Example: "  versus validate ./mypack\n  versus validate README.md",
		Args:    a.args(cobra.ExactArgs(1)),
		RunE: a.runE(func(_ *cobra.Command, args []string) error {
			dir := args[0]
			src, err := openSource(dir)
			if err != nil {
				return err
			}
			p, err := knowledge.LoadWith(src.fsys, a.loadOptions(src))
			var probs knowledge.Problems
			if err == nil && len(p.Problems) > 0 {
				probs, err = p.Problems, p.Problems
			}
			if errors.As(err, &probs) {
				a.printProblems(a.env.Stdout, probs)
				fmt.Fprintf(a.env.Stderr, "versus: %s: %s\n", sanitize.Line(dir), countNoun(len(probs), "problem"))
				return silent(exitProblems)
			}
			if err != nil {
				return &exitError{exitUsage, fmt.Errorf("%s: %w", sanitize.Line(dir), err)}
			}
			return a.write(fmt.Sprintf("%s: ok: %s\n", sanitize.Line(dir), p.Stats()))
		}),
	}
}
