// Package knowledge loads, validates and models versus knowledge packs.
//
// A pack is a folder of markdown files described by a pack.yaml manifest.
// Load reads one from any fs.FS (the embedded default pack and os.DirFS
// alike), checks it, and returns an immutable *Pack. Every problem found in
// the files is reported as a Problem carrying the file and line it concerns.
//
// The package holds no terminal code and never imports Bubble Tea: the CLI
// and the TUI both build on it. Once loaded, a Pack is read-only and may be
// shared between goroutines.
package knowledge
