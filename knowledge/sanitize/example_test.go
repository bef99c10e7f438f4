package sanitize_test

import (
	"fmt"

	"github.com/versus-dev/versus/knowledge/sanitize"
)

func ExampleLine() {
	fmt.Println(sanitize.Line("Speed\x1b]52;c;ZXZpbA==\x07 and evil\u202etxt.exe\r\nnext"))
	// Output: Speed^[]52;c;ZXZpbA==^G and evil<U+202E>txt.exe next
}

func ExampleBlock() {
	fmt.Printf("%q\n", sanitize.Block("# Title \x1b[2J\r\n\nText &#27;[31m red &amp; safe\rEVIL\n"))
	// Output: "# Title ^[[2J\n\nText &amp;#27;[31m red &amp; safe^MEVIL\n"
}

func ExampleTerminal() {
	styled := "\x1b[38;2;255;0;0mred\x1b[0m \x1b]8;;https://example.com\x07link\x1b]8;;\x07"
	fmt.Printf("%q\n", sanitize.Terminal(styled+" \x1b[6n \x1bP$qm\x1b\\"))
	// Output: "\x1b[38;2;255;0;0mred\x1b[0m \x1b]8;;https://example.com\alink\x1b]8;;\a ^[[6n ^[P$qm^[\\"
}
