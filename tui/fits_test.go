package tui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// checkFits fails the test when a view has a line wider than w or more
// lines than h: either would scroll or wrap a real terminal.
func checkFits(t testing.TB, view string, w, h int) {
	t.Helper()
	if view == "" {
		return
	}
	lines := strings.Split(view, "\n")
	if len(lines) > h {
		t.Fatalf("view has %d lines, terminal has %d", len(lines), h)
	}
	for i, l := range lines {
		if lw := ansi.StringWidth(l); lw > w {
			t.Fatalf("line %d is %d cells wide, terminal has %d: %q", i+1, lw, w, ansi.Strip(l))
		}
	}
}
