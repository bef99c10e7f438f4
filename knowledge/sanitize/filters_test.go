package sanitize

import "testing"

func TestLine(t *testing.T) {
	for _, c := range hostileCases() {
		t.Run(c.name, func(t *testing.T) {
			if got := Line(c.in); got != c.line {
				t.Errorf("Line(%q) = %q, want %q", c.in, got, c.line)
			}
		})
	}
}

func TestBlock(t *testing.T) {
	for _, c := range hostileCases() {
		t.Run(c.name, func(t *testing.T) {
			if got := Block(c.in); got != c.block {
				t.Errorf("Block(%q) = %q, want %q", c.in, got, c.block)
			}
		})
	}
}

func TestTerminal(t *testing.T) {
	for _, c := range hostileCases() {
		t.Run(c.name, func(t *testing.T) {
			if got := Terminal(c.in); got != c.terminal {
				t.Errorf("Terminal(%q) = %q, want %q", c.in, got, c.terminal)
			}
		})
	}
}

// TestFiltersKeepInvariants runs every hostile case through the invariant
// checks the fuzz targets use.
func TestFiltersKeepInvariants(t *testing.T) {
	for _, c := range hostileCases() {
		checkLine(t, c.in)
		checkBlock(t, c.in)
		checkTerminal(t, c.in)
	}
}
