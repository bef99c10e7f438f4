package sanitize

import (
	"fmt"
	"html"
	"strings"
	"testing"

	"github.com/yuin/goldmark/util"
)

func TestBlockReferences(t *testing.T) {
	rewritten := []string{
		"&#27;", "&#x1b;", "&#X1B;", "&#x1B;", "&#0027;", "&#00000000027;",
		"&#x9b;", "&#155;", "&#x85;", "&#8238;", "&#x202e;", "&#x202E;",
		"&#27", "&#x1b", "&#x1b[2J", "&#27[2J", "&#155abc", // no ';': HTML decodes them anyway
		"&#033;",                                          // goldmark reads a leading 0 as octal: 033 is ESC
		"&#4294967323;", "&#x10000001b;", "&#X1000000010", // html wraps values around 2^32
		"&#0;", "&#7;", "&#8;", "&#13;", "&#127;", "&#x7f;",
		"&#x200b;", "&#8203;", "&#x200d;", "&#xfeff;", "&#65279;", "&#x2066;", "&#x61c;", "&#x200E;",
		"&#xE0041;",
		"&lrm;", "&rlm;", "&zwj;", "&zwnj;", "&ZeroWidthSpace;", "&NegativeMediumSpace;", "&NoBreak;", "&it;", "&af;",
	}
	for _, ref := range rewritten {
		in := "x " + ref + " y"
		want := "x &amp;" + ref[1:] + " y"
		if got := Block(in); got != want {
			t.Errorf("Block(%q) = %q, want %q", in, got, want)
		}
	}
	kept := []string{
		"&#124;", "&#x7C;", "&amp;", "&lt;", "&gt;", "&quot;", "&#10;", "&#9;", "&NewLine;", "&Tab;",
		"&#233;", "&eacute;", "&copy", "&copy;", "&nbsp;", "&#xFFFD;", "&#1114112;", "&#x110000;",
		"&#99999999999999999999;", "&#xffffffffffffffffffff;", "&#xD800;",
		"& #27;", "&#;", "&#x;", "&#xg;", "&", "&#", "&#x", "&;", "&unknownname;",
		"&#0124;", // decimal 124 '|', octal 84 'T'
		"&#089;",  // not octal; decimal 89 'Y'
		"&lrm",    // HTML needs the ';' for this name
		"&amp;#27;",
	}
	for _, ref := range kept {
		in := "x " + ref + " y"
		if got := Block(in); got != in {
			t.Errorf("Block(%q) = %q, want it unchanged", in, got)
		}
	}
}

// decoders lists every character reference decoder between pack source and
// the terminal: glamour calls html.UnescapeString on text, code spans and
// inline HTML, goldmark resolves references in link destinations and titles.
func decoders() map[string]func(string) string {
	return map[string]func(string) string{
		"html.UnescapeString": html.UnescapeString,
		"goldmark": func(s string) string {
			return string(util.ResolveEntityNames(util.ResolveNumericReferences([]byte(s))))
		},
	}
}

// TestBlockReferencesExhaustive writes every code point up to U+3000, and a
// sample above, as numeric references in each spelling, and checks that no
// decoder turns Block's output into an unsafe string, and that Block leaves
// a reference alone when no decoder would produce an unsafe character.
func TestBlockReferencesExhaustive(t *testing.T) {
	forms := []string{"&#%d;", "&#%d", "&#x%x;", "&#X%X", "&#0%d;", "&#%08d;", "&#0%o;", "&#0%o"}
	values := []int{0xE0000, 0xE0041, 0xE007F, 0xE0080, 0xFEFF, 0xFFF9, 0xFFFB, 0xFFFD, 0x10FFFF, 0x110000}
	for v := 0; v < 0x3000; v++ {
		values = append(values, v)
	}
	for _, v := range values {
		refs := make([]string, 0, len(forms)+2)
		for _, form := range forms {
			refs = append(refs, fmt.Sprintf(form, v))
		}
		// html.UnescapeString lets values wrap around 2^32.
		refs = append(refs, fmt.Sprintf("&#%d;", v+1<<32), fmt.Sprintf("&#x%x", v+3<<32))
		for _, ref := range refs {
			out := Block(ref)
			unsafe := false
			for name, decode := range decoders() {
				if d := decode(ref); !Safe(d) {
					unsafe = true
				}
				if d := decode(out); !Safe(d) {
					t.Errorf("%s(Block(%q)) = %q: unsafe", name, ref, d)
				}
			}
			// With a leading 0 Block also rejects what goldmark would read
			// as octal were it not for its 7-digit limit: over-cautious is
			// fine there.
			octal := strings.HasPrefix(ref, "&#0")
			if !unsafe && !octal && out != ref && !forbiddenValue(v) {
				t.Errorf("Block(%q) = %q: changed a harmless reference", ref, out)
			}
		}
	}
}

// TestBlockNamedReferences checks every HTML5 entity name, with and without
// ';', against both decoders.
func TestBlockNamedReferences(t *testing.T) {
	for _, name := range entityNames(t) {
		for _, ref := range []string{"&" + name + ";", "&" + name, "&" + name + "x;"} {
			out := Block(ref)
			for decName, decode := range decoders() {
				if d := decode(out); !Safe(d) {
					t.Errorf("%s(Block(%q)) = %q: unsafe", decName, ref, d)
				}
			}
			if out != ref && !strings.HasPrefix(out, "&amp;") {
				t.Errorf("Block(%q) = %q: unexpected rewrite", ref, out)
			}
		}
	}
}

// entityNames lists the HTML5 entity names to check: all 18 names in
// goldmark's table (v1.7.8) whose expansion holds a control, bidi or
// invisible character, found by scanning that table, plus a sample of
// ordinary names. Each must be known to goldmark.
func entityNames(t *testing.T) []string {
	t.Helper()
	names := []string{
		"Tab", "NewLine", "lrm", "rlm", "zwj", "zwnj", "ZeroWidthSpace",
		"NegativeVeryThinSpace", "NegativeThinSpace", "NegativeMediumSpace",
		"NegativeThickSpace", "NoBreak", "ApplyFunction", "af", "InvisibleTimes",
		"it", "InvisibleComma", "ic", "shy", "nbsp", "amp", "lt", "gt", "quot",
		"copy", "eacute", "hellip", "rarr", "notin", "not",
	}
	for _, n := range names {
		if _, ok := util.LookUpHTML5EntityByName(n); !ok {
			t.Fatalf("goldmark does not know &%s;", n)
		}
	}
	return names
}
