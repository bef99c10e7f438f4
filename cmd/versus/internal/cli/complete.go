package cli

import (
	"io"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/versus-dev/versus/markdown"
)

// completeRef offers section ids (and aspect numbers with their titles)
// for shell completion: of the pack a first PATH argument names (see
// pathArgs), else of --pack's or the built-in one. A first word that
// looks like a path is left to the shell's file completion.
func (a *app) completeRef(_ *cobra.Command, args []string, toComplete string) ([]string, cobra.ShellCompDirective) {
	if len(args) == 0 && a.packDir == "" && looksLikePath(toComplete) {
		return nil, cobra.ShellCompDirectiveDefault
	}
	quiet := *a
	quiet.env.Stderr = io.Discard // a broken pack must not spill into the shell's prompt
	if len(args) > 0 && quiet.packDir == "" && isSource(args[0]) {
		quiet.packDir = args[0]
	}
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

// looksLikePath reports whether a word being typed is a path rather than
// a section: section ids hold no slash and start with no dot or tilde.
func looksLikePath(w string) bool {
	return strings.ContainsRune(w, '/') || strings.HasPrefix(w, ".") || strings.HasPrefix(w, "~")
}

func completeStyle(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
	return markdown.Styles(), cobra.ShellCompDirectiveDefault
}
