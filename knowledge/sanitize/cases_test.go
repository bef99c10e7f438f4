package sanitize

// hostileCase is one item of the hostile input list, with the expected
// output of each filter.
type hostileCase struct {
	name                  string
	in                    string
	line, block, terminal string
}

// hostileCases covers every kind of sequence the package must neutralise.
// Text before and after each sequence checks that nothing around it is lost.
func hostileCases() []hostileCase {
	// same returns a case whose three outputs are equal.
	same := func(name, in, out string) hostileCase {
		return hostileCase{name, in, out, out, out}
	}
	return []hostileCase{
		same("empty", "", ""),
		same("plain", "plain text", "plain text"),
		same("unicode", "naïve 日本語 😀 café\u00a0x", "naïve 日本語 😀 café\u00a0x"),
		same("osc52 clipboard bel", "a\x1b]52;c;ZXZpbA==\x07b", "a^[]52;c;ZXZpbA==^Gb"),
		same("osc52 clipboard st", "a\x1b]52;c;ZXZpbA==\x1b\\b", "a^[]52;c;ZXZpbA==^[\\b"),
		same("osc0 title", "a\x1b]0;pwned\x07b", "a^[]0;pwned^Gb"),
		same("osc2 title", "a\x1b]2;pwned\x1b\\b", "a^[]2;pwned^[\\b"),
		// Terminal cannot tell who wrote a well-formed OSC 8 hyperlink: Block
		// stops those that come from content, before glamour sees them.
		{"osc8 hyperlink from content", "\x1b]8;;http://evil\x1b\\click\x1b]8;;\x1b\\",
			"^[]8;;http://evil^[\\click^[]8;;^[\\", "^[]8;;http://evil^[\\click^[]8;;^[\\",
			"\x1b]8;;http://evil\x1b\\click\x1b]8;;\x1b\\"},
		same("csi cursor position", "a\x1b[10;1Hb", "a^[[10;1Hb"),
		same("csi cursor up", "a\x1b[3Ab", "a^[[3Ab"),
		same("csi erase display", "a\x1b[2Jb", "a^[[2Jb"),
		same("csi device status report", "a\x1b[6nb", "a^[[6nb"),
		same("csi window report", "a\x1b[21tb", "a^[[21tb"),
		same("csi xtversion", "a\x1b[>0qb", "a^[[>0qb"),
		same("csi private sgr-like", "a\x1b[>4;1mb", "a^[[>4;1mb"),
		same("csi hide cursor", "a\x1b[?25lb", "a^[[?25lb"),
		same("dcs decrqss", "a\x1bP$qm\x1b\\b", "a^[P$qm^[\\b"),
		same("apc", "a\x1b_Gf=100;AAAA\x1b\\b", "a^[_Gf=100;AAAA^[\\b"),
		same("pm", "a\x1b^private\x1b\\b", "a^[^private^[\\b"),
		same("sos", "a\x1bXstring\x1b\\b", "a^[Xstring^[\\b"),
		same("unterminated osc", "a\x1b]0;title and the text after it", "a^[]0;title and the text after it"),
		same("lone esc at end", "text\x1b", "text^["),
		same("esc esc", "\x1b\x1b", "^[^["),
		same("8-bit csi", "a\x9b6nb", "a\uFFFD6nb"),
		same("8-bit osc and st", "a\x9d0;t\x9cb", "a\uFFFD0;t\uFFFDb"),
		same("8-bit dcs", "a\x90$qm\x9cb", "a\uFFFD$qm\uFFFDb"),
		same("utf8 csi", "a\u009b6nb", "a<U+009B>6nb"),
		same("utf8 nel", "a\u0085b", "a<U+0085>b"),
		same("utf8 osc st", "a\u009d0;t\u009cb", "a<U+009D>0;t<U+009C>b"),
		{"bare cr", "safe\rEVIL", "safe^MEVIL", "safe^MEVIL", "safe^MEVIL"},
		{"crlf", "a\r\nb", "a b", "a\nb", "a^M\nb"},
		{"cr cr lf", "a\r\r\nb", "a^M b", "a^M\nb", "a^M^M\nb"},
		{"cr at end", "a\r", "a^M", "a^M", "a^M"},
		same("backspace", "safe\b\b\b\bEVIL", "safe^H^H^H^HEVIL"),
		same("nul", "a\x00b", "a^@b"),
		same("bel", "a\x07b", "a^Gb"),
		same("enq", "a\x05b", "a^Eb"),
		same("del", "a\x7fb", "a^?b"),
		same("form feed", "a\fb", "a^Lb"),
		same("vertical tab", "a\vb", "a^Kb"),
		same("unit separator", "a\x1fb", "a^_b"),
		{"tab and newline", "a\tb\nc", "a b c", "a\tb\nc", "a\tb\nc"},
		same("lre", "a\u202ab", "a<U+202A>b"),
		same("rle", "a\u202bb", "a<U+202B>b"),
		same("pdf", "a\u202cb", "a<U+202C>b"),
		same("lro", "a\u202db", "a<U+202D>b"),
		same("rlo", "evil\u202etxt.exe", "evil<U+202E>txt.exe"),
		same("lri", "a\u2066b", "a<U+2066>b"),
		same("rli", "a\u2067b", "a<U+2067>b"),
		same("fsi", "a\u2068b", "a<U+2068>b"),
		same("pdi", "a\u2069b", "a<U+2069>b"),
		same("lrm", "a\u200eb", "a<U+200E>b"),
		same("rlm", "a\u200fb", "a<U+200F>b"),
		same("alm", "a\u061cb", "a<U+061C>b"),
		same("zwsp", "a\u200bb", "a<U+200B>b"),
		same("zwnj", "a\u200cb", "a<U+200C>b"),
		same("zwj", "a\u200db", "a<U+200D>b"),
		same("word joiner", "a\u2060b", "a<U+2060>b"),
		same("bom", "a\ufeffb", "a<U+FEFF>b"),
		same("line separator", "a\u2028b", "a<U+2028>b"),
		same("tag character", "a\U000E0041b", "a<U+E0041>b"),
		same("invalid utf8", "a\xff\xfeb", "a\uFFFD\uFFFDb"),
		same("truncated utf8", "a\xe2\x80", "a\uFFFD\uFFFD"),
		same("overlong utf8", "a\xc0\xafb", "a\uFFFD\uFFFDb"),
		same("encoded surrogate", "a\xed\xa0\x80b", "a\uFFFD\uFFFD\uFFFDb"),
		{"entity esc", "a&#27;[2Jb", "a&#27;[2Jb", "a&amp;#27;[2Jb", "a&#27;[2Jb"},
		{"sgr is content in line and block", "\x1b[31mred\x1b[0m", "^[[31mred^[[0m", "^[[31mred^[[0m", "\x1b[31mred\x1b[0m"},
	}
}
