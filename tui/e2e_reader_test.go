//go:build linux || darwin

package tui_test

import (
	"strings"
	"testing"
)

// TestEndToEndReaderTabs opens the tab-indented Go block of
// testdata/codepack in the real binary and reads it off the emulator's
// screen: each level of indentation is four columns, nothing is glued
// together, and the flag in inline code is whole.
func TestEndToEndReaderTabs(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	bin := buildVersus(t)
	term := start(t, bin, 100, 40, nil, "--pack", "testdata/codepack", "open", "tooling")
	term.waitFor("1. Tooling, build systems", "fmt.Println", "? help")
	screen := term.screen()
	col := func(s string) int {
		for _, l := range strings.Split(screen, "\n") {
			if i := strings.Index(l, s); i >= 0 {
				return len([]rune(l[:i]))
			}
		}
		t.Fatalf("%q not on screen:\n%s", s, screen)
		return 0
	}
	f := col("func main() {")
	for s, want := range map[string]int{"for _, arg": 4, `if arg == "-v" {`: 8, `fmt.Println("verbose")`: 12} {
		if got := col(s) - f; got != want {
			t.Errorf("%q indented %d past func, want %d:\n%s", s, got, want, screen)
		}
	}
	for _, s := range []string{"Columns separated", "--inspect-brk", "Both ship one command"} {
		if !strings.Contains(screen, s) {
			t.Errorf("%q not on screen:\n%s", s, screen)
		}
	}
	term.send("q")
	term.waitExit()
}
