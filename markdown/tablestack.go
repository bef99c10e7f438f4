package markdown

import (
	"strings"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"
)

// The stacked form of a table too narrow for its words (see tables.go):
// its rows as blocks glamour wraps like prose.

// stack replaces t with its rows as blocks: per row, the first cell in
// bold after its column's header ("Criterion: "), then a tight list of
// the other cells, each after its column's header ("Node.js: "), so that
// no word of the table is lost. A one-column table becomes its header in
// bold and a list of its cells; a table of a header alone, the header's
// cells without labels. Labels are appended to src, which stack returns.
func stack(t *east.Table, src []byte) []byte {
	parent := t.Parent()
	var header ast.Node
	var body []ast.Node
	for row := t.FirstChild(); row != nil; row = row.NextSibling() {
		if row.Kind() == east.KindTableHeader {
			header = row
		} else {
			body = append(body, row)
		}
	}
	var names []string
	if header != nil {
		for c := header.FirstChild(); c != nil; c = c.NextSibling() {
			names = append(names, strings.TrimSpace(plainText(c, src)))
		}
	}
	var blocks []ast.Node
	switch {
	case header == nil || len(body) == 0:
		for _, row := range append([]ast.Node{header}, body...) {
			if row != nil {
				blocks, src = rowBlocks(blocks, row, nil, src)
			}
		}
	case len(names) == 1:
		blocks = append(blocks, lead(header.FirstChild(), nil))
		list := newList()
		for _, row := range body {
			if c := row.FirstChild(); c != nil && c.HasChildren() {
				list.AppendChild(list, item(c, nil))
			}
		}
		if list.HasChildren() {
			blocks = append(blocks, list)
		}
	default:
		for _, row := range body {
			blocks, src = rowBlocks(blocks, row, names, src)
		}
	}
	if parent.Kind() == ast.KindListItem {
		blocks = nest(blocks)
	}
	for _, b := range blocks {
		parent.InsertBefore(parent, t, b)
	}
	parent.RemoveChild(parent, t)
	return src
}

// nest turns blocks (leads and lists) into one list whose items are the
// leads, each with the list after it inside. glamour runs a list item's
// paragraphs into one line ("itemCriterion: Lockfile") but draws a list
// in a list item as it should.
func nest(blocks []ast.Node) []ast.Node {
	outer := newList()
	var lead ast.Node // the item of the lead just seen, until its list
	for _, b := range blocks {
		switch {
		case b.Kind() == ast.KindParagraph:
			lead = ast.NewListItem(2)
			tb := ast.NewTextBlock()
			moveChildren(tb, b)
			lead.AppendChild(lead, tb)
			outer.AppendChild(outer, lead)
		case lead == nil: // a row without a lead: its items join the outer list
			moveChildren(outer, b)
		default:
			lead.AppendChild(lead, b)
			lead = nil
		}
	}
	return []ast.Node{outer}
}

// rowBlocks appends row's blocks to blocks: its first cell in bold, then
// a list of the others, each cell after its column's name in names (none
// for a column without one). Empty cells are left out: they say nothing.
func rowBlocks(blocks []ast.Node, row ast.Node, names []string, src []byte) ([]ast.Node, []byte) {
	label := func(j int) *ast.Text {
		if j >= len(names) || names[j] == "" {
			return nil
		}
		var l *ast.Text
		l, src = labelText(src, names[j])
		return l
	}
	list := newList()
	for c, j := row.FirstChild(), 0; c != nil; c, j = c.NextSibling(), j+1 {
		switch {
		case !c.HasChildren():
		case j == 0:
			blocks = append(blocks, lead(c, label(j)))
		default:
			list.AppendChild(list, item(c, label(j)))
		}
	}
	if list.HasChildren() {
		blocks = append(blocks, list)
	}
	return blocks, src
}

// labelText appends name and ": " to src for a Text node to show.
func labelText(src []byte, name string) (*ast.Text, []byte) {
	start := len(src)
	src = append(src, name+": "...)
	return ast.NewTextSegment(text.NewSegment(start, len(src))), src
}

// lead is a paragraph of label (if any) and cell's inline nodes in bold.
func lead(cell ast.Node, label *ast.Text) ast.Node {
	p := ast.NewParagraph()
	if label != nil {
		p.AppendChild(p, label)
	}
	strong := ast.NewEmphasis(2)
	moveChildren(strong, cell)
	p.AppendChild(p, strong)
	return p
}

// newList is a tight bullet list, drawn like the pack's own lists.
func newList() *ast.List {
	l := ast.NewList('-')
	l.IsTight = true
	return l
}

// item is a list item of label (if any) and cell's inline nodes.
func item(cell ast.Node, label *ast.Text) ast.Node {
	it := ast.NewListItem(2)
	tb := ast.NewTextBlock()
	if label != nil {
		tb.AppendChild(tb, label)
	}
	moveChildren(tb, cell)
	it.AppendChild(it, tb)
	return it
}

// moveChildren moves from's children to the end of to's.
func moveChildren(to, from ast.Node) {
	for c := from.FirstChild(); c != nil; {
		next := c.NextSibling()
		to.AppendChild(to, c) // AppendChild removes c from its parent first
		c = next
	}
}
