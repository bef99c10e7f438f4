package sanitize

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the hostile fixture pack in ../testdata/hostile")

// fixtureDir is the hostile fixture pack, relative to this package.
const fixtureDir = "../testdata/hostile"

// payload is one hostile string of the fixture pack, named for the README.
type payload struct {
	name string
	raw  string // bytes as they appear in a section file
	yaml string // the same in a YAML double-quoted string, escapes spelled out
}

// rawPayloads are the escape sequences and characters the pack carries raw.
// 8-bit C1 bytes and invalid UTF-8 are not among them: a pack file that is
// not valid UTF-8 is refused as a whole, so tests build those at run time.
func rawPayloads() []payload {
	return []payload{
		{"OSC 52 clipboard write", "\x1b]52;c;ZXZpbA==\x07", `\e]52;c;ZXZpbA==\a`},
		{"OSC 0 window title", "\x1b]0;pwned\x07", `\e]0;pwned\a`},
		{"OSC 2 window title, ST-terminated", "\x1b]2;pwned\x1b\\", `\e]2;pwned\e\\`},
		{"OSC 8 hyperlink", "\x1b]8;;https://evil.example\x1b\\click\x1b]8;;\x1b\\", `\e]8;;https://evil.example\e\\click\e]8;;\e\\`},
		{"CSI cursor position", "\x1b[10;1H", `\e[10;1H`},
		{"CSI erase display", "\x1b[2J", `\e[2J`},
		{"CSI device status report", "\x1b[6n", `\e[6n`},
		{"CSI window report", "\x1b[21t", `\e[21t`},
		{"CSI XTVERSION", "\x1b[>0q", `\e[>0q`},
		{"SGR red", "\x1b[31mred\x1b[0m", `\e[31mred\e[0m`},
		{"DCS DECRQSS", "\x1bP$qm\x1b\\", `\eP$qm\e\\`},
		{"APC", "\x1b_Gf=100;AAAA\x1b\\", `\e_Gf=100;AAAA\e\\`},
		{"PM", "\x1b^private\x1b\\", `\e^private\e\\`},
		{"SOS", "\x1bXstring\x1b\\", `\eXstring\e\\`},
		{"unterminated OSC", "\x1b]0;unterminated title", `\e]0;unterminated title`},
		{"C1 CSI, UTF-8 encoded", "\u009b6n", `\x9b6n`},
		{"C1 NEL, UTF-8 encoded", "a\u0085b", `a\Nb`},
		{"C1 OSC and ST, UTF-8 encoded", "\u009d0;t\u009c", `\x9d0;t\x9c`},
		{"carriage return", "safe\rEVIL", `safe\rEVIL`},
		{"backspaces", "safe\b\b\b\bEVIL", `safe\b\b\b\bEVIL`},
		{"NUL", "a\x00b", `a\0b`},
		{"BEL", "a\x07b", `a\ab`},
		{"ENQ", "a\x05b", `a\x05b`},
		{"DEL", "a\x7fb", `a\x7fb`},
		{"bidi embeddings and override", "\u202aa\u202bb\u202cc\u202dd\u202etxt.exe", `\u202aa\u202bb\u202cc\u202dd\u202etxt.exe`},
		{"bidi isolates", "\u2066a\u2067b\u2068c\u2069", `\u2066a\u2067b\u2068c\u2069`},
		{"bidi marks", "\u200ea\u200fb\u061cc", `\u200ea\u200fb\u061cc`},
		{"zero-width characters", "z\u200bw\u200cs\u200dp\u2060x\ufeffy", `z\u200bw\u200cs\u200dp\u2060x\ufeffy`},
	}
}

// referencePayloads are character references that decode into forbidden
// characters, as written in markdown source.
func referencePayloads() []payload {
	refs := []string{"&#27;", "&#x1b;", "&#X1B;", "&#0027;", "&#033;", "&#x9b;", "&#155;", "&#8238;", "&#x202e;", "&#27", "&#x1b", "&#13;", "&#8;", "&rlm;", "&zwj;"}
	out := make([]payload, len(refs))
	for i, r := range refs {
		out[i] = payload{name: "reference " + r, raw: r + "[31mX", yaml: r + "[31mX"}
	}
	return out
}

// urlSafe reports whether p can sit in a link destination or a YAML plain
// list: no space, no brackets or parentheses that end the construct.
func urlSafe(p string) bool { return !strings.ContainsAny(p, " ()<>|`") }

// hostileFixture returns the files of the hostile pack, by path.
func hostileFixture() map[string]string {
	raws, refs := rawPayloads(), referencePayloads()
	all := append(append([]payload{}, raws...), refs...)

	files := map[string]string{}
	files["pack.yaml"] = packYAML()
	files["overview.md"] = strings.ReplaceAll(overviewMD(raws), "\n", "\r\n")
	files["raw.md"] = aspectMD("raw", 1, "'Raw "+raws[1].raw+raws[24].raw+" escapes'", raws)
	files["entities.md"] = aspectMD("entities", 2, `"Entities &#27;]0;pwned&#7; \e]2;t\a"`, refs)
	files["unicode.md"] = unicodeMD()
	files["faq.md"] = faqMD(all)
	files["README.md"] = fixtureReadme()
	return files
}

func packYAML() string {
	return `# The hostile fixture pack: see README.md. pack.yaml is parsed as YAML
# before any sanitizing, and YAML refuses raw control characters, so this
# file carries its escapes as YAML escapes, and bidi characters raw.
title: "Hostile \e]0;pwned\a pack \u202ereversed\u202c \x1b[2J &#27;[31m"
summary: "Clipboard \e]52;c;ZXZpbA==\a, DSR \e[6n, DCS \eP$qm\e\\, zero\u200bwidth, safe\rEVIL, \x26#27;[31m via YAML."
subjects: [Alpha, Beta]
as_of: 2025-06-01
sections:
  - overview.md
  - raw.md
  - entities.md
  - unicode.md
  - faq.md
`
}

// listItem formats one payload as YAML: raw bytes single-quoted (sanitize
// runs before YAML, and caret forms hold no quote), escapes double-quoted.
func listItems(ps []payload) string {
	var b strings.Builder
	for _, p := range ps {
		fmt.Fprintf(&b, "  - '%s'\n", p.raw)
		fmt.Fprintf(&b, "  - \"%s\"\n", p.yaml)
	}
	return b.String()
}

func overviewMD(raws []payload) string {
	var b strings.Builder
	b.WriteString("---\nid: overview\ntitle: 'Overview \x1b]0;pwned\x07 \x1b[2J'\nkind: overview\n")
	b.WriteString("summary: 'This file has CRLF line endings and carries every raw payload: \x1b]52;c;ZXZpbA==\x07 safe\rEVIL'\n---\n\n")
	b.WriteString("# Overview \x1b[6n\n\nEach line below carries one payload between brackets; the text after it must survive.\n\n")
	for _, p := range raws {
		fmt.Fprintf(&b, "- %s: [%s] after\n", p.name, p.raw)
	}
	b.WriteString("\nSee the [raw aspect](raw.md), the [entities](entities.md) and the [FAQ](faq.md).\n")
	return b.String()
}

// aspectMD writes an aspect whose every field and construct carries ps.
func aspectMD(id string, number int, title string, ps []payload) string {
	var b strings.Builder
	fmt.Fprintf(&b, "---\nid: %s\ntitle: %s\nkind: aspect\nnumber: %d\n", id, title, number)
	b.WriteString("aliases:\n" + listItems(ps[:4]))
	b.WriteString("tags:\n" + listItems(ps[4:8]))
	fmt.Fprintf(&b, "summary: '%s and %s in a summary'\n---\n\n", ps[0].raw, ps[len(ps)-1].raw)
	fmt.Fprintf(&b, "# Heading %s%s\n\n", ps[0].raw, ps[1].raw)
	for _, p := range ps {
		fmt.Fprintf(&b, "## %s %s\n\n", p.name, p.raw)
		fmt.Fprintf(&b, "Text %s, inline `%s` code, *emphasis %s* and <span title=\"%s\">html %s</span>.\n\n", p.raw, p.raw, p.raw, p.raw, p.raw)
		fmt.Fprintf(&b, "[link text %s ](https://example.com/) ", p.raw)
		if urlSafe(p.raw) {
			fmt.Fprintf(&b, "and [a hostile href](https://example.com/%s)", p.raw)
		}
		b.WriteString("\n\n")
		fmt.Fprintf(&b, "```sh\necho '%s'\n```\n\n", p.raw)
	}
	b.WriteString("## Comparison\n\n| Criterion | Alpha | Beta |\n| --- | --- | --- |\n")
	for _, p := range ps {
		fmt.Fprintf(&b, "| %s %s | `%s` | %s |\n", p.name, p.raw, p.raw, p.raw)
	}
	b.WriteString("\n<div>\nAn HTML block " + ps[0].raw + "\n</div>\n\nBack to the [overview](overview.md).\n")
	return b.String()
}

func unicodeMD() string {
	return "---\nid: unicode\n" +
		"title: \"Unicode \\u202eevil\\u202c \\u200bzero\\u200bwidth \\u2066isolate\\u2069 \\x9b6n \\ufeff\"\n" +
		"kind: aspect\nnumber: 3\n" +
		"aliases:\n  - 'al\u200bias'\n  - \"al\\u200dias\"\n  - 'rev\u202eersed'\n" +
		"tags:\n  - 't\u2060ag'\n  - \"t\\ufeffag\"\n  - 'c1\u009bt'\n" +
		"summary: 'Bidi \u202eoverride\u202c, \u2067isolate\u2069, marks \u200e\u200f\u061c, zero\u200bwidth\u200c\u200d\u2060\ufeff, C1 \u0085\u009b.'\n" +
		"---\n\n" +
		"# Unicode \u202etxt.exe\n\n" +
		"Right-to-left override: the file evil\u202etxt.exe looks like evilexe.txt.\n\n" +
		"Isolates \u2066left\u2069 \u2067right\u2069 \u2068first\u2069, marks a\u200eb\u200fc\u061cd.\n\n" +
		"Zero width: ad\u200bmin, ad\u200cmin, ad\u200dmin, ad\u2060min, ad\ufeffmin.\n\n" +
		"C1 controls encoded in UTF-8: CSI \u009b6n, OSC \u009d0;t\u009c, NEL a\u0085b.\n\n" +
		"| Criterion | Alpha | Beta |\n| --- | --- | --- |\n" +
		"| Bidi \u202ecell | `\u2066code\u2069` | zero\u200bwidth |\n" +
		"| C1 \u009b6n | \u0085 | [link \u202e](https://example.com/\u202e) |\n"
}

func faqMD(ps []payload) string {
	var b strings.Builder
	b.WriteString("---\nid: faq\ntitle: 'FAQ \x1b]2;pwned\x07'\nkind: faq\naliases:\n  - 'questions \x1b[6n'\n---\n\n")
	for _, p := range ps {
		fmt.Fprintf(&b, "## What does %s do %s?\n\n", p.name, p.raw)
		fmt.Fprintf(&b, "It is shown, not run: %s, then `%s`, then [a link %s ](https://example.com/).\n\n", p.raw, p.raw, p.raw)
	}
	return b.String()
}

func fixtureReadme() string {
	var b strings.Builder
	b.WriteString(`# The hostile fixture pack

A valid knowledge pack (subjects Alpha and Beta) whose every field carries
terminal escape sequences, control characters, bidi and zero-width
characters and character references that decode into them. Tests send it
through every output path of versus and scan the bytes written.

Do not edit these files by hand: they hold raw control bytes. They are
written by ` + "`go test ./knowledge/sanitize -run TestHostileFixture -update`" + `
(knowledge/sanitize/fixture_test.go), and that test fails when they drift.

| file | carries |
| --- | --- |
| pack.yaml | title and summary with YAML escapes (` + "`\\e`, `\\a`, `\\r`, `\\x1b`, `\\x26`" + `) and raw bidi characters; YAML refuses raw controls, so none are raw here |
| overview.md | CRLF line endings; every raw payload in a list, each followed by text that must survive; raw payloads in title and summary |
| raw.md | aspect 1: every raw payload in title, aliases and tags (raw and as YAML escapes), summary, headings, text, inline code, emphasis, inline HTML (attribute and content), link text, link destination, fenced code, comparison table cells, an HTML block |
| entities.md | aspect 2: the same places, carrying numeric and named character references (` + "`&#27;` `&#x1b;` `&#X1B;` `&#0027;` `&#033;` `&#x9b;` `&#155;` `&#8238;` `&#x202e;` `&#27` `&#x1b` `&#13;` `&#8;` `&rlm;` `&zwj;`" + `) |
| unicode.md | aspect 3: bidi overrides, isolates and marks, zero-width characters and UTF-8-encoded C1 controls, raw and as YAML escapes, in every field, text and a table |
| faq.md | one question per payload (raw and references), in the question heading and in its answer |

Raw payloads:

`)
	for _, p := range rawPayloads() {
		fmt.Fprintf(&b, "- %s: `%q`\n", p.name, p.raw)
	}
	b.WriteString(`
Not here: raw 8-bit C1 bytes (0x9B alone) and invalid UTF-8, because versus
refuses a file that is not valid UTF-8 as a whole; and file names carrying
escapes, which cannot be committed portably. Tests build both at run time.
`)
	return b.String()
}

// TestHostileFixture checks that the hostile pack on disk is what
// hostileFixture generates; with -update it writes the pack.
func TestHostileFixture(t *testing.T) {
	files := hostileFixture()
	if *update {
		if err := os.MkdirAll(fixtureDir, 0o755); err != nil {
			t.Fatal(err)
		}
		for name, data := range files {
			if err := os.WriteFile(filepath.Join(fixtureDir, name), []byte(data), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	entries, err := os.ReadDir(fixtureDir)
	if err != nil {
		t.Fatalf("reading the hostile fixture (run with -update to write it): %v", err)
	}
	var onDisk []string
	for _, e := range entries {
		onDisk = append(onDisk, e.Name())
	}
	var want []string
	for name := range files {
		want = append(want, name)
	}
	sort.Strings(want)
	if strings.Join(onDisk, " ") != strings.Join(want, " ") {
		t.Errorf("hostile fixture holds %v, want %v (run with -update)", onDisk, want)
	}
	for name, data := range files {
		got, err := os.ReadFile(filepath.Join(fixtureDir, name))
		if err != nil {
			t.Errorf("%v (run with -update)", err)
			continue
		}
		if !bytes.Equal(got, []byte(data)) {
			t.Errorf("%s differs from what the generator writes (run with -update)", name)
		}
	}
}

// TestHostileFixtureIsHostile checks that the fixture carries what its
// README promises, and that Block makes every section file safe with its
// lines intact.
func TestHostileFixtureIsHostile(t *testing.T) {
	files := hostileFixture()
	section := files["raw.md"] + files["overview.md"] + files["faq.md"]
	for _, p := range rawPayloads() {
		if !strings.Contains(section, p.raw) {
			t.Errorf("the fixture lacks the raw payload %s", p.name)
		}
	}
	for _, p := range referencePayloads() {
		if !strings.Contains(files["entities.md"], p.raw) {
			t.Errorf("the fixture lacks the reference payload %s", p.name)
		}
	}
	for name, data := range files {
		if !strings.HasSuffix(name, ".md") || name == "README.md" {
			continue
		}
		if Safe(data) && Block(data) == data {
			t.Errorf("%s is not hostile", name)
		}
		checkBlock(t, data)
	}
}
