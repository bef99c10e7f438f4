package markdown

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

func TestExpandTabs(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", ""},
		{"no tabs", "no tabs"},
		{"foo\tbaz", "foo baz"},
		{"\tx", "    x"},
		{"\t\tx", "        x"},
		{"ab\tc\td", "ab  c   d"},
		{"abcd\te", "abcd    e"},
		{"a\n\tb", "a\n    b"},
		{"é\tx", "é   x"}, // columns, not bytes
		{"日\tx", "日  x"},  // a wide rune takes two
	} {
		if got := ExpandTabs(tc.in); got != tc.want {
			t.Errorf("ExpandTabs(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestRenderExpandsTabs renders prose and Go code written with tabs: no
// tab reaches the output, "foo<TAB>baz" keeps a gap, and each level of
// the Go block's indentation is four columns.
func TestRenderExpandsTabs(t *testing.T) {
	md := "foo\tbaz\n\n```go\nfunc main() {\n\tif ok {\n\t\treturn\n\t}\n}\n```\n"
	for _, style := range []string{"ascii", "dark"} {
		out, err := New(4).Render(md, 60, style)
		if err != nil {
			t.Fatal(err)
		}
		plain := ansi.Strip(out)
		if strings.Contains(plain, "\t") {
			t.Errorf("%s: a tab reached the output:\n%s", style, plain)
		}
		if !strings.Contains(plain, "foo baz") {
			t.Errorf("%s: foo<TAB>baz lost its gap:\n%s", style, plain)
		}
		ifCol, retCol := column(plain, "if ok {"), column(plain, "return")
		funcCol := column(plain, "func main")
		if ifCol-funcCol != 4 || retCol-funcCol != 8 {
			t.Errorf("%s: indentation func %d, if %d, return %d; want steps of 4:\n%s", style, funcCol, ifCol, retCol, plain)
		}
	}
}

// column is the column at which want starts on the first line holding it.
func column(text, want string) int {
	for _, l := range strings.Split(text, "\n") {
		if i := strings.Index(l, want); i >= 0 {
			return ansi.StringWidth(l[:i])
		}
	}
	return -1
}
