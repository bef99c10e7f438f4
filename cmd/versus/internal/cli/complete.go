package cli

import (
	"io"
	"strconv"

	"github.com/spf13/cobra"

	"github.com/versus-dev/versus/markdown"
)

// completeRef offers section ids (and aspect numbers with their titles)
// for shell completion.
func (a *app) completeRef(_ *cobra.Command, _ []string, _ string) ([]string, cobra.ShellCompDirective) {
	quiet := *a
	quiet.env.Stderr = io.Discard // a broken pack must not spill into the shell's prompt
	p, err := quiet.loadPack()
	if err != nil {
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
	var out []string
	for _, s := range p.Sections {
		out = append(out, s.ID+"\t"+s.Title)
		if s.Number > 0 {
			out = append(out, strconv.Itoa(s.Number)+"\t"+s.Title)
		}
	}
	return out, cobra.ShellCompDirectiveNoFileComp
}

func completeStyle(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
	return markdown.Styles(), cobra.ShellCompDirectiveDefault
}
