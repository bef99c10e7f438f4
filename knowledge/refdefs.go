package knowledge

import (
	"bytes"

	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/util"
)

// A link reference definition ("[docs]: https://…") holds for the whole
// file it is in, and a README usually keeps all of them at its end. A
// piece cut from the file (a part of a split document, an FAQ answer) is
// parsed and rendered alone, so its reference links would lose their
// destinations and show as "[docs][docs]". refDefs lends such a piece the
// definitions it uses and lacks, written after its text, where they
// render as nothing.

// maxLent is the most bytes of definitions lent to the pieces of one
// file in all. A definition is copied into every piece that uses it, so
// without a bound one long definition used by thousands of parts costs
// time and memory growing with their product: a 225 KB document took
// 5.4 s to open and kept 381 MB of section bodies. A real file lends a
// few kilobytes.
const maxLent = MaxFileSize

// lendBudget is what may still be lent to the pieces of one file.
type lendBudget struct{ left int }

func newLendBudget() *lendBudget { return &lendBudget{left: maxLent} }

// refDefs are a file's link reference definitions by normalised label;
// the first definition of a label is the one that holds, as in goldmark.
type refDefs map[string]parser.Reference

// newRefDefs collects the definitions goldmark found in a parse.
func newRefDefs(pc parser.Context) refDefs {
	refs := pc.References()
	if len(refs) == 0 {
		return nil
	}
	d := make(refDefs, len(refs))
	for _, r := range refs {
		k := util.ToLinkReference(r.Label())
		if _, ok := d[k]; !ok {
			d[k] = r
		}
	}
	return d
}

// lend returns src followed by the definitions of d that src uses and
// does not define itself, or src alone when it needs none. "Uses" is any
// bracketed text naming a label of d: a definition a piece does not
// need renders as nothing, while one it needs and lacks shows as
// brackets. What it lends comes out of b; when b cannot pay for all src
// needs, it lends nothing.
func (d refDefs) lend(src []byte, b *lendBudget) []byte {
	if len(d) == 0 {
		return src
	}
	own := definedIn(src)
	var defs bytes.Buffer
	seen := map[string]bool{}
	for _, label := range bracketed(src) {
		k := util.ToLinkReference(label)
		r, ok := d[k]
		if !ok || seen[k] || own[k] {
			continue
		}
		seen[k] = true
		if defs.Len()+maxRefDefLen(r) > b.left {
			return src
		}
		writeRefDef(&defs, r)
	}
	if defs.Len() == 0 {
		return src
	}
	b.left -= defs.Len()
	out := make([]byte, 0, len(src)+defs.Len()+2)
	out = append(out, src...)
	for !bytes.HasSuffix(out, []byte("\n\n")) {
		out = append(out, '\n') // a blank line: a definition cannot interrupt a paragraph
	}
	return append(out, defs.Bytes()...)
}

// bracketed is the text inside every innermost pair of square brackets
// in src: a label cannot hold a bracket that is not escaped, so every
// label written in src is among them.
func bracketed(src []byte) [][]byte {
	var out [][]byte
	open := -1
	for i := 0; i < len(src); i++ {
		switch src[i] {
		case '\\':
			i++ // an escaped bracket opens and closes nothing
		case '[':
			open = i
		case ']':
			if open >= 0 && i > open+1 {
				out = append(out, src[open+1:i])
			}
			open = -1
		}
	}
	return out
}

// definedIn is the labels src defines on lines of its own ("[label]: "
// after at most three spaces). It reads lines, not the markdown, so a
// line in a code block that looks like a definition counts too: then a
// definition src may need is not lent, which leaves the link as it was.
func definedIn(src []byte) map[string]bool {
	var own map[string]bool
	for line := range bytes.Lines(src) {
		t := bytes.TrimLeft(line, " ")
		if len(line)-len(t) > 3 || len(t) == 0 || t[0] != '[' {
			continue
		}
		end := bytes.Index(t, []byte("]:"))
		if end <= 1 {
			continue
		}
		if own == nil {
			own = map[string]bool{}
		}
		own[util.ToLinkReference(t[1:end])] = true
	}
	return own
}

// writeRefDef writes r as a definition line that goldmark reads back as
// the same destination and title. The destination goes between angle
// brackets, where spaces and parentheses need no escape; one that holds
// an angle bracket (possible only unbracketed) is written bare. A title
// gets the first of ", ' and () it does not hold. A definition that
// cannot be written faithfully is left out: its links stay as they were.
func writeRefDef(w *bytes.Buffer, r parser.Reference) {
	label := bytes.ReplaceAll(r.Label(), []byte("\n"), []byte(" "))
	dest := r.Destination()
	var d []byte
	switch {
	case bytes.ContainsAny(dest, "\n\r") || endsEscaping(dest):
		return
	case !bytes.ContainsAny(dest, "<>"):
		d = append(append([]byte("<"), dest...), '>')
	case len(dest) > 0 && !bytes.ContainsAny(dest, " \t"):
		d = dest
	default:
		return
	}
	w.WriteByte('[')
	w.Write(label)
	w.WriteString("]: ")
	w.Write(d)
	if t := r.Title(); len(t) > 0 && !endsEscaping(t) {
		for _, q := range []string{`""`, `''`, `()`} {
			if !bytes.ContainsAny(t, q) {
				w.WriteString(" " + q[:1])
				w.Write(t)
				w.WriteString(q[1:])
				break
			}
		}
	}
	w.WriteByte('\n')
}

// maxRefDefLen is the most bytes writeRefDef writes for r: its label,
// destination and title, and at most ten bytes of brackets, quotes,
// spaces and the newline.
func maxRefDefLen(r parser.Reference) int {
	return len(r.Label()) + len(r.Destination()) + len(r.Title()) + 10
}

// endsEscaping reports whether b ends in an odd run of backslashes, which
// would escape the delimiter written after it.
func endsEscaping(b []byte) bool {
	n := len(b) - len(bytes.TrimRight(b, `\`))
	return n%2 == 1
}
