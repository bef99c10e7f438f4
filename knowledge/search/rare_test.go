package search

import (
	"testing"
	"unicode/utf8"

	"github.com/versus-dev/versus/assets"
	"github.com/versus-dev/versus/knowledge"
)

// TestRareTermsFirst checks the quality bar on the real default pack: for
// every word found in one section only, searching the word puts that
// section first, ahead of prefix and fuzzy matches elsewhere. One-letter
// words are left out: alone, they are no query (see TestOneLetterQueries).
func TestRareTermsFirst(t *testing.T) {
	p, err := knowledge.Load(assets.Pack())
	if err != nil {
		t.Fatalf("load default pack: %v", err)
	}
	ix := New(p)
	checked := 0
	for term, df := range ix.termDF {
		if df != 1 {
			continue
		}
		word := ix.terms[term]
		if utf8.RuneCountInString(word) == 1 {
			continue
		}
		want := ix.sections[ix.fSec[ix.postings[ix.postStart[term]]]].id
		hits := ix.Search(word, 5)
		checked++
		if len(hits) == 0 {
			t.Errorf("Search(%q): no hits, want section %s", word, want)
			continue
		}
		if hits[0].SectionID != want {
			t.Errorf("Search(%q): first hit in %s (%s %q), want %s", word, hits[0].SectionID, hits[0].Field, hits[0].Snippet, want)
		}
	}
	if checked < 100 {
		t.Errorf("only %d rare words checked; is the default pack complete?", checked)
	}
	t.Logf("%d rare words checked", checked)
}

// TestAnchorsExist checks, on the default pack, that every hit's anchor is
// one a reader can jump to: a heading or FAQ question of its section.
func TestAnchorsExist(t *testing.T) {
	p, err := knowledge.Load(assets.Pack())
	if err != nil {
		t.Fatalf("load default pack: %v", err)
	}
	anchors := map[string]map[string]bool{}
	for _, s := range p.Sections {
		a := map[string]bool{"": true}
		for _, h := range s.Headings {
			a[h.Anchor] = true
		}
		for _, q := range s.FAQ {
			a[q.Anchor] = true
		}
		anchors[s.ID] = a
	}
	ix := New(p)
	for _, term := range ix.terms {
		for _, h := range ix.Search(term, 20) {
			if !anchors[h.SectionID][h.Anchor] {
				t.Errorf("Search(%q): hit %s/%s has anchor %q, not a heading of the section", term, h.SectionID, h.Field, h.Anchor)
			}
		}
	}
}
