// Package packtest generates synthetic knowledge packs for tests and
// benchmarks: packs large enough to measure loading, searching and
// rendering, and valid so that knowledge.Load accepts them unchanged.
//
// The output is deterministic: the same n always gives the same files, so
// benchmark figures stay comparable from run to run.
package packtest

import (
	"fmt"
	"strings"
	"testing/fstest"
)

// words feeds the generated prose; a fixed list keeps output deterministic
// while giving search something varied to match.
const words = "latency throughput memory garbage collector thread event loop " +
	"package module compiler runtime startup concurrency async await worker " +
	"benchmark cache network socket parser library framework ecosystem tooling " +
	"debugger profiler container deploy scale cluster queue stream buffer " +
	"typing interpreter bytecode native binary syntax community release"

// Generate returns a valid pack of max(n, 2) sections: an overview, a FAQ
// and n-2 numbered aspects stored under aspects/. Each aspect has a title,
// aliases, tags, a summary, three headings, a comparison table over the
// subjects, relative links to the overview, the FAQ and its neighbours, an
// external link, and a body of about 1.8 KB.
func Generate(n int) fstest.MapFS {
	if n < 2 {
		n = 2
	}
	aspects := n - 2
	fsys := fstest.MapFS{}
	vocab := strings.Fields(words)

	var manifest strings.Builder
	manifest.WriteString("title: Alpha vs Beta (generated)\n")
	manifest.WriteString("summary: A generated pack comparing two imaginary runtimes.\n")
	manifest.WriteString("subjects: [Alpha, Beta]\n")
	manifest.WriteString("as_of: 2025-06-01\n")
	manifest.WriteString("sections:\n")
	manifest.WriteString("  - overview.md\n")
	for i := 1; i <= aspects; i++ {
		fmt.Fprintf(&manifest, "  - %s\n", aspectFile(i))
	}
	manifest.WriteString("  - faq.md\n")
	fsys["pack.yaml"] = file(manifest.String())

	fsys["overview.md"] = file(overview(aspects))
	fsys["faq.md"] = file(faq())
	for i := 1; i <= aspects; i++ {
		fsys[aspectFile(i)] = file(aspect(i, aspects, vocab))
	}
	return fsys
}

func file(s string) *fstest.MapFile { return &fstest.MapFile{Data: []byte(s), Mode: 0o644} }

func aspectFile(i int) string { return fmt.Sprintf("aspects/aspect-%05d.md", i) }

func aspectID(i int) string { return fmt.Sprintf("aspect-%05d", i) }

func overview(aspects int) string {
	var b strings.Builder
	b.WriteString("---\nid: overview\ntitle: Overview\nkind: overview\n")
	b.WriteString("summary: What Alpha and Beta are, at a glance.\n---\n\n")
	b.WriteString("# Overview\n\nAlpha and Beta are two imaginary runtimes.\n\n")
	b.WriteString("## At a glance\n\n")
	b.WriteString("| Criterion | Alpha | Beta |\n| --- | --- | --- |\n")
	b.WriteString("| First release | 2009 | 1991 |\n| Typing | Dynamic | Dynamic |\n\n")
	if aspects > 0 {
		fmt.Fprintf(&b, "Start with [the first aspect](%s) or read the [FAQ](faq.md#is-alpha-faster-than-beta).\n", aspectFile(1))
	} else {
		b.WriteString("Read the [FAQ](faq.md#is-alpha-faster-than-beta).\n")
	}
	return b.String()
}

func faq() string {
	return "---\nid: faq\ntitle: Frequently asked questions\nkind: faq\naliases: [questions]\n---\n\n" +
		"## Is Alpha faster than Beta?\n\nFor input and output bound work, usually; see the [overview](overview.md).\n\n" +
		"## Which one should I learn first?\n\nThe one your team already uses.\n\n" +
		"## Can they work together?\n\nYes, over a network socket or a message queue.\n"
}

func aspect(i, total int, vocab []string) string {
	w := func(k int) string { return vocab[(i*7+k*13)%len(vocab)] }
	var b strings.Builder
	fmt.Fprintf(&b, "---\nid: %s\ntitle: %s %s %d\nkind: aspect\nnumber: %d\n", aspectID(i), titleCase(w(0)), w(1), i, i)
	fmt.Fprintf(&b, "aliases: [%s-%d]\ntags: [%s, %s]\n", w(2), i, w(3), w(4))
	fmt.Fprintf(&b, "summary: How Alpha and Beta differ on %s and %s.\n---\n\n", w(0), w(1))
	fmt.Fprintf(&b, "# %s %s %d\n\n", titleCase(w(0)), w(1), i)
	for p := 0; p < 2; p++ {
		b.WriteString(paragraph(i, p, vocab))
		b.WriteString("\n\n")
	}
	b.WriteString("## Comparison\n\n")
	b.WriteString("| Criterion | Alpha | Beta |\n| --- | --- | --- |\n")
	for r := 0; r < 4; r++ {
		fmt.Fprintf(&b, "| %s %s | %s, measured | %s, estimated |\n", titleCase(w(r+5)), w(r+6), w(r+7), w(r+8))
	}
	b.WriteString("\n## Notes\n\n")
	b.WriteString(paragraph(i, 3, vocab))
	b.WriteString("\n\n")
	b.WriteString("See the [overview](../overview.md#at-a-glance) and the [FAQ](../faq.md)")
	if i > 1 {
		fmt.Fprintf(&b, ", the [previous aspect](%s.md#comparison)", aspectID(i-1))
	}
	if i < total {
		fmt.Fprintf(&b, ", the [next aspect](%s.md)", aspectID(i+1))
	}
	b.WriteString(", or the [reference site](https://example.com/alpha-beta).\n")
	return b.String()
}

// paragraph writes about 40 words of deterministic pseudo-prose.
func paragraph(i, p int, vocab []string) string {
	var b strings.Builder
	b.WriteString("Alpha")
	for k := 0; k < 40; k++ {
		b.WriteByte(' ')
		b.WriteString(vocab[(i*31+p*17+k*k+k)%len(vocab)])
		if k%12 == 11 {
			b.WriteString(". Beta")
		}
	}
	b.WriteString(" **matters** in `practice`.")
	return b.String()
}

func titleCase(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
