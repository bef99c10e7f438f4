package cli

import (
	"errors"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/versus-dev/versus/knowledge"
	"github.com/versus-dev/versus/knowledge/sanitize"
	"github.com/versus-dev/versus/knowledge/typo"
)

// resolve finds the section REF names, or explains why it cannot.
func (a *app) resolve(p *knowledge.Pack, ref string) (*knowledge.Section, error) {
	sec, cands, err := p.Resolve(ref)
	if err == nil {
		return sec, nil
	}
	var b strings.Builder
	b.WriteString(err.Error())
	if len(cands) > 0 {
		if errors.Is(err, knowledge.ErrAmbiguous) {
			b.WriteString("; did you mean one of these?")
		} else {
			b.WriteString("; closest sections:")
		}
		for _, c := range cands {
			b.WriteString("\n  ")
			b.WriteString(refLabel(c))
		}
	} else {
		b.WriteString("; 'versus list' shows every section")
	}
	return nil, &exitError{exitUsage, errors.New(b.String())}
}

// refLabel names a section as a user would type it: number, id, title.
func refLabel(s *knowledge.Section) string {
	num := "  "
	if s.Number > 0 {
		num = fmt.Sprintf("%2d", s.Number)
	}
	return fmt.Sprintf("%s  %-22s %s", num, s.ID, s.Title)
}

// maxCommandTypos is how far a first argument may be from a command's name
// to be taken for a mistyped command rather than a reference.
const maxCommandTypos = 2

// mistypedCommand returns a usage error when arg, the first argument of
// the bare "versus ARG", names no section but lies within maxCommandTypos
// edits of a command ("lst" for "list"), and nil otherwise. After a
// source ("versus docs/ list") arg may be a command's very name: the
// message then says how to run that command on the source.
func mistypedCommand(root *cobra.Command, p *knowledge.Pack, arg, source string) error {
	if _, _, err := p.Resolve(arg); err == nil {
		return nil
	}
	word := strings.ToLower(strings.TrimSpace(arg))
	best, bestD := "", maxCommandTypos+1
	for _, c := range root.Commands() {
		if c.Hidden {
			continue
		}
		for _, name := range append([]string{c.Name()}, c.Aliases...) {
			if d := typo.Distance(word, name, maxCommandTypos); d < bestD {
				best, bestD = c.Name(), d
			}
		}
	}
	switch {
	case best == "":
		return nil
	case source != "":
		return usageErr("%q names no section of %s; to run %q on it: versus %s %s",
			sanitize.Line(arg), sanitize.Line(source), best, best, shellWord(source))
	}
	return usageErr("unknown command %q; did you mean %q?", sanitize.Line(arg), best)
}
