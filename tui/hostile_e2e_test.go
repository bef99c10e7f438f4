//go:build linux || darwin

package tui_test

import (
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"
)

// bubbleTeaQueries are the only sequences that ask the terminal to answer
// which versus may write: Bubble Tea's own start-up queries (synchronized
// output and Unicode core modes, the Kitty keyboard flags, and the
// background colour versus asks for in Init).
var bubbleTeaQueries = map[string]bool{
	"\x1b[?2026$p": true,
	"\x1b[?2027$p": true,
	"\x1b[?u":      true,
	"\x1b]11;?\a":  true,
}

var (
	csiSeq = regexp.MustCompile(`\x1b\[[\x30-\x3f]*[\x20-\x2f]*[\x40-\x7e]`)
	oscSeq = regexp.MustCompile(`\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?`)
)

// checkRawStream fails the test for anything in the program's output that
// only a payload from the pack could have put there: a query other than
// Bubble Tea's, a title, clipboard or other OSC besides hyperlinks, a
// DCS, APC, PM or SOS string, a C1 control or a bidi control.
func checkRawStream(t *testing.T, raw string) {
	t.Helper()
	for _, s := range csiSeq.FindAllString(raw, -1) {
		final := s[len(s)-1]
		switch {
		case bubbleTeaQueries[s]:
		case final == 'n', final == 'c', final == 't', final == 'q' && !strings.HasSuffix(s, " q"),
			strings.HasSuffix(s, "$p"), final == 'u' && s != "\x1b[>1u" && s != "\x1b[<1u" && s != "\x1b[>0u":
			t.Errorf("query or report request %q in the output", s)
		}
	}
	for _, s := range oscSeq.FindAllString(raw, -1) {
		if !bubbleTeaQueries[s] && !strings.HasPrefix(s, "\x1b]8;") {
			t.Errorf("OSC %q in the output", s)
		}
	}
	for _, intro := range []string{"\x1bP", "\x1b_", "\x1b^", "\x1bX"} {
		if i := strings.Index(raw, intro); i >= 0 {
			t.Errorf("%q string in the output: %q", intro, raw[i:min(i+40, len(raw))])
		}
	}
	for i, r := range raw {
		if r == utf8.RuneError || (r >= 0x80 && r <= 0x9f) || r == 0x061c || r == 0x200e || r == 0x200f ||
			(r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069) {
			t.Errorf("U+%04X in the output at byte %d: %q", r, i, raw[max(i-30, 0):min(i+30, len(raw))])
			break
		}
	}
	for _, payload := range []string{"\x1b]52", "\x1b]0;", "\x1b]2;", "\x1b[6n", "\x1b[21t", "\x1b[>0q", "\x1b]8;;https://evil.example"} {
		if strings.Contains(raw, payload) {
			t.Errorf("hostile payload %q reached the terminal", payload)
		}
	}
}

// TestHostilePackInTerminal browses the hostile fixture pack in a real
// pseudo-terminal: every section, the tables, the FAQ, search with a
// hostile query typed and pasted, and the compare view. The window title
// must never change, the bell never ring, and no payload reach the
// terminal; the payloads must show on screen in caret notation.
func TestHostilePackInTerminal(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	bin := buildVersus(t)
	term := start(t, bin, 120, 40, nil, "--pack", "../knowledge/testdata/hostile")
	var titles []string
	bells := 0
	term.mu.Lock()
	cb := term.callbacks() // start's, plus title and bell
	cb.Title = func(s string) { titles = append(titles, s) }
	cb.IconName = func(s string) { titles = append(titles, "icon:"+s) }
	cb.Bell = func() { bells++ }
	term.emu.SetCallbacks(cb)
	term.mu.Unlock()

	// Each wait below looks for what only the key just typed can bring
	// (the status bar's "TITLE · ", the mode named at the end of the
	// title bar), so that no key is typed before the last one took effect.
	term.waitFor("Hostile ^[]0;pwned^G pack", "? help")
	term.send("1")
	term.waitFor("txt.exe escapes · ", "^[]52;c;ZXZpbA==^G")
	term.send("G", "g", "\t", "\t")
	term.send("2")
	term.waitFor("^[]2;t^G · ")
	term.send("3")
	term.waitFor("6n <U+FEFF>") // the status bar may cut what follows: "/ search • ? help" are pinned
	term.send("t")
	term.waitMode("tables")
	term.waitFor("Criterion")
	term.send("t", "\x1b", "f")
	term.waitMode("FAQ")
	term.send("G", "\x1b")
	term.waitMode("reader")
	term.send("/", "pwned")
	term.waitFor("› pwned", "sections │")
	term.send("\r")
	term.waitFor("match 1/")
	term.send("n", "n", "\x1b")
	// A pasted query carrying the payloads themselves.
	term.send("/", "\x1b[200~\x1b]0;pwned\a\x1b]52;c;ZXZpbA==\a\x1b[6n\u202e\x1b[201~")
	// esc clears the query's marks, then goes back to the search it came
	// from, then closes it.
	term.send("\r", "\x1b", "\x1b", "\x1b")
	term.send("c")
	term.waitFor("enter choose")
	term.send("raw")
	term.waitFor("Raw")
	term.send("\r", "unicode")
	term.waitFor("Unicode")
	term.send("\r")
	term.waitFor(" ⟷ 3 Unicode")
	term.send("\x1b", "q")
	term.waitExit()

	term.mu.Lock()
	raw := term.raw.String()
	gotTitles, gotBells := titles, bells
	term.mu.Unlock()
	if len(gotTitles) > 0 {
		t.Errorf("the window title was set: %q", gotTitles)
	}
	if gotBells > 0 {
		t.Errorf("the bell rang %d times", gotBells)
	}
	checkRawStream(t, raw)
}
