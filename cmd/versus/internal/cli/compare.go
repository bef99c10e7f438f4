package cli

import (
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/spf13/cobra"

	"github.com/versus-dev/versus/cmd/versus/internal/plain"
	"github.com/versus-dev/versus/knowledge"
)

// sideBySideMin is the narrowest output that gets two columns; below it
// the two aspects are stacked.
const sideBySideMin = 80

const gutter = 2

func (a *app) compareCmd() *cobra.Command {
	var (
		width                     int
		asJSON, printOut, summary bool
	)
	cmd := &cobra.Command{
		Use:   "compare REF REF",
		Short: "Put two aspects side by side",
		Long: "Show two sections side by side. In a terminal this opens the browser's\n" +
			"compare view; with --print, --summary, --width, --json or a pipe it prints\n" +
			"both sections in full in two columns (stacked below 80 columns), or with\n" +
			"--summary only the title, summary and comparison tables of each.\n\n" +
			"A folder or markdown file given before the REFs is read instead of the\n" +
			"built-in pack, as with --pack.",
		Example:           "  versus compare performance memory\n  versus compare 1 11 --print --width 120\n  versus compare gil async --json\n  versus compare ./mypack speed memory",
		Args:              a.pathArgs(cobra.ExactArgs(2)),
		ValidArgsFunction: a.completeRef,
		RunE: a.runE(func(cmd *cobra.Command, args []string) error {
			p, err := a.loadPack()
			if err != nil {
				return err
			}
			left, err := a.resolve(p, args[0])
			if err != nil {
				return err
			}
			right, err := a.resolve(p, args[1])
			if err != nil {
				return err
			}
			switch {
			case asJSON:
				return a.writeJSON(jsonCompare{Left: sectionJSON(left), Right: sectionJSON(right)})
			case a.env.interactive() && !printOut && !summary && width == 0:
				return a.runTUI(cmd.Context(), p, "", [2]string{left.ID, right.ID})
			}
			if !printOut && !summary && width == 0 {
				a.whyNoBrowser()
			}
			out, err := a.renderCompare(left, right, width, summary)
			if err != nil {
				return err
			}
			return a.write(out)
		}),
	}
	cmd.Flags().IntVarP(&width, "width", "w", 0, "total width in N columns (default: the terminal's, at most 120; 80 when piped)")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON: {left, right}, each shaped like show --json")
	cmd.Flags().BoolVar(&printOut, "print", false, "print the comparison instead of opening the browser")
	cmd.Flags().BoolVar(&summary, "summary", false, "print only the title, summary and comparison tables of each (implies --print)")
	return cmd
}

// tableMinWidth is the narrowest column that shows a comparison as a
// table; narrower ones list each criterion with its values, which stays
// readable where a three-column table would break words apart.
const tableMinWidth = 60

// compareMarkdown is what a compare column of width columns shows of a
// section: heading, summary and comparison tables (every table when it
// has none).
func compareMarkdown(s *knowledge.Section, width int) string {
	var b strings.Builder
	b.WriteString("## ")
	b.WriteString(s.Heading())
	b.WriteString("\n\n")
	if s.Summary != "" {
		b.WriteString(s.Summary)
		b.WriteString("\n\n")
	}
	tables := s.ComparisonTables()
	if len(tables) == 0 {
		tables = s.Tables
	}
	for _, t := range tables {
		if width >= tableMinWidth {
			b.WriteString(t.Markdown())
		} else {
			b.WriteString(t.List())
		}
		b.WriteString("\n")
	}
	return b.String()
}

// renderCompare prints two sections in two columns of half the width,
// or one above the other below sideBySideMin: in full, or with summary
// only what compareMarkdown keeps.
func (a *app) renderCompare(left, right *knowledge.Section, widthFlag int, summary bool) (string, error) {
	width, err := a.width(widthFlag)
	if err != nil {
		return "", err
	}
	col := (width - gutter) / 2
	if width < sideBySideMin {
		col = width
	}
	content := func(s *knowledge.Section) string {
		if summary {
			return compareMarkdown(s, col)
		}
		return s.Document()
	}
	if a.plainText() {
		if _, err := a.glamourStyle(); err != nil {
			return "", err // --style is checked even when unused
		}
		l, r := plain.Parts(content(left), col), plain.Parts(content(right), col)
		if width < sideBySideMin {
			return strings.Join(l, "\n\n") + "\n\n\n" + strings.Join(r, "\n\n") + "\n", nil
		}
		return plain.Columns(l, r, col, gutter) + "\n", nil
	}
	l, err := a.render(content(left), col)
	if err != nil {
		return "", err
	}
	r, err := a.render(content(right), col)
	if err != nil {
		return "", err
	}
	if width < sideBySideMin {
		return l + "\n\n" + r + "\n", nil
	}
	box := lipgloss.NewStyle().Width(col).MaxWidth(col)
	row := lipgloss.JoinHorizontal(lipgloss.Top, box.Render(l), strings.Repeat(" ", gutter), box.Render(r))
	return trimRight(row) + "\n", nil
}

// trimRight drops the padding JoinHorizontal leaves at line ends, so piped
// output carries no trailing blanks.
func trimRight(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " ")
	}
	return strings.Join(lines, "\n")
}
