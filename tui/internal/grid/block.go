package grid

import (
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// BlockStyles are the styles of a row drawn as a block.
type BlockStyles struct {
	Line       lipgloss.Style // the title lines, marker and padding (a selected row's background)
	Title      lipgloss.Style // the title's words
	TitleMatch lipgloss.Style // words of the title matching the terms
	Label      lipgloss.Style // the subjects' names
	Text       lipgloss.Style // the cells' words
	Match      lipgloss.Style // words of the cells matching the terms
}

// blockIndent sets a block's cells in from its title.
const blockIndent = "    "

// Block draws a row as a block width columns wide: its title wrapped
// after marker ("▸ " on a selected row, spaces on the others, or none),
// the next title lines set in as far, each filled to width, then each
// subject's name and cell (see Cells), indented under it.
func Block(marker, title string, names, cells []string, width int, terms []string, st BlockStyles) []string {
	mw := ansi.StringWidth(marker)
	var out []string
	for k, l := range strings.Split(ansi.Wrap(title, max(width-mw, 1), ""), "\n") {
		if k > 0 {
			marker = strings.Repeat(" ", mw)
		}
		line := st.Line.Render(marker) + Highlight(l, terms, st.Title, st.TitleMatch)
		out = append(out, line+st.Line.Render(strings.Repeat(" ", max(width-mw-ansi.StringWidth(l), 0))))
	}
	for _, l := range Cells(names, cells, max(width-len(blockIndent), 1), terms, st.Label, st.Text, st.Match) {
		out = append(out, blockIndent+l)
	}
	return out
}
