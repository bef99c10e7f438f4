package markdown

import (
	"hash/maphash"
	"strings"
	"testing"
)

// TestRenderWaitsForTheSameRenderInFlight checks that a render asked for
// while the same one is under way takes that one's result instead of
// rendering again: the TUI starts its first section's render before the
// reader asks for it.
func TestRenderWaitsForTheSameRenderInFlight(t *testing.T) {
	r := New(4)
	const md, width, style = "# Title\n\nSome *text*.", 40, "dark"
	key := cacheKey{maphash.String(r.seed, md), len(md), width, style}
	if _, done, ok := r.claim(key); ok {
		t.Fatal("a fresh renderer had the render cached")
	} else {
		got := make(chan string)
		go func() {
			out, err := r.Render(md, width, style)
			if err != nil {
				t.Error(err)
			}
			got <- out
		}()
		r.store(key, "the render in flight")
		done()
		if out := <-got; out != "the render in flight" {
			t.Errorf("Render = %q, want the result of the render in flight", out)
		}
	}
}

// TestRenderAfterAFailedRenderInFlight checks that a render waiting for
// one that stored nothing renders for itself.
func TestRenderAfterAFailedRenderInFlight(t *testing.T) {
	r := New(4)
	const md, width, style = "# Title\n\nSome *text*.", 40, "dark"
	key := cacheKey{maphash.String(r.seed, md), len(md), width, style}
	_, done, _ := r.claim(key)
	got := make(chan string)
	go func() {
		out, _ := r.Render(md, width, style)
		got <- out
	}()
	done()
	if out := <-got; !strings.Contains(out, "Title") {
		t.Errorf("Render = %q, want the section rendered", out)
	}
}
