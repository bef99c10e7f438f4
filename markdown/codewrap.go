package markdown

import (
	"strings"

	"charm.land/glamour/v2/ansi"
	"charm.land/glamour/v2/styles"
	"charm.land/lipgloss/v2"
	xansi "github.com/charmbracelet/x/ansi"
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
// markCode makes glamour draw codeMark (U+2062 INVISIBLE TIMES, zero
// columns wide) where each code block's text starts and codeEnd (U+2063
// INVISIBLE SEPARATOR) on the line after it, past the block's margins: the
// first says where a block begins, the second at which column its code
// stands (the first line's margin can be broken off in a narrow pane);
// hang ends a list item's words at the first. The
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

// codeWrap is how wrapCode draws the continuations of one renderer's code.
type codeWrap struct {
	limit  int    // the column lines end at
	margin int    // the columns the style indents code by: glamour's continuations lack them
	mark   string // the continuation marker, styled, and a space
	markW  int    // its width
}

// newCodeWrap sets up wrapCode for the style cfg, named style, ending
// lines at column limit.
func newCodeWrap(cfg ansi.StyleConfig, style string, limit int) codeWrap {
	cw := codeWrap{limit: limit}
	if m := cfg.CodeBlock.Margin; m != nil {
		cw.margin += int(*m)
	}
	if in := cfg.CodeBlock.Indent; in != nil {
		cw.margin += int(*in)
	}
	glyph := contMark(style)
	if c := cfg.CodeBlock.Color; c != nil {
		// Muted as glamour mutes the code block's own text.
		glyph = xansi.Style{}.ForegroundColor(lipgloss.Color(*c)).Styled(glyph)
	}
	cw.mark = glyph + " "
	cw.markW = xansi.StringWidth(cw.mark)
	return cw
}

// contMark is the continuation marker of the named style, unstyled.
func contMark(style string) string {
	if style == styles.AsciiStyle {
		return ">"
	}
	return "↪"
}

// minContRoom is the narrowest text a continuation is drawn with where
// there is room: a wide character takes two columns.
const minContRoom = 2

// wrapCode redraws the code lines glamour broke in out; code holds the
// source lines of each code block in the order glamour drew them.
func wrapCode(out string, code [][]string, cw codeWrap) string {
	if !strings.Contains(out, codeMark) {
		return unmarkCode(out)
	}
	lines := strings.Split(out, "\n")
	res := make([]string, 0, len(lines))
	block := 0
	for i := 0; i < len(lines); {
		at := strings.Index(lines[i], codeMark)
		if at < 0 {
			res = append(res, lines[i])
			i++
			continue
		}
		col := xansi.StringWidth(lines[i][:at])
		// The block ends at its codeEnd, which stands at the code's column.
		for j := i; j < len(lines); j++ {
			if end := strings.Index(lines[j], codeEnd); end >= 0 {
				col = xansi.StringWidth(lines[j][:end])
				break
			}
			if j > i && strings.Contains(lines[j], codeMark) {
				break
			}
		}
		lines[i] = strings.Replace(lines[i], codeMark, "", 1)
		if block >= len(code) {
			continue // not one of the pass's: nothing to follow
		}
		n, drawn := cw.block(lines[i:], code[block], col)
		block++
		res = append(res, drawn...)
		i += n
	}
	return unmarkCode(strings.Join(res, "\n"))
}

// block redraws the lines of one code block, whose source lines are src
// and whose code starts at column col: lines holds the block's first line
// and all after it. It returns how many lines it took and their
// replacement; it stops at the first line it cannot match to the source.
func (cw codeWrap) block(lines []string, src []string, col int) (int, []string) {
	var out []string
	n := 0
	for _, l := range src {
		if n >= len(lines) {
			break
		}
		g, drawn, ok := cw.line(lines[n:], l, col)
		if !ok {
			break
		}
		out = append(out, drawn...)
		n += g
	}
	return n, out
}

// line matches one source line l to the output lines glamour drew it on,
// the first of lines and its continuations, and draws it again when
// glamour broke it or drew it past cw.limit. It returns how many lines l
// took.
func (cw codeWrap) line(lines []string, l string, col int) (int, []string, bool) {
	l = strings.TrimRight(l, "\n")
	if strings.ContainsAny(l, "\r\t") {
		return 0, nil, false // glamour draws those its own way
	}
	want := strings.TrimRight(l, " ")
	// The continuations have the outer margin alone.
	contCol := col - cw.margin
	var text strings.Builder
	head, tail := splitColumn(lines[0], col)
	plain := strings.TrimRight(xansi.Strip(tail), " ")
	pos := len(plain)
	switch {
	case strings.HasPrefix(want, plain) && !strings.Contains(plain, codeEnd):
		if pos == len(want) && col+xansi.StringWidth(plain) <= cw.limit {
			return 1, lines[:1], true // not broken
		}
		text.WriteString(trimStyled(tail))
	case contCol >= 0:
		// In a narrow pane glamour moves a first word that does not fit
		// beside the margin to where continuations start.
		h, t := splitColumn(lines[0], contCol)
		piece := strings.Trim(xansi.Strip(t), " ")
		gap := len(want) - len(strings.TrimLeft(want, " "))
		if piece == "" || !strings.HasPrefix(want[gap:], piece) {
			return 0, nil, false
		}
		head = h + strings.Repeat(" ", cw.margin)
		text.WriteString(trimStyled(t))
		pos = gap + len(piece)
	default:
		return 0, nil, false
	}
	n := 1
	for pos < len(want) {
		if n >= len(lines) || contCol < 0 {
			return 0, nil, false
		}
		_, t := splitColumn(lines[n], contCol)
		piece := strings.Trim(xansi.Strip(t), " ")
		gap := len(want[pos:]) - len(strings.TrimLeft(want[pos:], " "))
		if !strings.HasPrefix(want[pos+gap:], piece) {
			// In a pane about as narrow as the margins, glamour's second
			// wrap (by the document) can drop the quote's bar too.
			plain := xansi.Strip(lines[n])
			_, t = splitColumn(lines[n], len(plain)-len(strings.TrimLeft(plain, " ")))
			piece = strings.Trim(xansi.Strip(t), " ")
		}
		// A blank line inside is glamour's too: it wraps a block in a
		// list twice, and the second wrap can break where the first put
		// a space.
		if !strings.HasPrefix(want[pos+gap:], piece) {
			return 0, nil, false
		}
		text.WriteString(want[pos : pos+gap])
		text.WriteString(trimStyled(t))
		pos += gap + len(piece)
		n++
	}
	ind := len(l) - len(strings.TrimLeft(l, " "))
	drawn, ok := cw.draw(head, ind, text.String())
	if !ok {
		return n, lines[:n], true
	}
	return n, drawn, true
}

// draw lays out a code line whose indentation is ind columns and whose
// text, styled, is text, after head (the margins), in lines that end at
// cw.limit. It reports false when no room at all is left for text.
func (cw codeWrap) draw(head string, ind int, text string) ([]string, bool) {
	avail := cw.limit - xansi.StringWidth(head)
	if avail < 1 {
		return nil, false
	}
	// An indentation wider than the room keeps what leaves some text.
	first := max(0, min(ind, avail-minContRoom))
	mark, room := cw.mark, avail-cw.markW
	if room < minContRoom {
		// No room for the marker: the continuations go unmarked.
		mark, room = "", avail
	}
	// A continuation keeps at least half of what is right of the marker
	// for text: a deeply indented line in a narrow pane gives up some
	// of its indentation instead.
	cont := min(ind, room/2)
	if room-cont < minContRoom {
		cont = max(0, room-minContRoom)
	}
	pieces := softWrap(text, avail-first, room-cont)
	out := make([]string, len(pieces))
	out[0] = head + strings.Repeat(" ", first) + pieces[0]
	pad := head + strings.Repeat(" ", cont) + mark
	for i, p := range pieces[1:] {
		out[i+1] = pad + p
	}
	return out, true
}

// codeBreaks are where softWrap may break code besides a space: after
// a separator, a dot or an opening bracket: "f(" / "a, b" and "x." / "y()"
// read well apart.
const codeBreaks = ",;.([{/"

// breakAt is a place softWrap may break the piece it builds at.
type breakAt struct {
	at    int      // the length of the piece there, or -1 for none
	w     int      // its width there
	style []string // the SGR sequences in force there
}

func (b *breakAt) set(at, w int, style []string) {
	b.at, b.w, b.style = at, w, append(b.style[:0], style...)
}

// softWrap breaks the styled text s into pieces of at most first columns,
// then rest columns each. A piece ends after its last space when that
// leaves it two thirds of its room or more (words stay whole, as an
// editor keeps them), else after its last codeBreaks or space, else, in a
// word longer than that, at the column. The spaces at a break are dropped.
// Each piece closes the style it leaves open and the next one opens it
// again, so the colours run on across the break. It reads s once.
func softWrap(s string, first, rest int) []string {
	var (
		pieces []string
		cur    strings.Builder
		w      int      // cur's width
		style  []string // the SGR sequences in force
		space  = breakAt{at: -1}
		punct  = breakAt{at: -1} // the last codeBreaks or space
		room   = first
		state  byte
	)
	emit := func(upTo int, keep []string) {
		piece := cur.String()
		tail := piece[upTo:]
		piece = piece[:upTo]
		if len(keep) > 0 {
			piece += xansi.ResetStyle
		}
		pieces = append(pieces, piece)
		cur.Reset()
		for _, sq := range keep {
			cur.WriteString(sq)
		}
		cur.WriteString(strings.TrimLeft(tail, " "))
		room = rest
	}
	for i := 0; i < len(s); {
		seq, sw, n, next := xansi.DecodeSequence(s[i:], state, nil)
		state = next
		i += n
		if seq[0] == xansi.ESC {
			cur.WriteString(seq)
			style = sgr(style, seq)
			continue
		}
		if seq == " " {
			if w == 0 {
				continue // the spaces at a break
			}
			cur.WriteString(seq)
			w++
			space.set(cur.Len(), w, style)
			punct.set(cur.Len(), w, style)
			continue
		}
		if w+sw > room && w > 0 {
			b := punct
			if space.at > 0 && 3*space.w >= 2*room {
				b = space
			}
			if b.at > 0 && w-b.w+sw <= rest {
				tailW := w - b.w
				emit(b.at, b.style)
				w = tailW
			} else {
				emit(cur.Len(), style)
				w = 0
			}
			space.at, punct.at = -1, -1
		}
		cur.WriteString(seq)
		w += sw
		if len(seq) == 1 && strings.Contains(codeBreaks, seq) {
			punct.set(cur.Len(), w, style)
		}
	}
	pieces = append(pieces, cur.String())
	return pieces
}

// maxStyle bounds the SGR sequences a break carries over: chroma and
// glamour reset after every token, so a longer run is hostile input.
const maxStyle = 16

// sgr returns style after the escape sequence seq: a reset clears it, any
// other SGR sequence adds to it.
func sgr(style []string, seq string) []string {
	if !strings.HasPrefix(seq, "\x1b[") || !strings.HasSuffix(seq, "m") {
		return style
	}
	if fullReset(seq) {
		return style[:0]
	}
	if len(style) == maxStyle {
		copy(style, style[1:])
		style = style[:maxStyle-1]
	}
	return append(style, seq)
}

// splitColumn splits the drawn line l where column col starts: head holds
// the text left of it with the escape sequences among it, tail the rest
// with the sequences that style it. A wide character across col goes to
// tail.
func splitColumn(l string, col int) (head, tail string) {
	var state byte
	w := 0
	for i := 0; i < len(l); {
		seq, sw, n, next := xansi.DecodeSequence(l[i:], state, nil)
		state = next
		if w >= col || (seq[0] != xansi.ESC && w+sw > col) {
			return l[:i], l[i:]
		}
		w += sw
		i += n
	}
	return l, ""
}

// trimStyled drops the blanks at both ends of a styled piece of a line,
// keeping its escape sequences.
func trimStyled(s string) string {
	s = trimLine(s)
	var state byte
	var b strings.Builder
	for i := 0; i < len(s); {
		seq, _, n, next := xansi.DecodeSequence(s[i:], state, nil)
		state = next
		i += n
		if seq == " " {
			continue
		}
		if seq[0] != xansi.ESC {
			b.WriteString(s[i-n:])
			return b.String()
		}
		b.WriteString(seq)
	}
	return b.String()
}
