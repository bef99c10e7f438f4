package sanitize

import (
	"strings"
	"testing"

	"charm.land/glamour/v2"
	"charm.land/glamour/v2/styles"
	"github.com/charmbracelet/x/ansi"
)

// hostileReferences are character references that decode into characters
// that must not reach a terminal.
func hostileReferences() []string {
	return []string{
		"&#27;[31mRED", "&#x1b;]52;c;ZXZpbA==&#7;", "&#X1B;[2J", "&#0027;[6n", "&#033;[21t",
		"&#x9b;6n", "&#155;6n", "&#8238;txt.exe", "&#x202e;", "&#27[31m", "&#x1b[31m", "&#155",
		"&#13;EVIL", "&#8;&#8;", "&lrm;&rlm;&zwj;&ZeroWidthSpace;", "&#x2066;&#x2069;",
	}
}

// markdownConstructs wraps a payload in every markdown construct glamour
// renders differently: text, headings, tables, code spans, fenced and
// indented code, links (text, destination, title), autolinks, images, inline
// and block HTML, quotes, lists, emphasis and definition lists.
func markdownConstructs(p string) string {
	return strings.Join([]string{
		"# Heading " + p,
		"## Question " + p + "?",
		"Paragraph text " + p + " more text.",
		"| Criterion " + p + " | Alpha | Beta |\n| --- | --- | --- |\n| " + p + " | `" + p + "` | [" + p + "](http://example.com/" + p + ") |",
		"Inline `" + p + "` code and ``" + p + "`` too.",
		"```\n" + p + "\n```",
		"```go\nfmt.Println(\"" + p + "\")\n```",
		"```" + p + "\nwith a hostile info string\n```",
		"    indented " + p,
		"[link " + p + "](http://example.com/" + p + " \"title " + p + "\") and [plain](https://example.com).",
		"<http://example.com/" + p + ">",
		"![image " + p + "](http://example.com/" + p + ".png)",
		"Inline <span title=\"" + p + "\">" + p + "</span> and <b>" + p + "</b>.",
		"<div>\n" + p + "\n</div>",
		"> quoted " + p + "\n> <i>" + p + "</i>",
		"- item " + p + "\n- [ ] task " + p + "\n  1. nested " + p,
		"*em " + p + "* **strong " + p + "** ~~strike " + p + "~~",
		"Term " + p + "\n: definition " + p,
		"[ref " + p + "][r]\n\n[r]: http://example.com/" + p + " \"" + p + "\"",
	}, "\n\n") + "\n"
}

// TestGlamourRendersBlockSafely renders hostile markdown through glamour,
// as versus does, and checks that Block alone makes the output safe: no
// sequence other than glamour's own SGR and OSC 8, before Terminal. Without
// Block the same documents do reach the terminal, so the test can fail.
func TestGlamourRendersBlockSafely(t *testing.T) {
	var payloads []string
	for _, c := range hostileCases() {
		payloads = append(payloads, c.in)
	}
	payloads = append(payloads, hostileReferences()...)

	styles := []string{"dark", "ascii"}
	if testing.Short() {
		styles = styles[:1]
	}
	for _, style := range styles {
		r, err := glamour.NewTermRenderer(glamour.WithStandardStyle(style), glamour.WithWordWrap(80))
		if err != nil {
			t.Fatal(err)
		}
		unsafeRaw := 0
		for _, p := range payloads {
			md := markdownConstructs(p)
			raw, err := r.Render(md)
			if err != nil {
				t.Fatalf("rendering raw %q: %v", p, err)
			}
			if !SafeStyled(raw) {
				unsafeRaw++
			}
			out, err := r.Render(Block(md))
			if err != nil {
				t.Fatalf("rendering %q: %v", p, err)
			}
			if !SafeStyled(out) {
				t.Errorf("style %s, payload %q: glamour output of Block(markdown) carries a forbidden sequence:\n%q", style, p, out)
			}
			if got := Terminal(out); got != out {
				t.Errorf("style %s, payload %q: Terminal changed glamour's output of Block(markdown)", style, p)
			}
		}
		if unsafeRaw == 0 {
			t.Errorf("style %s: no raw payload got through glamour; the test no longer shows anything", style)
		}
	}
}

// TestGlamourShowsNeutralisedText checks that the visible forms survive
// rendering, so a reader sees what the pack tried to do.
func TestGlamourShowsNeutralisedText(t *testing.T) {
	r, err := glamour.NewTermRenderer(glamour.WithStandardStyle("dark"), glamour.WithWordWrap(80))
	if err != nil {
		t.Fatal(err)
	}
	md := "Clip \x1b]52;c;ZXZpbA==\x07 done. Entity &#27;[2J and &#x202e; here.\n\n" +
		"Flip \u202etxt.exe and safe\rEVIL.\n\n`code \x1b[6n &#155;`\n"
	out, err := r.Render(Block(md))
	if err != nil {
		t.Fatal(err)
	}
	plain := ansi.Strip(out)
	for _, want := range []string{
		"^[]52;c;ZXZpbA==^G", "&#27;[2J", "&#x202e;", "<U+202E>txt.exe", "safe^MEVIL", "^[[6n", "&#155;",
	} {
		if !strings.Contains(plain, want) {
			t.Errorf("rendered text lacks %q:\n%s", want, plain)
		}
	}
}

// TestTerminalKeepsGlamourOutput checks that Terminal lets through, byte for
// byte, what glamour writes for clean markdown in every standard style, so
// versus loses no colour, attribute or hyperlink to it.
func TestTerminalKeepsGlamourOutput(t *testing.T) {
	md := cleanSection() + "\n[external](https://example.com/docs?a=1&b=2#x) and <https://example.org>.\n\n> quote *em* **strong** ~~gone~~\n\n![image](https://example.com/i.png)\n\n---\n\nTerm\n: definition\n"
	for name := range styles.DefaultStyles {
		r, err := glamour.NewTermRenderer(glamour.WithStandardStyle(name), glamour.WithWordWrap(60))
		if err != nil {
			t.Fatal(err)
		}
		out, err := r.Render(md)
		if err != nil {
			t.Fatal(err)
		}
		if got := Terminal(out); got != out {
			t.Errorf("style %s: Terminal changed glamour's output of clean markdown:\n%q\n%q", name, out, got)
		}
		if !SafeStyled(out) {
			t.Errorf("style %s: glamour's output of clean markdown is not SafeStyled", name)
		}
		if name == styles.DarkStyle && (!strings.Contains(out, "\x1b]8;") || !strings.Contains(out, "\x1b[38;")) {
			t.Errorf("style %s: no hyperlink or colour in the output; the test shows nothing", name)
		}
	}
}
