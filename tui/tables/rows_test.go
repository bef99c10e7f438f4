package tables

import (
	"slices"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/versus-dev/versus/tui/internal/tuitest"
)

func TestNormalize(t *testing.T) {
	cases := map[string]string{
		"":                  "",
		"Node.js":           "node js",
		"  async/await  ":   "async await",
		"I/O-bound servers": "i o bound servers",
		"Café CRÈME, 2025!": "café crème 2025",
		"npm — over 2M":     "npm over 2m",
		"日本語 text":          "日本語 text",
		"---":               "",
	}
	for in, want := range cases {
		if got := normalize(in); got != want {
			t.Errorf("normalize(%q) = %q, want %q", in, got, want)
		}
	}
	if got := words([]string{"Node.js", "", "GIL"}); got != " node js  gil " {
		t.Errorf("words = %q", got)
	}
}

func TestNarrows(t *testing.T) {
	tests := []struct {
		prev, next string
		want       bool
	}{
		{"cach", "cache", true},
		{"cache", "cache mem", true},
		{"cache mem", "cache memory", true},
		{"cache", "cach", false},
		{"cache mem", "cache", false},
		{"mem cache", "cache mem", false},
		{"", "cache", false},
	}
	for _, tt := range tests {
		if got := narrows(terms(tt.prev), terms(tt.next)); got != tt.want {
			t.Errorf("narrows(%q, %q) = %v, want %v", tt.prev, tt.next, got, tt.want)
		}
	}
}

// TestTypingNarrowsLikeAFreshFilter types queries key by key, with
// backspaces and edits, into the matrix of the default pack: after every
// key the rows shown must be those a fresh filter finds.
func TestTypingNarrowsLikeAFreshFilter(t *testing.T) {
	m := New(defaultPack(t), "")
	m.SetSize(120, 40)
	keys := []tea.KeyPressMsg{}
	for _, r := range "event lx" { // then back to "event " and on to "event loop"
		keys = append(keys, tuitest.Press(string(r)))
	}
	keys = append(keys, tuitest.Press("backspace"), tuitest.Press("backspace"))
	for _, r := range "loop" {
		keys = append(keys, tuitest.Press(string(r)))
	}
	for i, k := range keys {
		m, _ = tuitest.Update(m, k)
		want := filterRows(m.matrix, m.Filter())
		if !slices.Equal(m.shown, want) {
			t.Fatalf("after key %d (filter %q): shown %v, want %v", i, m.Filter(), m.shown, want)
		}
	}
	if shown, _ := m.RowCount(); shown == 0 {
		t.Error("the last query should keep some rows; the test checks nothing")
	}
}
