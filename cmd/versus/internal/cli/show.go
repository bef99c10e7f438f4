package cli

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/versus-dev/versus/cmd/versus/internal/plain"
	"github.com/versus-dev/versus/knowledge"
	"github.com/versus-dev/versus/markdown"
)

type showFlags struct {
	width  int
	asJSON bool
}

func (a *app) showCmd() *cobra.Command {
	var f showFlags
	cmd := &cobra.Command{
		Use:   "show REF",
		Short: "Print one section, rendered",
		Long: "Print section REF rendered as markdown. REF is a section id, an aspect number,\n" +
			"or part of a title or alias; an ambiguous REF lists the candidates.\n" +
			"Without a terminal on stdout the output is plain text.\n\n" +
			"A folder or markdown file given before REF is read instead of the built-in\n" +
			"pack, as with --pack.",
		Example:           "  versus show performance\n  versus show 4 --width 100\n  versus show gil --json | jq .tables\n  versus show README.md install",
		Args:              a.pathArgs(cobra.ExactArgs(1)),
		ValidArgsFunction: a.completeRef,
		RunE: a.runE(func(_ *cobra.Command, args []string) error {
			p, err := a.loadPack()
			if err != nil {
				return err
			}
			return a.printShow(p, args[0], f)
		}),
	}
	cmd.Flags().IntVarP(&f.width, "width", "w", 0, "wrap at N columns (default: the terminal's, at most 120; 80 when piped)")
	cmd.Flags().BoolVar(&f.asJSON, "json", false, "print JSON: {id, title, kind, number?, markdown, tables, links}")
	return cmd
}

func (a *app) printShow(p *knowledge.Pack, ref string, f showFlags) error {
	sec, err := a.resolve(p, ref)
	if err != nil {
		return err
	}
	if f.asJSON {
		return a.writeJSON(sectionJSON(sec))
	}
	out, err := a.render(sec.Document(), f.width)
	if err != nil {
		return err
	}
	return a.write(out + "\n")
}

// render renders markdown at the chosen width and style: as plain text
// when stdout shows no styling (a pipe, a file) or no colour (NO_COLOR),
// else with glamour.
func (a *app) render(md string, widthFlag int) (string, error) {
	width, err := a.width(widthFlag)
	if err != nil {
		return "", err
	}
	style, err := a.glamourStyle()
	if err != nil {
		return "", err
	}
	if a.plainText() {
		return plain.Render(md, width), nil
	}
	out, err := markdown.New(1).Render(md, width, style)
	if err != nil {
		return "", fmt.Errorf("render: %w", err)
	}
	return out, nil
}
