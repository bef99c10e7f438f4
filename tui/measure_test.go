package tui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
)

// TestWidthSetsTheMeasureOfReaderAndFAQ: --width holds the reader's
// prose and the FAQ's answers to one measure.
func TestWidthSetsTheMeasureOfReaderAndFAQ(t *testing.T) {
	d := newDriver(t, Options{Pack: fixture(t), Width: 50}).send(tea.WindowSizeMsg{Width: 200, Height: 50})
	if got := d.m.browse.Reader().Measure(); got != 50 {
		t.Fatalf("reader measure %d, want 50", got)
	}
	d.keys("f")
	widest := 0
	for _, l := range strings.Split(d.screen(), "\n") {
		if _, answer, ok := strings.Cut(l, " │ "); ok {
			widest = max(widest, len([]rune(strings.TrimRight(answer, " "))))
		}
	}
	if widest == 0 || widest > 50 {
		t.Fatalf("the FAQ's answer reaches %d columns with --width 50:\n%s", widest, d.screen())
	}
}
