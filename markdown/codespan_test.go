package markdown

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// TestCodeSpanKeepsTokens wraps prose around flags in inline code at every
// width from narrow to wide: a flag is never split at its hyphens, and the
// hyphens drawn are plain ASCII ones, as written.
func TestCodeSpanKeepsTokens(t *testing.T) {
	md := "Start it with `node --inspect-brk=9229 app.js` or `--inspect`, then attach a debugger; a plain-text word-with-hyphens may break.\n"
	for _, style := range []string{"ascii", "dark"} {
		r := New(64)
		for w := 26; w <= 80; w++ { // from the narrowest that holds the longest token and its margins
			out, err := r.Render(md, w, style)
			if err != nil {
				t.Fatal(err)
			}
			plain := ansi.Strip(out)
			if strings.ContainsRune(plain, nbHyphen) {
				t.Fatalf("%s at %d: a non-breaking hyphen was left in:\n%s", style, w, plain)
			}
			for _, tok := range []string{"--inspect-brk=9229", "--inspect"} {
				if !strings.Contains(plain, tok) {
					t.Errorf("%s at %d: %q was split:\n%s", style, w, tok, plain)
				}
			}
		}
	}
}

// TestCodeSpanKeepsNonBreakingHyphens leaves a document that already holds
// U+2011 as it is: turning hyphens back would change its text.
func TestCodeSpanKeepsNonBreakingHyphens(t *testing.T) {
	out, err := New(4).Render("Non\u2011breaking, and `--flag`.\n", 80, "ascii")
	if err != nil {
		t.Fatal(err)
	}
	if plain := ansi.Strip(out); !strings.Contains(plain, "Non\u2011breaking") || !strings.Contains(plain, "--flag") {
		t.Errorf("text changed:\n%s", plain)
	}
}
