package grid

import (
	"reflect"
	"strings"
	"testing"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

func TestDistribute(t *testing.T) {
	cases := []struct {
		natural []int
		avail   int
		want    []int
	}{
		{[]int{5, 10, 10}, 40, []int{5, 10, 10}},   // everything fits
		{[]int{18, 88, 70}, 74, []int{18, 28, 28}}, // the short column stays whole
		{[]int{24, 18, 88, 70}, 72, []int{18, 18, 18, 18}},
		{[]int{30, 30, 30}, 10, []int{4, 3, 3}}, // even split, leftmost first
		{[]int{3, 3}, 0, []int{0, 0}},
		{nil, 10, []int{}},
	}
	for _, tc := range cases {
		got := Distribute(tc.natural, tc.avail)
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("Distribute(%v, %d) = %v, want %v", tc.natural, tc.avail, got, tc.want)
		}
		sum := 0
		for _, w := range got {
			sum += w
		}
		if tc.avail > 0 && sum > tc.avail {
			t.Errorf("Distribute(%v, %d) uses %d columns", tc.natural, tc.avail, sum)
		}
	}
}

func TestHighlight(t *testing.T) {
	hl := lipgloss.NewStyle().Reverse(true)
	mark := func(s string) string { return hl.Render(s) }
	for _, tc := range []struct {
		line  string
		terms []string
		want  string
	}{
		{"Threads, held back by the GIL", []string{" gil"}, "Threads, held back by the " + mark("GIL")},
		{"One event loop; events", []string{" event", " lo"}, "One " + mark("event") + " " + mark("lo") + "op; " + mark("event") + "s"},
		{"loop", []string{" oop"}, "loop"}, // a word prefix, not a substring
		{"plain", nil, "plain"},
	} {
		if got := Highlight(tc.line, tc.terms, lipgloss.NewStyle(), hl); got != tc.want {
			t.Errorf("Highlight(%q, %q) = %q, want %q", tc.line, tc.terms, got, tc.want)
		}
	}
}

// TestColumnsWrapAndFill: each cell wraps in its column, every line is
// the full width, and the row is as tall as its tallest cell.
func TestColumnsWrapAndFill(t *testing.T) {
	plain := lipgloss.NewStyle()
	lines := Columns([]string{"Speed", "one two three four", "x"}, []int{5, 8, 3}, true, 30, nil, plain, plain)
	if len(lines) != 3 {
		t.Fatalf("%d lines, want 3:\n%s", len(lines), strings.Join(lines, "\n"))
	}
	for _, l := range lines {
		if w := ansi.StringWidth(l); w != 30 {
			t.Fatalf("line %q is %d wide, want 30", l, w)
		}
	}
	if got := strings.TrimRight(lines[1], " "); got != "        three" {
		t.Fatalf("second line %q", got)
	}
	if cut := Columns([]string{"Speed", "one two three four"}, []int{5, 8}, false, 20, nil, plain, plain); len(cut) != 1 || !strings.Contains(cut[0], "one two…") {
		t.Fatalf("unwrapped row: %q", cut)
	}
}
