package statusbar

import (
	"strings"
	"testing"

	"charm.land/bubbles/v2/key"
	"github.com/charmbracelet/x/ansi"

	"github.com/versus-dev/versus/knowledge/sanitize"
	"github.com/versus-dev/versus/tui/theme"
)

type keys []key.Binding

func (k keys) ShortHelp() []key.Binding  { return k }
func (k keys) FullHelp() [][]key.Binding { return [][]key.Binding{k} }

func bind(k, d string) key.Binding { return key.NewBinding(key.WithKeys(k), key.WithHelp(k, d)) }

func TestStatusBarFitsAndKeepsPinned(t *testing.T) {
	hints := keys{bind("tab", "next link"), bind("enter", "follow link"), bind("n", "next match"), bind("/", "search")}
	info := Info{
		Pack: "Node.js vs Python", Section: "Performance and execution speed", Percent: 42,
		Note:   "match 2/5",
		Pinned: []key.Binding{bind("?", "help"), bind("q", "quit")},
	}
	for _, w := range []int{1, 10, 40, 60, 80, 120, 200} {
		m := New(theme.New(true, false))
		m.SetWidth(w)
		out := m.View(info, hints)
		if got := ansi.StringWidth(out); got != w || strings.Contains(out, "\n") {
			t.Fatalf("width %d: bar is %d wide", w, got)
		}
		plain := ansi.Strip(out)
		if w >= 60 && (!strings.Contains(plain, "? help") || !strings.Contains(plain, "q quit")) {
			t.Fatalf("width %d: pinned hints missing: %q", w, plain)
		}
		if w >= 80 && !strings.Contains(plain, "match 2/5") {
			t.Fatalf("width %d: note missing: %q", w, plain)
		}
		if w >= 120 && !strings.Contains(plain, "42%") {
			t.Fatalf("width %d: scroll position missing: %q", w, plain)
		}
	}
}

func TestAllWhenItFits(t *testing.T) {
	m := New(theme.New(true, true))
	m.SetWidth(80)
	out := ansi.Strip(m.View(Info{Section: "FAQ", Percent: 100, Fits: true}, nil))
	if !strings.Contains(out, "FAQ · all") {
		t.Fatalf("got %q", out)
	}
}

// TestHintsDropWholeFromTheEnd: a hint that does not fit goes whole, the
// last first; none is cut in the middle, and the pinned ones stay.
func TestHintsDropWholeFromTheEnd(t *testing.T) {
	hints := keys{bind("tab", "links"), bind("enter", "follow"), bind("t", "tables"), bind("f", "FAQ"), bind("q", "quit")}
	info := Info{Section: "Performance", Percent: 10, Pinned: []key.Binding{bind("/", "search"), bind("?", "help")}}
	prev := -1
	for w := 30; w <= 120; w++ {
		m := New(theme.New(true, true))
		m.SetWidth(w)
		plain := ansi.Strip(m.View(info, hints))
		if i := strings.LastIndex(plain, "…"); i >= 0 && strings.Contains(plain[:i], "•") {
			t.Fatalf("width %d: a hint was cut: %q", w, plain)
		}
		if !strings.Contains(plain, "/ search") || !strings.Contains(plain, "? help") {
			t.Fatalf("width %d: pinned hints missing: %q", w, plain)
		}
		n := 0
		for _, h := range hints {
			if strings.Contains(plain, h.Help().Key+" "+h.Help().Desc) {
				if n < len(hints) && h.Help().Key != hints[n].Help().Key {
					t.Fatalf("width %d: hints kept out of order: %q", w, plain)
				}
				n++
			}
		}
		if n < prev {
			t.Fatalf("width %d: fewer hints (%d) than at a narrower width (%d)", w, n, prev)
		}
		prev = n
	}
	if prev != len(hints) {
		t.Fatalf("at 120 columns only %d of %d hints", prev, len(hints))
	}
}

func TestProblemsBadge(t *testing.T) {
	m := New(theme.New(true, true))
	m.SetWidth(80)
	for n, want := range map[int]string{0: "", 1: "1 problem · ", 3: "3 problems · "} {
		out := ansi.Strip(m.View(Info{Pack: "P", Section: "S", Percent: -1, Problems: n}, nil))
		if want == "" {
			if strings.Contains(out, "problem") {
				t.Fatalf("%d problems: badge shown: %q", n, out)
			}
			continue
		}
		if !strings.Contains(out, want+"P · S") {
			t.Fatalf("%d problems: want %q first in %q", n, want, out)
		}
	}
}

// TestUntrustedTextIsNeutralised: a note is often built from an error
// (a tool's stderr, a saved state file's contents), and the bar is the
// last stop before the terminal. An escape sequence in it shows as text
// and a tab takes a column, so the bar stays one line of its width.
func TestUntrustedTextIsNeutralised(t *testing.T) {
	m := New(theme.New(true, false))
	m.SetWidth(100)
	info := Info{
		Pack:    "Pack\x1b]0;title\x07",
		Section: "Sec\ttion",
		Note:    "editor: \x1b]52;c;aGk=\x07 failed\tbadly",
		Percent: -1,
	}
	out := m.View(info, nil)
	if !sanitize.SafeStyled(out) {
		t.Errorf("the bar passes an escape sequence through: %q", out)
	}
	plain := ansi.Strip(out)
	if strings.ContainsAny(plain, "\t\x1b") || !strings.Contains(plain, "^[]52;c;aGk=^G failed badly") {
		t.Errorf("the note is not shown as harmless text: %q", plain)
	}
	if got := ansi.StringWidth(out); got != 100 {
		t.Errorf("the bar is %d wide, want 100", got)
	}
}

// TestNoteOutranksTheSection: on a bar too narrow for both, the section's
// name goes before the note is cut; where both fit, both show.
func TestNoteOutranksTheSection(t *testing.T) {
	info := Info{
		Pack: "Node.js vs Python", Section: "Error handling and debugging", Percent: 0, Note: "match 1/5",
		Pinned: []key.Binding{bind("/", "search"), bind("?", "help")},
	}
	m := New(theme.New(true, true))
	m.SetWidth(60)
	plain := ansi.Strip(m.View(info, nil))
	if !strings.Contains(plain, "match 1/5") || !strings.Contains(plain, "0%") || !strings.Contains(plain, "? help") {
		t.Fatalf("60 columns: %q", plain)
	}
	m.SetWidth(100)
	if plain := ansi.Strip(m.View(info, nil)); !strings.Contains(plain, "Error handling and debugging") || !strings.Contains(plain, "match 1/5") {
		t.Fatalf("100 columns: %q", plain)
	}
}

// TestNoteIsNotCutForTheHints: a note that fits the bar alone is shown
// whole, the pinned hints giving way; with room for both, both stay.
func TestNoteIsNotCutForTheHints(t *testing.T) {
	info := Info{
		Pack: "Node.js vs Python", Section: "Performance and execution speed", Percent: 0,
		Note:   "sent 3.7 KB to the clipboard: Performance and execution speed",
		Pinned: []key.Binding{bind("/", "search"), bind("?", "help")},
	}
	m := New(theme.New(true, true))
	m.SetWidth(70)
	plain := ansi.Strip(m.View(info, nil))
	if !strings.Contains(plain, info.Note) || strings.Contains(plain, "? help") {
		t.Fatalf("70 columns: %q, want the whole note and no hints", plain)
	}
	m.SetWidth(100)
	plain = ansi.Strip(m.View(info, nil))
	if !strings.Contains(plain, info.Note) || !strings.Contains(plain, "? help") {
		t.Fatalf("100 columns: %q, want the note and the hints", plain)
	}
	m.SetWidth(40) // too narrow for the note alone: it is cut, the hints stay
	plain = ansi.Strip(m.View(info, nil))
	if !strings.Contains(plain, "? help") || !strings.Contains(plain, "…") {
		t.Fatalf("40 columns: %q", plain)
	}
}
