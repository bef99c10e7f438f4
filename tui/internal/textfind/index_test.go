package textfind

import (
	"reflect"
	"strings"
	"testing"

	"github.com/versus-dev/versus/markdown"
	"github.com/versus-dev/versus/tui/internal/tuitest"
)

func TestFindAcrossWrappedLines(t *testing.T) {
	lines := []string{
		"  \x1b[38;5;252mSee the \x1b[m\x1b[1mmemory\x1b[m   ",
		"  \x1b[1muse\x1b[m section.        ",
		"  日本 memory use",
	}
	x := NewIndex(lines)
	h, _, ok := x.Find("memory use", 0, false)
	if !ok {
		t.Fatal("phrase wrapped over two lines not found")
	}
	want := Hit{{Line: 0, Start: 10, End: 16}, {Line: 1, Start: 2, End: 5}}
	if !reflect.DeepEqual(h, want) {
		t.Fatalf("spans %v, want %v", h, want)
	}
	all := x.FindAll("MEMORY")
	if len(all) != 2 {
		t.Fatalf("found %d, want 2", len(all))
	}
	// Wide characters count two cells each.
	if got := all[1][0]; got != (Span{Line: 2, Start: 7, End: 13}) {
		t.Fatalf("after wide characters: %v", got)
	}
	if _, _, ok := x.Find("Memory", 0, false); ok {
		t.Fatal("exact find ignored case")
	}
}

func TestFindEmptyAndMissing(t *testing.T) {
	x := NewIndex([]string{"abc"})
	if _, _, ok := x.Find("   ", 0, true); ok {
		t.Fatal("blank phrase found")
	}
	if hs := x.FindAll("zzz"); hs != nil {
		t.Fatalf("missing phrase found: %v", hs)
	}
	if _, _, ok := x.Find("abc", 99, true); ok {
		t.Fatal("found past the end")
	}
}

func FuzzTextIndex(f *testing.F) {
	f.Add("  \x1b[1mhello\x1b[m world  \nnext line", "lo wor")
	f.Add("日本語\u00a0text", "本語 t")
	f.Fuzz(func(t *testing.T, text, q string) {
		lines := splitLines(text)
		x := NewIndex(lines)
		for _, h := range x.FindAll(q) {
			for _, s := range h {
				if s.Line < 0 || s.Line >= len(lines) || s.Start < 0 || s.End < s.Start {
					t.Fatalf("bad span %v for %d lines", s, len(lines))
				}
			}
		}
	})
}

func splitLines(s string) []string {
	var out []string
	start := 0
	for i := range len(s) {
		if s[i] == '\n' {
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return append(out, s[start:])
}

// BenchmarkNewIndex indexes the longest section of the default pack as the
// reader draws it, which the reader does for each render before showing
// it (the first screen included).
func BenchmarkNewIndex(b *testing.B) {
	p := tuitest.DefaultPack(b)
	longest := p.Sections[0]
	for _, s := range p.Sections {
		if len(s.Document()) > len(longest.Document()) {
			longest = s
		}
	}
	out, err := markdown.New(1).Render(longest.Document(), 100, "dark")
	if err != nil {
		b.Fatal(err)
	}
	lines := strings.Split(out, "\n")
	b.ReportAllocs()
	for b.Loop() {
		NewIndex(lines)
	}
}
