package knowledge

import (
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
)

// cjkDocument is a document of n parts whose headings are each a
// different Chinese character: their anchors differ, but ids keep only
// ASCII letters and digits, so every part's id is "section" before it is
// made unique.
func cjkDocument(n int) fstest.MapFS {
	var b strings.Builder
	for i := range n {
		b.WriteString("## ")
		b.WriteRune(rune(0x4E00 + i))
		b.WriteString("\n\nText.\n\n")
	}
	return fstest.MapFS{"doc.md": &fstest.MapFile{Data: []byte(b.String())}}
}

// TestManyPartsOnOneIDOpenInLinearWork opens documents of n and 4n such
// parts: the parts are "section", "section-2", "section-3"... in order,
// and four times the parts take about four times the work, not sixteen
// (each id used to be found by trying every suffix from 2, which made a
// 224 KB file of 16,000 Chinese headings take over a minute to open).
// Work is counted in allocations, which the old way made one per suffix
// tried.
func TestManyPartsOnOneIDOpenInLinearWork(t *testing.T) {
	var p *Pack
	work := func(n int) float64 {
		fsys := cjkDocument(n)
		return testing.AllocsPerRun(1, func() {
			var err error
			if p, err = LoadWith(fsys, Options{File: "doc.md"}); err != nil {
				t.Fatal(err)
			}
		})
	}
	const n = 1000
	small, large := work(n), work(4*n)
	if len(p.Sections) != 4*n {
		t.Fatalf("%d sections, want %d", len(p.Sections), 4*n)
	}
	for i, s := range p.Sections {
		want := "section"
		if i > 0 {
			want += "-" + strconv.Itoa(i+1)
		}
		if s.ID != want {
			t.Fatalf("part %d has id %q, want %q", i+1, s.ID, want)
		}
	}
	if large > 6*small {
		t.Errorf("%d parts took %.0f allocations, %d parts %.0f: %.1f times as many for 4 times the parts",
			n, small, 4*n, large, large/small)
	}
}

// TestUniqueNamesSkipTakenNames checks the numbering around names taken
// before (ids stated in front matter) and names that look numbered.
func TestUniqueNamesSkipTakenNames(t *testing.T) {
	ids := newUniqueNames(2)
	ids.take("a")
	ids.take("a-3")
	var got []string
	for _, base := range []string{"a", "a", "a-2", "b", "a"} {
		got = append(got, ids.give(base))
	}
	equalLines(t, got, []string{"a-2", "a-4", "a-2-2", "b", "a-5"})
	anchors := newUniqueNames(1)
	if a, b := anchors.give("x"), anchors.give("x"); a != "x" || b != "x-1" {
		t.Errorf("anchors %q, %q; want x, x-1", a, b)
	}
}
