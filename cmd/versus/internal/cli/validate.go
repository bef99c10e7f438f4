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
		Use:   "validate DIR",
		Short: "Check a pack and list every problem",
		Long: "Check the pack in DIR. Every problem is printed as FILE:LINE: message and\n" +
			"the exit code is 1; a clean pack prints one summary line and exits 0.",
		Example: "  versus validate ./mypack",
		Args:    a.args(cobra.ExactArgs(1)),
		RunE: a.runE(func(_ *cobra.Command, args []string) error {
			dir := args[0]
			fsys, err := openDir(dir)
			if err != nil {
				return err
			}
			p, err := knowledge.LoadWith(fsys, a.loadOptions(dir))
			var probs knowledge.Problems
			if errors.As(err, &probs) {
				a.printProblems(a.env.Stdout, dir, probs)
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
