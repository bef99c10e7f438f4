package search_test

import (
	"context"
	"reflect"
	"sync"
	"testing"

	"github.com/versus-dev/versus/knowledge"
	"github.com/versus-dev/versus/knowledge/packtest"
	"github.com/versus-dev/versus/knowledge/search"
)

// keystrokes returns the successive contents of a search box as text is
// typed into it key by key.
func keystrokes(text string) []string {
	var out []string
	for i := range text {
		if i > 0 {
			out = append(out, text[:i])
		}
	}
	return append(out, text)
}

// sessionScript is what a user types: growing queries, backspaces, a new
// word, a pasted query, a cleared box.
func sessionScript() []string {
	var s []string
	s = append(s, keystrokes("evloop")...)
	s = append(s, "evloo", "evlo", "ev", "")
	s = append(s, keystrokes("event loop conc")...)
	s = append(s, "gil optional", "gil", "gi", "g")
	s = append(s, keystrokes("socket.io")...)
	s = append(s, keystrokes("thrput lat")...)
	s = append(s, keystrokes("garbage collector")...)
	s = append(s, "c/c++", "c/c", "c/", "c", "")
	s = append(s, keystrokes("pyhton perfomance")...) // typos, as typed
	s = append(s, keystrokes("eventloop type script")...)
	return s
}

func TestSessionSameAsIndex(t *testing.T) {
	gen, err := knowledge.Load(packtest.Generate(300))
	if err != nil {
		t.Fatalf("load generated pack: %v", err)
	}
	for name, p := range map[string]*knowledge.Pack{"hand": handPack(), "generated": gen} {
		t.Run(name, func(t *testing.T) {
			ix := search.New(p)
			s := ix.NewSession()
			ctx := context.Background()
			for _, q := range sessionScript() {
				got, err := s.Search(ctx, q, 20)
				if err != nil {
					t.Fatalf("Session.Search(%q): %v", q, err)
				}
				want := ix.Search(q, 20)
				if !reflect.DeepEqual(got, want) {
					t.Errorf("Session.Search(%q) differs from Index.Search:\nsession:%s\nindex:%s", q, describe(got), describe(want))
				}
			}
		})
	}
}

func TestSessionCancelledSearchIsForgotten(t *testing.T) {
	ix := search.New(handPack())
	s := ix.NewSession()
	ctx := context.Background()
	if _, err := s.Search(ctx, "ev", 10); err != nil {
		t.Fatal(err)
	}
	// A search cancelled before it ends must not become the base of the
	// next one: "evx" would leave no fuzzy survivors for "evl".
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := s.Search(cancelled, "evx", 10); err == nil {
		t.Fatal("cancelled search returned no error")
	}
	got, err := s.Search(ctx, "evloop", 10)
	if err != nil {
		t.Fatal(err)
	}
	if want := ix.Search("evloop", 10); !reflect.DeepEqual(got, want) {
		t.Errorf("after a cancelled search:\nsession:%s\nindex:%s", describe(got), describe(want))
	}
}

func TestSessionConcurrent(t *testing.T) {
	// Overlapping searches, as when a TUI starts one per keystroke: no
	// race (run with -race) and every result equals Index.Search's.
	ix := search.New(handPack())
	s := ix.NewSession()
	queries := keystrokes("event loop gil optional")
	var wg sync.WaitGroup
	for _, q := range queries {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got, err := s.Search(context.Background(), q, 10)
			if err != nil {
				t.Errorf("Session.Search(%q): %v", q, err)
				return
			}
			if want := ix.Search(q, 10); !reflect.DeepEqual(got, want) {
				t.Errorf("Session.Search(%q) differs from Index.Search", q)
			}
		}()
	}
	wg.Wait()
}
