package titlebar

import (
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/versus-dev/versus/knowledge"
	"github.com/versus-dev/versus/tui/theme"
)

// TestTitleBar checks that the subjects show only when the title does not
// name them, with the date, and the view's name at the right edge.
func TestTitleBar(t *testing.T) {
	s := theme.New(true, true)
	cases := []struct {
		pack knowledge.Pack
		want string
	}{
		{knowledge.Pack{Title: "Node.js vs Python", Subjects: []string{"Node.js", "Python"}, AsOf: "2025"},
			" Node.js vs Python · as of 2025            reader "},
		{knowledge.Pack{Title: "Coffee", Subjects: []string{"Arabica", "Robusta"}},
			" Coffee · Arabica · Robusta                reader "},
	}
	for _, c := range cases {
		got := ansi.Strip(View(s, &c.pack, "reader", 50))
		if got != c.want {
			t.Errorf("%s:\n got %q\nwant %q", c.pack.Title, got, c.want)
		}
	}
}
