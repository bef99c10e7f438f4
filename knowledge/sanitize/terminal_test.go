package sanitize

import "testing"

// TestTerminalKeepsStyling checks that the sequences lipgloss and glamour
// emit pass through Terminal unchanged.
func TestTerminalKeepsStyling(t *testing.T) {
	for _, in := range []string{
		"\x1b[0m", "\x1b[m", "\x1b[1m", "\x1b[38;5;252mtext\x1b[m",
		"\x1b[38;2;255;128;0mtrue colour\x1b[0m",
		"\x1b[1;3;4;38;2;10;20;30;48;5;236m", "\x1b[38:2::10:20:30m", "\x1b[4:3mcurly\x1b[4:0m",
		"\x1b]8;id=1;https://example.com/a?b=c&d#e\x07link\x1b]8;;\x07",
		"\x1b]8;id=3942790540;http://a/b;c\x1b\\link\x1b]8;;\x1b\\",
		"\x1b]8;;https://例え.jp/パス\x07unicode uri\x1b]8;;\x07",
		"line one\n\tline two\n",
	} {
		if got := Terminal(in); got != in {
			t.Errorf("Terminal(%q) = %q, want it unchanged", in, got)
		}
	}
}

func TestTerminalNeutralisesMalformed(t *testing.T) {
	for _, c := range []struct{ name, in, want string }{
		{"sgr with bel inside", "\x1b[3\x071mX", "^[[3^G1mX"},
		{"sgr with intermediate", "\x1b[31 mX", "^[[31 mX"},
		{"sgr with private prefix", "\x1b[?1mX", "^[[?1mX"},
		{"unterminated sgr", "\x1b[31", "^[[31"},
		{"sgr cut by esc", "\x1b[31;\x1b[0mX", "^[[31;\x1b[0mX"},
		{"esc then sgr", "\x1b\x1b[31mX", "^[\x1b[31mX"},
		{"osc 8 with control in uri", "\x1b]8;;http://a\x01b\x07X", "^[]8;;http://a^Ab^GX"},
		{"osc 8 with bidi in uri", "\x1b]8;;http://a\u202eb\x07X", "^[]8;;http://a<U+202E>b^GX"},
		{"osc 8 with zero width in uri", "\x1b]8;;http://a\u200bb\x07X", "^[]8;;http://a<U+200B>b^GX"},
		{"osc 8 with invalid utf8 in uri", "\x1b]8;;http://a\xffb\x07X", "^[]8;;http://a\uFFFDb^GX"},
		{"osc 8 with newline in uri", "\x1b]8;;http://a\nb\x07X", "^[]8;;http://a\nb^GX"},
		{"osc 8 with tab in uri", "\x1b]8;;http://a\tb\x07X", "^[]8;;http://a\tb^GX"},
		{"osc 8 with 8-bit st", "\x1b]8;;http://a\x9cX", "^[]8;;http://a\uFFFDX"},
		{"osc 8 with utf8 st", "\x1b]8;;http://a\u009cX", "^[]8;;http://a<U+009C>X"},
		{"osc 8 without params separator", "\x1b]8;http://a\x07X", "^[]8;http://a^GX"},
		{"osc 8 with control in params", "\x1b]8;id=\x01;http://a\x07X", "^[]8;id=^A;http://a^GX"},
		{"osc 8 unterminated", "\x1b]8;;http://a and text", "^[]8;;http://a and text"},
		{"osc 8 cut by sgr", "\x1b]8;;a\x1b[31m\x1b\\X", "^[]8;;a\x1b[31m^[\\X"},
		{"osc 80 is not osc 8", "\x1b]80;;x\x07X", "^[]80;;x^GX"},
		{"osc 52 with st", "\x1b]52;c;aGk=\x1b\\X", "^[]52;c;aGk=^[\\X"},
		{"dcs with sgr inside", "\x1bP\x1b[31m\x1b\\X", "^[P\x1b[31m^[\\X"},
		{"8-bit csi sgr", "\x9b31mX", "\uFFFD31mX"},
		{"utf8 csi sgr", "\u009b31mX", "<U+009B>31mX"},
		{"ss3", "\x1bOAX", "^[OAX"},
		{"ris", "\x1bcX", "^[cX"},
		{"decsc", "\x1b7X", "^[7X"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := Terminal(c.in); got != c.want {
				t.Errorf("Terminal(%q) = %q, want %q", c.in, got, c.want)
			}
			checkTerminal(t, c.in)
		})
	}
}

func TestPlainSGRAgreesWithDecoder(t *testing.T) {
	for _, s := range []string{
		"\x1b[m", "\x1b[0m", "\x1b[38;2;1;2;3mx", "\x1b[38:2::1:2:3m", "\x1b[1;", "\x1b[31", "\x1b[3\x071m",
		"\x1b[31 m", "\x1b[?1m", "\x1b[>4;1m", "\x1b[<1m", "\x1b[1;2;3;4;5;6;7;8;9;10;11;12;13;14;15;16;17;18;19;20;21;22;23;24;25;26;27;28;29;30;31;32;33;34m",
	} {
		checkPlainSGR(t, s)
	}
}
