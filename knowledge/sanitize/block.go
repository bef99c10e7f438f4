package sanitize

import "unicode/utf8"

// Block neutralises markdown source s, such as a whole section file, so that
// neither s itself nor its rendering by goldmark and glamour can carry a
// control character or escape sequence to the terminal.
//
// Newline and tab stay; CRLF becomes LF and a bare carriage return becomes
// "^M"; every other C0 control and DEL becomes its caret notation; C1
// controls, bidi controls and invisible characters become "<U+XXXX>"; invalid
// UTF-8 becomes U+FFFD. A character reference that some decoder on the way to
// the terminal would turn into such a character ("&#27;", "&#x1b;", "&#033;",
// "&#8238", "&rlm;" ...) has its '&' written as "&amp;", so it renders as the
// literal reference text.
//
// Block never adds or removes a '\n', so line numbers computed on the result
// match the source, and Block(Block(s)) == Block(s). s is returned as is,
// without allocating, when it needs no change.
func Block(s string) string {
	o := output{s: s}
	for i := 0; i < len(s); {
		c := s[i]
		if printableASCII(c) && c != '&' {
			i++
			continue
		}
		switch {
		case c == '&':
			if dangerousReference(s[i:]) {
				o.replace(i, 1).WriteString("&amp;")
			}
			i++
		case c == '\n', c == '\t':
			i++
		case c >= utf8.RuneSelf:
			i += o.nonASCII(i)
		case c == '\r' && i+1 < len(s) && s[i+1] == '\n':
			o.replace(i, 1) // CRLF becomes LF: only the CR goes.
			i++
		default:
			writeCaret(o.replace(i, 1), c)
			i++
		}
	}
	return o.String()
}
