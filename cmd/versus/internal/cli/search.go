package cli

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/spf13/cobra"

	"github.com/versus-dev/versus/knowledge/sanitize"
	"github.com/versus-dev/versus/knowledge/search"
)

func (a *app) searchCmd() *cobra.Command {
	var (
		limit  int
		asJSON bool
	)
	cmd := &cobra.Command{
		Use:   "search QUERY...",
		Short: "Search titles, aliases, tags, text, tables and the FAQ",
		Long: "Search every section: titles, aliases, tags, summaries, text, table rows and\n" +
			"FAQ questions and answers. Hits come best first, one line of context each.\n\n" +
			"A folder or markdown file given before the query is read instead of the\n" +
			"built-in pack, as with --pack; a lone word is always the query.",
		Example: "  versus search gil\n  versus search event loop --limit 3\n  versus search pytest --json\n  versus search ./docs install",
		Args:    a.pathArgs(cobra.MinimumNArgs(1)),
		RunE: a.runE(func(_ *cobra.Command, args []string) error {
			if limit < 0 {
				return usageErr("--limit %d: give a number of hits, or 0 for all of them", limit)
			}
			p, err := a.loadPack()
			if err != nil {
				return err
			}
			query := strings.Join(args, " ")
			ix := search.New(p)
			// Every hit, up to the engine's cap, to say how many the limit
			// leaves out.
			hits := ix.Search(query, search.MaxLimit)
			capped := len(hits) == search.MaxLimit // there may be more still
			more := 0
			if limit > 0 && len(hits) > limit {
				hits, more = hits[:limit], len(hits)-limit
			}
			if len(hits) == 0 {
				msg := fmt.Sprintf("versus: nothing matches %q", sanitize.Line(query))
				if sugg := ix.Suggest(query, 0); len(sugg) > 0 {
					msg += "; did you mean: " + strings.Join(sugg, ", ") + "?"
				}
				fmt.Fprintln(a.env.Stderr, msg)
				if asJSON {
					if err := a.writeJSON([]jsonHit{}); err != nil {
						return err
					}
				}
				return silent(exitProblems)
			}
			if err := a.printHits(hits, asJSON); err != nil {
				return err
			}
			if more > 0 {
				// On stdout for a reader; scripts reading stdout (piped, or
				// --json) get it on stderr.
				w := a.env.Stderr
				if !asJSON && a.env.terminal(a.env.Stdout) {
					w = a.env.Stdout
				}
				plus := ""
				if capped {
					plus = "+"
				}
				fmt.Fprintf(w, "… and %d%s more (use --limit)\n", more, plus)
			}
			return nil
		}),
	}
	cmd.Flags().IntVarP(&limit, "limit", "n", 10, fmt.Sprintf("show at most N hits, 0 for all (up to %d)", search.MaxLimit))
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON: [{id, title, kind, field, snippet, score}], best first")
	return cmd
}

// printHits writes hits to stdout, as JSON or laid out for reading.
func (a *app) printHits(hits []search.Hit, asJSON bool) error {
	if !asJSON {
		return a.write(formatHits(hits))
	}
	out := make([]jsonHit, 0, len(hits))
	for _, h := range hits {
		out = append(out, jsonHit{
			ID: h.SectionID, Title: h.Title, Kind: string(h.Kind),
			Field: string(h.Field), Snippet: h.Snippet, Score: h.Score,
		})
	}
	return a.writeJSON(out)
}

// formatHits lays out hits grouped by section, sections numbered best
// first: the section's title and id, then one line per hit with what
// matched and the snippet, matches highlighted.
func formatHits(hits []search.Hit) string {
	title := lipgloss.NewStyle().Bold(true)
	muted := lipgloss.NewStyle().Faint(true)
	var order []string
	bySection := map[string][]search.Hit{}
	for _, h := range hits {
		if _, seen := bySection[h.SectionID]; !seen {
			order = append(order, h.SectionID)
		}
		bySection[h.SectionID] = append(bySection[h.SectionID], h)
	}
	var b strings.Builder
	for i, id := range order {
		group := bySection[id]
		fmt.Fprintf(&b, "%2d. %s  %s\n", i+1, title.Render(group[0].Title), muted.Render(id))
		for _, h := range group {
			fmt.Fprintf(&b, "      %s  %s\n", muted.Render(fmt.Sprintf("%-8s", h.Field)), highlight(h.Snippet, h.Matches))
		}
	}
	return b.String()
}

// highlight styles the matched byte ranges of s. Ranges outside s or out
// of order are skipped rather than trusted.
func highlight(s string, matches [][2]int) string {
	match := lipgloss.NewStyle().Bold(true).Underline(true).Foreground(lipgloss.Color("3"))
	var b strings.Builder
	at := 0
	for _, m := range matches {
		lo, hi := m[0], m[1]
		if lo < at || hi > len(s) || lo >= hi {
			continue
		}
		b.WriteString(s[at:lo])
		b.WriteString(match.Render(s[lo:hi]))
		at = hi
	}
	b.WriteString(s[at:])
	return b.String()
}
