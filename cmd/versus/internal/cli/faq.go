package cli

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"
)

func (a *app) faqCmd() *cobra.Command {
	var (
		width  int
		asJSON bool
	)
	cmd := &cobra.Command{
		Use:     "faq [PATH]",
		Short:   "Print the frequently asked questions",
		Example: "  versus faq\n  versus faq ./docs\n  versus faq --json | jq -r '.[].question'",
		Args:    a.pathArgs(cobra.NoArgs),
		RunE: a.runE(func(*cobra.Command, []string) error {
			p, err := a.loadPack()
			if err != nil {
				return err
			}
			entries := p.FAQ()
			if asJSON {
				out := make([]jsonFAQ, 0, len(entries))
				for _, e := range entries {
					out = append(out, jsonFAQ{Question: e.Question, Answer: e.Answer})
				}
				return a.writeJSON(out)
			}
			if len(entries) == 0 {
				fmt.Fprintln(a.env.Stderr, "versus: this pack has no FAQ")
				return silent(exitProblems)
			}
			var md strings.Builder
			md.WriteString("# Questions\n\n")
			for i, e := range entries {
				fmt.Fprintf(&md, "## %d. %s\n\n%s\n\n", i+1, e.Question, e.Answer)
			}
			out, err := a.render(md.String(), width)
			if err != nil {
				return err
			}
			return a.write(out + "\n")
		}),
	}
	cmd.Flags().IntVarP(&width, "width", "w", 0, "wrap at N columns (default: the terminal's, at most 120; 80 when piped)")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON: [{question, answer}]")
	return cmd
}
