package cli

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/spf13/cobra"

	"github.com/versus-dev/versus/knowledge"
)

func (a *app) listCmd() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:     "list [PATH]",
		Short:   "Print the table of contents",
		Example: "  versus list\n  versus list README.md\n  versus list --json | jq -r '.[].id'",
		Args:    a.pathArgs(cobra.NoArgs),
		RunE: a.runE(func(*cobra.Command, []string) error {
			p, err := a.loadPack()
			if err != nil {
				return err
			}
			if asJSON {
				items := make([]jsonListItem, 0, len(p.Sections))
				for _, s := range p.Sections {
					items = append(items, listItem(s))
				}
				return a.writeJSON(items)
			}
			return a.printList(p)
		}),
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON: [{id, title, kind, number?}]")
	return cmd
}

// packLine says what the pack compares and when, as far as it says.
func packLine(p *knowledge.Pack) string {
	var parts []string
	if len(p.Subjects) > 0 {
		parts = append(parts, strings.Join(p.Subjects, " and ")+" compared")
	}
	if p.AsOf != "" {
		parts = append(parts, "as of "+p.AsOf)
	}
	parts = append(parts, countNoun(len(p.Sections), "section"))
	return strings.Join(parts, " · ")
}

// printList prints the table of contents: the pack's title and summary,
// then the sections under one heading per group (knowledge.Pack.Groups).
func (a *app) printList(p *knowledge.Pack) error {
	title := lipgloss.NewStyle().Bold(true)
	muted := lipgloss.NewStyle().Faint(true)
	group := lipgloss.NewStyle().Bold(true).Underline(true)

	var b strings.Builder
	b.WriteString(title.Render(p.Title))
	b.WriteString("\n")
	if p.Summary != "" {
		b.WriteString(p.Summary)
		b.WriteString("\n")
	}
	b.WriteString(muted.Render(packLine(p)))
	b.WriteString("\n")

	idWidth := 0
	for _, s := range p.Sections {
		idWidth = max(idWidth, lipgloss.Width(s.ID))
	}
	for _, g := range p.Groups() {
		b.WriteString("\n")
		b.WriteString(group.Render(g.Name))
		b.WriteString("\n")
		for _, s := range g.Sections {
			num := "   "
			if s.Number > 0 {
				num = fmt.Sprintf("%2d.", s.Number)
			}
			pad := strings.Repeat(" ", idWidth-lipgloss.Width(s.ID))
			fmt.Fprintf(&b, "  %s %s%s  %s\n", num, muted.Render(s.ID), pad, s.Title)
		}
	}
	return a.write(b.String())
}
