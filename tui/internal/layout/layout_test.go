package layout

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

func TestFit(t *testing.T) {
	tests := []struct {
		name string
		s    string
		w, h int
		want string
	}{
		{"pads short lines and adds blank ones", "ab\nc", 4, 3, "ab  \nc   \n    "},
		{"cuts long lines and drops extra ones", "abcdef\nghij\nklm", 3, 2, "abc\nghi"},
		{"counts wide runes as two columns", "語語語", 5, 1, "語語 "},
		{"nothing at zero width", "abc", 0, 2, ""},
		{"nothing at zero height", "abc", 3, 0, ""},
		{"nothing at negative sizes", "abc", -1, -1, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := Fit(tc.s, tc.w, tc.h); got != tc.want {
				t.Fatalf("Fit(%q, %d, %d) = %q, want %q", tc.s, tc.w, tc.h, got, tc.want)
			}
		})
	}
}

// TestFitStyled checks that escape sequences take no columns and that a
// cut line keeps its colour.
func TestFitStyled(t *testing.T) {
	got := Fit("\x1b[31mredred\x1b[m\nx", 4, 2)
	if plain := ansi.Strip(got); plain != "redr\nx   " {
		t.Fatalf("Fit shows %q, want %q", plain, "redr\nx   ")
	}
	if !strings.HasPrefix(got, "\x1b[31m") {
		t.Fatalf("Fit lost the colour: %q", got)
	}
}

func TestSpread(t *testing.T) {
	tests := []struct {
		name        string
		left, right string
		w           int
		want        string
	}{
		{"fills the gap with spaces", "Title", "3 of 9", 20, "Title         3 of 9"},
		{"cuts left first", "A long title", "3 of 9", 12, "A lo… 3 of 9"},
		{"drops right when it and a space do not fit", "Title", "3 of 9", 6, "Title"},
		{"cuts left alone when right is dropped", "Title", "3 of 9", 4, "Tit…"},
		{"keeps left whole at the exact width", "ab", "cd", 5, "ab cd"},
		{"nothing at zero width", "ab", "cd", 0, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := Spread(tc.left, tc.right, tc.w); got != tc.want {
				t.Fatalf("Spread(%q, %q, %d) = %q, want %q", tc.left, tc.right, tc.w, got, tc.want)
			}
		})
	}
}

func TestTrimTop(t *testing.T) {
	tests := []struct{ in, want string }{
		{"\n  \n\x1b[0m  \x1b[0m\n  # Title\n\nbody\n", "  # Title\n\nbody\n"},
		{"text", "text"},
		{"", ""},
		{"\n\n", ""},
		{"  ", "  "}, // a last line is kept even when blank: nothing follows to show
	}
	for _, tc := range tests {
		if got := TrimTop(tc.in); got != tc.want {
			t.Errorf("TrimTop(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
