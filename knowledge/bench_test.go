package knowledge_test

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/versus-dev/versus/assets"
	"github.com/versus-dev/versus/knowledge"
	"github.com/versus-dev/versus/knowledge/packtest"
)

// BenchmarkLoadDefault loads the embedded default pack, as versus does at
// every start.
func BenchmarkLoadDefault(b *testing.B) {
	fsys := assets.Pack()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := knowledge.Load(fsys); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLoad10k loads a generated pack of 10,000 sections (about 18 MB
// of markdown).
func BenchmarkLoad10k(b *testing.B) {
	fsys := packtest.Generate(10000)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := knowledge.Load(fsys); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkResolve resolves a fuzzy reference in the default pack.
func BenchmarkResolve(b *testing.B) {
	p, err := knowledge.Load(assets.Pack())
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		p.Resolve("exec spd")
	}
}

// BenchmarkLoad10kDir loads the same 10,000 sections from a folder on disk
// through os.DirFS, as `versus --pack DIR` does: walking and reading real
// files costs system calls the in-memory benchmark does not pay.
func BenchmarkLoad10kDir(b *testing.B) {
	fsys := generatedDir(b, 10000)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := knowledge.Load(fsys); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLoad10kDirCached loads the 10,000 sections from disk again with
// a filled parse cache, as every `versus --pack DIR` after the first does.
func BenchmarkLoad10kDirCached(b *testing.B) {
	fsys := generatedDir(b, 10000)
	opts := knowledge.Options{Cache: &knowledge.Cache{Path: filepath.Join(b.TempDir(), "cache"), Version: "bench"}}
	if _, err := knowledge.LoadWith(fsys, opts); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := knowledge.LoadWith(fsys, opts); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLoad10kDirColdCache loads the 10,000 sections with an empty
// parse cache: every file is parsed and the cache file written.
func BenchmarkLoad10kDirColdCache(b *testing.B) {
	fsys := generatedDir(b, 10000)
	cache := &knowledge.Cache{Path: filepath.Join(b.TempDir(), "cache"), Version: "bench"}
	b.ReportAllocs()
	for b.Loop() {
		b.StopTimer()
		os.Remove(cache.Path)
		b.StartTimer()
		if _, err := knowledge.LoadWith(fsys, knowledge.Options{Cache: cache}); err != nil {
			b.Fatal(err)
		}
	}
}

// generatedDir writes a generated pack of n sections to a temporary folder
// and returns it as os.DirFS.
func generatedDir(b *testing.B, n int) fs.FS {
	b.Helper()
	dir := b.TempDir()
	if err := os.CopyFS(dir, packtest.Generate(n)); err != nil {
		b.Fatal(err)
	}
	return os.DirFS(dir)
}

// BenchmarkLoad100xDefault loads a generated pack a hundred times the size
// of the default one (2,900 sections), cold, from disk.
func BenchmarkLoad100xDefault(b *testing.B) {
	fsys := generatedDir(b, 2900)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := knowledge.Load(fsys); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSplitLongFile opens one file near MaxFileSize, about 2,000
// "##" parts with a table, a link and a sub-heading each, as a single
// document.
func BenchmarkSplitLongFile(b *testing.B) {
	var sb strings.Builder
	sb.WriteString("# Long\n\nIntro.\n")
	prose := strings.Repeat("Some more words about this part, as a real document has them. ", 4)
	for i := 0; sb.Len() < knowledge.MaxFileSize-1000; i++ {
		sb.WriteString("\n" + prose + "\n")
		fmt.Fprintf(&sb, "\n## Part %d\n\nText of part %d, see [the next](#part-%d) and a site.\n\n| Criterion | A | B |\n| --- | --- | --- |\n| x%d | y | z |\n\n### Detail\n\nMore words in the detail of part %d, enough to make it look like prose.\n", i, i, i+1, i, i)
	}
	fsys := fstest.MapFS{"long.md": &fstest.MapFile{Data: []byte(sb.String())}}
	b.SetBytes(int64(sb.Len()))
	for b.Loop() {
		if _, err := knowledge.LoadWith(fsys, knowledge.Options{File: "long.md"}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSplitCJKHeadings opens a document of 4,000 "##" parts headed
// each by a different Chinese character (56 KB): every part's id is
// "section" before it is made unique.
func BenchmarkSplitCJKHeadings(b *testing.B) {
	var sb strings.Builder
	for i := range 4000 {
		fmt.Fprintf(&sb, "## %c\n\nText.\n\n", rune(0x4E00+i))
	}
	fsys := fstest.MapFS{"doc.md": &fstest.MapFile{Data: []byte(sb.String())}}
	b.SetBytes(int64(sb.Len()))
	for b.Loop() {
		if _, err := knowledge.LoadWith(fsys, knowledge.Options{File: "doc.md"}); err != nil {
			b.Fatal(err)
		}
	}
}
