package knowledge

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"
	"testing/fstest"
)

// Long runs of FuzzLoad and FuzzSplitDocument print stretches of
// "0/sec" that are Go's minimiser, not a hang in Load. Each input that
// adds coverage is minimised before it joins the corpus, for up to
// -fuzzminimizetime (60 s by default): removing every substring of an
// n-byte input is n²/2 tries, a worker's executions are counted only when
// it is done, and with -parallel 2 both workers can be minimising at once.
// Measured on 2 cores: FuzzSplitDocument showed 0/sec from 21 s to 57 s,
// then 143,140 executions at once; minimising single FuzzLoad inputs took
// 7.7 to 13.4 s, each ending a stall. With -fuzzminimizetime 0 neither
// target stalled in 90 s (5,000 to 12,000 executions a second), and no
// corpus entry costs more than linear time to load at 16 and 64 times its
// size. To fuzz without the pauses, bound the minimiser
// (-fuzzminimizetime 5s, or 0 to keep inputs as found).

// FuzzLoad feeds arbitrary bytes to Load as a section file and as
// pack.yaml. Load must not panic (its last-resort recover is reported as a
// problem, which fails here), must return either a pack or Problems, and
// every problem must name a file and a line within it.
func FuzzLoad(f *testing.F) {
	base := basePack()
	for _, name := range []string{"a.md", "b.md"} {
		f.Add(base[name].Data, base["pack.yaml"].Data)
	}
	for _, name := range []string{"overview.md", "faq.md", "aspects/speed.md"} {
		data, err := os.ReadFile("testdata/clean/" + name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data, base["pack.yaml"].Data)
	}
	f.Add([]byte("---\nid: a\n---\n| a | b |\n|-|-|\n| 1 | 2 | 3 |\n## \n##\n[x](#)"), []byte("sections: [a.md]\nsubjects: [a, b]"))
	f.Add([]byte("---\r\nid: *x\r\n---\r\n\xff"), []byte("title: &x [*x, *x]\n"))
	f.Add([]byte("---\nid: a\n---\n[a *b*][r] [r][] [r] [c][r](x) [d]\n\n[r]: gone.md\n[D]: #nope\n"), base["pack.yaml"].Data)

	f.Fuzz(func(t *testing.T, section, manifest []byte) {
		m := basePack()
		m["a.md"] = &fstest.MapFile{Data: section}
		m["pack.yaml"] = &fstest.MapFile{Data: manifest}
		p, err := Load(m)
		if err == nil {
			if p == nil {
				t.Fatal("no pack and no error")
			}
			p.Stats()
			p.Resolve(string(section[:min(len(section), 20)]))
			checkLinkSpans(t, p)
			return
		}
		var ps Problems
		if !errors.As(err, &ps) || len(ps) == 0 {
			t.Fatalf("error %T %v is not a non-empty Problems", err, err)
		}
		for i, pr := range ps {
			if pr.File == "" || pr.Line < 0 || pr.Msg == "" {
				t.Fatalf("bad problem %+v", pr)
			}
			if strings.Contains(pr.Msg, "could not parse this file") {
				t.Fatalf("panic while parsing: %s", pr)
			}
			if f, ok := m[pr.File]; ok && pr.Line > bytes.Count(f.Data, []byte{'\n'})+1 {
				t.Fatalf("line past the end of the file: %s", pr)
			}
			if i > 0 && (ps[i-1].File > pr.File || ps[i-1].File == pr.File && ps[i-1].Line > pr.Line) {
				t.Fatalf("problems not sorted: %s before %s", ps[i-1], pr)
			}
		}
	})
}

// checkLinkSpans checks that every placed link spans a link as written,
// from its '[' to its ')' or ']', and that marking them does not panic.
func checkLinkSpans(t *testing.T, p *Pack) {
	t.Helper()
	for _, s := range p.Sections {
		for _, l := range s.Links {
			if l.End == 0 {
				continue
			}
			w := s.Body[l.Start:l.End]
			if w[0] != '[' || !strings.HasSuffix(w, ")") && !strings.HasSuffix(w, "]") {
				t.Fatalf("link %+v spans %q", l, w)
			}
		}
		s.Document()
	}
}

// FuzzFrontMatter checks the front matter split on arbitrary text: the
// body must start on the line it claims, and parsing must not panic.
func FuzzFrontMatter(f *testing.F) {
	f.Add([]byte("---\nid: a\ntitle: T\nkind: aspect\nnumber: 2\naliases: [x]\n---\nbody\n"))
	f.Add([]byte("---\n---"))
	f.Add([]byte("--- \n\n---\t\n\n"))
	f.Add([]byte("---\nnumber: 99999999999999999999\nkind: [a]\n---\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		yamlSrc, body, bodyLine, found, closed := splitFrontMatter(src, fmDelim)
		if !found || !closed {
			if found && (body != nil || yamlSrc != nil) {
				t.Fatal("unclosed front matter returned content")
			}
			return
		}
		start := len(src) - len(body)
		if !bytes.Equal(src[start:], body) {
			t.Fatal("body is not the end of the file")
		}
		if want := bytes.Count(src[:start], []byte{'\n'}) + 1; bodyLine != want && len(body) > 0 {
			t.Fatalf("bodyLine = %d, want %d", bodyLine, want)
		}
		m, ok, ps := parseFrontMatter("x.md", yamlSrc)
		if ok != (m.id != "") {
			t.Fatal("ok disagrees with the id")
		}
		for _, p := range ps {
			if p.Line < 1 || p.Line > bodyLine {
				t.Fatalf("problem outside the front matter: %s", p)
			}
		}
	})
}

// FuzzResolve checks that any reference resolves without panic and keeps
// Resolve's contract.
func FuzzResolve(f *testing.F) {
	p, err := Load(os.DirFS("testdata/clean"))
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{"perf", "1", "faq", "", "Ü", "\x00"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, ref string) {
		s, cands, err := p.Resolve(ref)
		switch {
		case s != nil && (err != nil || cands != nil):
			t.Fatal("a section along with an error or candidates")
		case s == nil && err == nil:
			t.Fatal("neither a section nor an error")
		case len(cands) > maxCandidates:
			t.Fatal("too many candidates")
		case errors.Is(err, ErrAmbiguous) && len(cands) < 2:
			t.Fatal("ambiguous with fewer than two candidates")
		}
	})
}

// FuzzLoadCached checks that the parse cache changes nothing: on arbitrary
// section and manifest bytes, loading with an empty cache and again with
// the filled one gives exactly the pack, or the problems, of a load
// without it.
func FuzzLoadCached(f *testing.F) {
	base := basePack()
	f.Add(base["a.md"].Data, base["pack.yaml"].Data)
	f.Add([]byte("---\nid: a\ntitle: T\nkind: faq\n---\n## Q?\n\nA.\n\n## Q?\n[x](b.md#intro) <https://x.y>\n"), base["pack.yaml"].Data)
	f.Add([]byte("---\r\nid: *x\r\n---\r\n\xff"), []byte("title: &x [*x, *x]\n"))
	f.Add([]byte("---\nid: a\n---\n[a *b*][r] [r][] [r] [c][r](x) [d]\n\n[r]: gone.md\n[D]: #nope\n"), base["pack.yaml"].Data)
	f.Add([]byte("no front matter"), []byte("sections: [a.md]"))
	dir := f.TempDir()
	n := 0
	f.Fuzz(func(t *testing.T, section, manifest []byte) {
		m := basePack()
		m["a.md"] = &fstest.MapFile{Data: section}
		m["pack.yaml"] = &fstest.MapFile{Data: manifest}
		n++
		c := &Cache{Path: fmt.Sprintf("%s/%d.cache", dir, n), Version: "fuzz"}
		defer os.Remove(c.Path)
		cacheChangesNothing(t, m, c)
	})
}

// FuzzSplitDocument feeds arbitrary bytes to the single-file splitter: it
// never panics, and what it opens holds together: distinct slug ids, each
// body a piece of the file starting on a line of it, titles on one line.
func FuzzSplitDocument(f *testing.F) {
	readme, err := os.ReadFile("testdata/readme/README.md")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(readme)
	f.Add([]byte("# A\n\n# B\n\n## c\n"))
	f.Add([]byte("Title\n=====\n\nSub\n---\n\ntext\n## Q?\nA\n"))
	f.Add([]byte("---\ntitle: T\n---\n## FAQ\n### Why?\nBecause.\n"))
	f.Add([]byte("+++\ntitle = 'x'\n+++\n> ## quoted\n- ## listed\n## \n##\n"))
	f.Add([]byte("## é\n## É\n## ?\n"))
	f.Add([]byte("## 一\n## 丁\n## 七\n# 万\n# 丈\n")) // every id "section" before it is made unique
	f.Add([]byte("[r]: x\n## a\n[r]\n## b\n[r]")) // definitions lent to the parts
	f.Fuzz(func(t *testing.T, src []byte) {
		p, err := LoadWith(fstest.MapFS{"doc.md": &fstest.MapFile{Data: src}}, Options{File: "doc.md"})
		if err != nil {
			var ps Problems
			if !errors.As(err, &ps) || len(ps) == 0 {
				t.Fatalf("error %T %v, want Problems", err, err)
			}
			return
		}
		clean := string(cleanSource(src))
		lines := strings.Count(clean, "\n") + 1
		seen := map[string]bool{}
		for _, s := range p.Sections {
			if !isSlug(s.ID) || seen[s.ID] {
				t.Fatalf("id %q not a slug or repeated", s.ID)
			}
			seen[s.ID] = true
			if !strings.Contains(clean, ownText(s.Body)) {
				t.Fatalf("body of %s is not part of the file: %q", s.ID, s.Body)
			}
			if s.BodyLine < 1 || s.BodyLine > lines+1 {
				t.Fatalf("body of %s starts on line %d of %d", s.ID, s.BodyLine, lines)
			}
			if strings.ContainsAny(s.Title, "\n\r\x1b") || s.Title == "" {
				t.Fatalf("title %q", s.Title)
			}
			if p.Section(s.ID) != s {
				t.Fatalf("Section(%q) does not find it", s.ID)
			}
		}
	})
}

// ownText is a part's body without the link reference definitions lent
// to it (see refDefs.lend): the definition lines at its end, and the
// blank lines before them. A body that ends in definitions of its own
// loses them too, which leaves a piece of the file all the same.
func ownText(body string) string {
	own := body
	for {
		trimmed := strings.TrimRight(own, "\n")
		i := strings.LastIndexByte(trimmed, '\n') + 1
		if len(definedIn([]byte(trimmed[i:]))) == 0 {
			if own == body {
				return body
			}
			return trimmed
		}
		own = trimmed[:i]
	}
}
