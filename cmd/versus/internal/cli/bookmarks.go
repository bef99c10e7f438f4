package cli

import (
	"fmt"
	"strings"
	"time"

	"charm.land/lipgloss/v2"
	"github.com/spf13/cobra"

	"github.com/versus-dev/versus/knowledge"
	"github.com/versus-dev/versus/tui"
	"github.com/versus-dev/versus/tui/memory"
)

func (a *app) bookmarksCmd() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "bookmarks [PATH]",
		Short: "Print the bookmarks of the pack",
		Long: "Print the bookmarks set in the browser (m) on the pack: the built-in one, or\n" +
			"the one PATH or --pack names: the section id (then #anchor for a heading),\n" +
			"its title and the heading's.",
		Example: "  versus bookmarks\n  versus bookmarks ./mypack --json | jq -r '.[].id'",
		Args:    a.pathArgs(cobra.NoArgs),
		RunE: a.runE(func(*cobra.Command, []string) error {
			p, err := a.loadPack()
			if err != nil {
				return err
			}
			st, err := a.packState(p)
			if err != nil {
				return err
			}
			if asJSON {
				out := make([]jsonBookmark, 0, len(st.Bookmarks))
				for _, b := range st.Bookmarks {
					out = append(out, bookmarkJSON(p, b))
				}
				return a.writeJSON(out)
			}
			return a.printBookmarks(p, st.Bookmarks)
		}),
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON: [{id, anchor?, title, heading?, file, line, added?}]")
	return cmd
}

// packState reads what versus remembers of pack p, without what p no
// longer holds. A damaged state file is reported on stderr, once: the
// store sets it aside.
func (a *app) packState(p *knowledge.Pack) (memory.State, error) {
	mem, err := a.packMemory(p)
	if mem == nil || err != nil {
		return memory.State{}, err
	}
	if mem.Notice != "" {
		fmt.Fprintf(a.env.Stderr, "versus: %s\n", mem.Notice)
	}
	return mem.State, nil
}

// packMemory loads what versus remembers of pack p for the browser; nil
// when there is no state folder.
func (a *app) packMemory(p *knowledge.Pack) (*tui.Memory, error) {
	if a.env.StateDir == nil {
		return nil, nil
	}
	dir, err := a.env.StateDir()
	if err != nil {
		return nil, fmt.Errorf("state folder: %w", err)
	}
	key, err := a.packKey(p)
	if err != nil {
		return nil, err
	}
	store := memory.Store{Dir: dir}
	st, notice := store.Load(key)
	st.Prune(p)
	return &tui.Memory{Store: store, Key: key, State: st, Notice: notice}, nil
}

// packKey names pack p in the state store: its folder, or for the
// built-in pack its title.
func (a *app) packKey(p *knowledge.Pack) (string, error) {
	if dir := a.packDirectory(); dir != "" {
		return memory.FolderKey(dir)
	}
	return memory.BuiltinKey(p.Title), nil
}

type jsonBookmark struct {
	ID      string     `json:"id"`
	Anchor  string     `json:"anchor,omitempty"`
	Title   string     `json:"title"`
	Heading string     `json:"heading,omitempty"`
	File    string     `json:"file,omitempty"`
	Line    int        `json:"line,omitempty"`
	Added   *time.Time `json:"added,omitempty"`
	// Missing marks a bookmark whose section p no longer holds; bookmarks
	// are kept through such changes (see memory.State.Prune).
	Missing bool `json:"missing,omitempty"`
}

// bookmarkJSON describes b in pack p.
func bookmarkJSON(p *knowledge.Pack, b memory.Bookmark) jsonBookmark {
	out := jsonBookmark{ID: b.Section, Anchor: b.Anchor}
	if !b.Added.IsZero() {
		out.Added = &b.Added
	}
	s := p.Section(b.Section)
	if s == nil {
		out.Missing = true // no title, file or line to give
		return out
	}
	out.Title, out.File, out.Line = s.Title, s.File, s.BodyLine
	if h, ok := heading(s, b.Anchor); ok {
		out.Heading, out.Line = h.Text, h.Line
	}
	return out
}

func heading(s *knowledge.Section, anchor string) (knowledge.Heading, bool) {
	for _, h := range s.Headings {
		if anchor != "" && h.Anchor == anchor {
			return h, true
		}
	}
	return knowledge.Heading{}, false
}

// printBookmarks prints one bookmark a line: its REF, then the section's
// title and the heading's.
func (a *app) printBookmarks(p *knowledge.Pack, marks []memory.Bookmark) error {
	if len(marks) == 0 {
		return a.write(fmt.Sprintf("No bookmarks in %s; press m in the browser to set one.\n", p.Title))
	}
	muted := lipgloss.NewStyle().Faint(true)
	refs := make([]string, len(marks))
	width := 0
	for i, b := range marks {
		refs[i] = b.Section
		if b.Anchor != "" {
			refs[i] += "#" + b.Anchor
		}
		width = max(width, lipgloss.Width(refs[i]))
	}
	var sb strings.Builder
	for i, b := range marks {
		j := bookmarkJSON(p, b)
		title := j.Title
		if j.Heading != "" {
			title += " › " + j.Heading
		}
		if j.Missing {
			title = "(not in this pack)"
		}
		pad := strings.Repeat(" ", width-lipgloss.Width(refs[i]))
		fmt.Fprintf(&sb, "%s%s  %s\n", muted.Render(refs[i]), pad, title)
	}
	return a.write(sb.String())
}
