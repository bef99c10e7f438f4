package knowledge

import (
	"errors"
	"sync/atomic"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// newParser returns the goldmark parser Load reads bodies with: CommonMark
// plus the GFM extensions (tables, strikethrough, task lists, bare URLs as
// links), the same syntax glamour renders. It is extension.GFM taken apart
// so that every block and inline parser can be wrapped:
//
//   - ATX headings record the offset of their line, so that even an empty
//     heading ("##") has a position;
//   - every parser checks, through the parse context, whether Load gave up
//     on the file (see budget), and unwinds the parse if so, so that an
//     abandoned parse of hostile input stops burning CPU.
//
// A parser.Parser is safe for concurrent use.
func newParser() parser.Parser {
	var blocks []util.PrioritizedValue
	for _, b := range parser.DefaultBlockParsers() {
		bp := b.Value.(parser.BlockParser)
		blocks = append(blocks, util.Prioritized(blockHook{bp, string(bp.Trigger()) == "#"}, b.Priority))
	}
	inlineList := append(parser.DefaultInlineParsers(),
		util.Prioritized(extension.NewStrikethroughParser(), 500),
		util.Prioritized(extension.NewLinkifyParser(), 999),
		util.Prioritized(extension.NewTaskCheckBoxParser(), 0),
	)
	var inlines []util.PrioritizedValue
	for _, i := range inlineList {
		ip := i.Value.(parser.InlineParser)
		var hook parser.InlineParser = inlineHook{ip}
		if cb, ok := ip.(parser.CloseBlocker); ok {
			hook = closingInlineHook{inlineHook{ip}, cb}
		}
		inlines = append(inlines, util.Prioritized(hook, i.Priority))
	}
	return parser.NewParser(
		parser.WithBlockParsers(blocks...),
		parser.WithInlineParsers(inlines...),
		parser.WithParagraphTransformers(append(parser.DefaultParagraphTransformers(),
			util.Prioritized(extension.NewTableParagraphTransformer(), 200))...),
		parser.WithASTTransformers(util.Prioritized(extension.NewTableASTTransformer(), 0)),
	)
}

// offsetAttr names the heading attribute holding the offset of its line.
const offsetAttr = "versus-offset"

// errParseCanceled unwinds a parse Load gave up on.
var errParseCanceled = errors.New("parse canceled")

// cancelContext is a goldmark parse context that can be told to stop.
type cancelContext struct {
	parser.Context
	stop *atomic.Bool
}

func newCancelContext(stop *atomic.Bool) *cancelContext {
	return &cancelContext{Context: parser.NewContext(), stop: stop}
}

// AddReference implements parser.Context; goldmark calls it once per link
// reference definition, inside a loop that is quadratic on hostile input.
func (c *cancelContext) AddReference(r parser.Reference) {
	checkStop(c.stop)
	c.Context.AddReference(r)
}

func checkStop(stop *atomic.Bool) {
	if stop != nil && stop.Load() {
		panic(errParseCanceled)
	}
}

func checkContext(pc parser.Context) {
	if c, ok := pc.(*cancelContext); ok {
		checkStop(c.stop)
	}
}

// blockHook wraps a block parser.
type blockHook struct {
	parser.BlockParser
	atx bool // record heading offsets
}

// Open implements parser.BlockParser.
func (h blockHook) Open(parent ast.Node, reader text.Reader, pc parser.Context) (ast.Node, parser.State) {
	checkContext(pc)
	if !h.atx {
		return h.BlockParser.Open(parent, reader, pc)
	}
	_, seg := reader.PeekLine()
	n, st := h.BlockParser.Open(parent, reader, pc)
	if n != nil {
		n.SetAttributeString(offsetAttr, seg.Start)
	}
	return n, st
}

// Continue implements parser.BlockParser.
func (h blockHook) Continue(node ast.Node, reader text.Reader, pc parser.Context) parser.State {
	checkContext(pc)
	return h.BlockParser.Continue(node, reader, pc)
}

// inlineHook wraps an inline parser, and the delimiter processor of the
// delimiters it makes (emphasis, strikethrough): goldmark matches
// delimiters in a loop that is quadratic on hostile input.
type inlineHook struct{ parser.InlineParser }

// Parse implements parser.InlineParser.
func (h inlineHook) Parse(parent ast.Node, block text.Reader, pc parser.Context) ast.Node {
	checkContext(pc)
	n := h.InlineParser.Parse(parent, block, pc)
	if d, ok := n.(*parser.Delimiter); ok {
		if c, ok := pc.(*cancelContext); ok {
			d.Processor = delimiterHook{d.Processor, c.stop}
		}
	}
	return n
}

// closingInlineHook wraps an inline parser that implements
// parser.CloseBlocker (the link parser resolves its brackets there).
// goldmark calls CloseBlock of every parser that has it, for every block,
// so only these wrappers have it.
type closingInlineHook struct {
	inlineHook
	closer parser.CloseBlocker
}

// CloseBlock implements parser.CloseBlocker.
func (h closingInlineHook) CloseBlock(parent ast.Node, block text.Reader, pc parser.Context) {
	h.closer.CloseBlock(parent, block, pc)
}

// delimiterHook wraps a delimiter processor.
type delimiterHook struct {
	parser.DelimiterProcessor
	stop *atomic.Bool
}

// CanOpenCloser implements parser.DelimiterProcessor.
func (h delimiterHook) CanOpenCloser(opener, closer *parser.Delimiter) bool {
	checkStop(h.stop)
	return h.DelimiterProcessor.CanOpenCloser(opener, closer)
}
