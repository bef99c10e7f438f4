package sanitize

import "unicode/utf8"

// Line neutralises s for display on one line: a title, id, alias, tag, table
// cell, heading or link text, or a file name quoted in a message.
//
// Tab, newline and CRLF become a space; every other C0 control and DEL,
// a bare carriage return included, becomes its caret notation ("^[", "^H",
// "^M", "^?"), so that "safe\rEVIL" shows as "safe^MEVIL"; C1 controls, bidi
// controls and invisible characters become "<U+XXXX>"; invalid UTF-8 becomes
// U+FFFD. The result is plain text: character references such as "&#27;" are
// left alone because nothing decodes them in plain text. s is returned as is,
// without allocating, when it needs no change.
func Line(s string) string {
	o := output{s: s}
	for i := 0; i < len(s); {
		c := s[i]
		if printableASCII(c) {
			i++
			continue
		}
		switch {
		case c >= utf8.RuneSelf:
			i += o.nonASCII(i)
		case c == '\r' && i+1 < len(s) && s[i+1] == '\n':
			o.replace(i, 2).WriteByte(' ') // a CRLF line break is one break
			i += 2
		case c == '\t' || c == '\n':
			o.replace(i, 1).WriteByte(' ')
			i++
		default:
			writeCaret(o.replace(i, 1), c)
			i++
		}
	}
	return o.String()
}
