package markdown

import (
	"strings"

	"charm.land/glamour/v2/ansi"
)

// Soft wrap for code blocks.
//
// glamour wraps a code block with the prose around it, at the document's
// width: the rest of a long code line goes on the next line at the
// block's outer margin, without the line's indentation and without the
// code block's own margin, and nothing tells it from a line of its own.
// In Python a wrapped line then reads as a dedent. wrapCode finds, after
// the render, each source line glamour broke and draws it again the way
// an editor's soft wrap does: every continuation starts at the line's own
// indentation with a muted contMark, its text two columns further in, and
// the colours chroma gave the text carried across each break.
//
// The marker goes at the start of the continuation rather than at the end
// of the broken line: the eye reads code down its indentation, where the
// marker says at once "not a new statement", and the ragged right edge
// would hide it (and cost a column on every broken line). "↪" is what
// editors show for a soft wrap (vim's showbreak, Emacs' visual-line
// fringe); the ASCII style takes ">", a shell's own continuation prompt.
//
// For now the markers serve hang alone: an item's words end where code
// starts.
//
// markCode makes glamour draw codeMark (U+2062 INVISIBLE TIMES, zero
// columns wide) where each code block's text starts and codeEnd (U+2063
// INVISIBLE SEPARATOR) on the line after it, past the block's margins: the
// first says where a block begins, the second at which column its code
// stands (the first line's margin can be broken off in a narrow pane). The
// pass (rewrite) hands over the blocks' source lines in the order glamour
// draws them. Each source line is matched to the output lines glamour made
// of it by their text, so a block the pass cannot follow exactly (a custom
// style that decorates code) is left as glamour drew it, and a line
// glamour did not break is left byte for byte. A source holding either
// marker itself (never one the loader sanitized: it removes invisible
// format characters) is left to glamour too; every marker is removed.

// codeMark is where a code block's text starts, codeEnd where the line
// after it does, from markCode until wrapCode.
const (
	codeMark = "\u2062"
	codeEnd  = "\u2063"
)

// markCode makes cfg draw codeMark and codeEnd around each code block.
func markCode(cfg *ansi.StyleConfig) {
	cfg.CodeBlock.BlockPrefix += codeMark
	cfg.CodeBlock.BlockSuffix = codeEnd + cfg.CodeBlock.BlockSuffix
}

// unmarkCode removes the markers of markCode from out.
func unmarkCode(out string) string {
	for _, m := range []string{codeMark, codeEnd} {
		if strings.Contains(out, m) {
			out = strings.ReplaceAll(out, m, "")
		}
	}
	return out
}
