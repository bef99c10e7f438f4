package knowledge

// Limits on what Load reads. They keep a hostile or mistaken pack (a huge
// file, a runaway generator, a deep folder loop) from exhausting memory or
// time; a real pack stays far below them.
const (
	// MaxFileSize is the largest pack.yaml or markdown file Load reads.
	MaxFileSize = 1 << 20
	// MaxPackSize is the most bytes of pack.yaml and markdown a pack may hold.
	MaxPackSize = 64 << 20
	// MaxFiles is the most files and folders a pack may hold.
	MaxFiles = 20000
	// MaxDepth is how deeply folders may nest under the pack folder.
	MaxDepth = 8

	// MaxNesting is how deeply lists and block quotes may nest in a body.
	// glamour indents every level and its time grows much faster than the
	// depth (measured: 16 levels 30 ms, 64 quotes 6 s, 128 over 40 s).
	MaxNesting = 16
	// MaxTableColumns is the most columns a table may have: more cannot
	// be read in any terminal.
	MaxTableColumns = 64
	// MaxTableRows is the most rows a table may have; glamour lays out a
	// whole table at once (10,000 rows take over a second to render).
	MaxTableRows = 2000
	// MaxLinkOpenings is the most "](" pairs a section file may hold;
	// goldmark's link matching grows with their square.
	MaxLinkOpenings = 4096
	// MaxLinkBytes is the most bytes of destinations the links of one
	// body may lead to in all. A reference link repeats its definition's
	// destination, which is copied, checked and shown for each link, so
	// one long definition used thousands of times costs time and memory
	// growing with their product (2,000 uses of a 200 KB destination:
	// 5 s and 381 MB kept). Links written inline cannot pass it: their
	// destinations are in the file.
	MaxLinkBytes = 4 << 20
	// MaxTOMLSize is the largest TOML front matter read, and MaxTOMLNesting
	// how deeply its arrays and tables may nest: the TOML library's time
	// grows with the cube of inline-table nesting (measured: 1,000 levels
	// 2.6 s, 3,000 levels 20 s) and a 1 MiB table of keys takes 1.8 s.
	// Front matter holds a few short keys.
	MaxTOMLSize    = 64 << 10
	MaxTOMLNesting = 32
)
