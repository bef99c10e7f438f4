package searchview

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

func TestClip(t *testing.T) {
	cases := []struct {
		name    string
		snippet string
		matches [][2]int
		width   int
		want    string
		marked  []string // the text of each range returned
	}{
		{"fits", "event loop", [][2]int{{0, 5}}, 20, "event loop", []string{"event"}},
		{"cut at the end", "the event loop runs every callback", [][2]int{{4, 9}}, 15, "the event loop…", []string{"event"}},
		{"match far right", "aaaa bbbb cccc dddd eeee ffff target gggg", [][2]int{{30, 36}}, 20, "…dddd eeee ffff tar…", nil},
		{"never end inside a match", "one two three", [][2]int{{0, 3}, {8, 13}}, 10, "one two …", []string{"one"}},
		{"multi-byte runes", "café crème brûlée", [][2]int{{13, 21}}, 12, "…me brûlée", []string{"brûlée"}},
		{"range inside a rune widened", "café crème", [][2]int{{4, 5}}, 20, "café crème", []string{"é"}},
		{"wide runes", "日本語のテキストです", [][2]int{{0, 9}}, 9, "日本語の…", []string{"日本語"}},
		{"width one", "abcdef", nil, 1, "…", nil},
		{"zero width", "abcdef", nil, 0, "", nil},
		{"line breaks", "a\nb\tc", [][2]int{{2, 3}}, 10, "a b c", []string{"b"}},
		{"bad ranges ignored", "abc", [][2]int{{5, 9}, {2, 1}, {-3, 1}}, 10, "abc", []string{"a"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, ranges := clip(tc.snippet, tc.matches, tc.width)
			if tc.name == "match far right" {
				// The match shows, with context before it.
				if !strings.Contains(got, "target") || !strings.HasPrefix(got, "…") {
					t.Fatalf("clip = %q: match not in view", got)
				}
				if len(ranges) != 1 || got[ranges[0][0]:ranges[0][1]] != "target" {
					t.Fatalf("ranges %v in %q", ranges, got)
				}
			} else if got != tc.want {
				t.Fatalf("clip = %q, want %q", got, tc.want)
			}
			if w := ansi.StringWidth(got); w > tc.width {
				t.Fatalf("clip = %q is %d wide, limit %d", got, w, tc.width)
			}
			if tc.marked != nil {
				var marked []string
				for _, r := range ranges {
					marked = append(marked, got[r[0]:r[1]])
				}
				if strings.Join(marked, "|") != strings.Join(tc.marked, "|") {
					t.Fatalf("marked %q, want %q", marked, tc.marked)
				}
			}
		})
	}
}

// FuzzClip feeds clip arbitrary snippets, ranges and widths: the result
// must fit the width and mark only ranges inside it, and for valid UTF-8
// (all a loaded pack holds) stay valid and mark whole runes.
func FuzzClip(f *testing.F) {
	f.Add("the event loop runs every callback", 4, 9, 15)
	f.Add("café crème brûlée", 11, 19, 12)
	f.Add("日本語のテキストです", 0, 9, 5)
	f.Add("e\u0301e\u0301e\u0301 combining", 0, 3, 4)
	f.Fuzz(func(t *testing.T, s string, a, b, width int) {
		width %= 400
		got, ranges := clip(s, [][2]int{{a, b}}, width)
		if utf8.ValidString(s) && !utf8.ValidString(got) {
			t.Fatalf("clip(%q) = %q: invalid UTF-8", s, got)
		}
		if width >= 0 && ansi.StringWidth(got) > max(width, 0) {
			t.Fatalf("clip(%q, %d) = %q is %d wide", s, width, got, ansi.StringWidth(got))
		}
		for _, r := range ranges {
			if r[0] < 0 || r[1] > len(got) || r[0] >= r[1] {
				t.Fatalf("range %v outside %q", r, got)
			}
			if utf8.ValidString(s) && !utf8.RuneStart(got[r[0]]) || (r[1] < len(got) && !utf8.RuneStart(got[r[1]])) {
				t.Fatalf("range %v cuts a rune of %q", r, got)
			}
		}
	})
}
