// Package knowledge loads, validates and models versus knowledge packs.
//
// A pack is a folder of markdown files described by a pack.yaml manifest
// (the format is described in docs/packs.md). LoadWith reads one from any
// fs.FS (the embedded default pack and os.DirFS alike), checks it, and
// returns an immutable *Pack; without pack.yaml it reads a folder of plain
// markdown, and with Options.File a single markdown file split at its
// headings. Every problem found in the files is reported as a Problem
// carrying the file and line it concerns, all of them, never only the
// first. Problems that leave nothing to open are returned as the error;
// the others (a dead link, a bad table) travel with the pack in
// Pack.Problems, and what they concern is left out or marked (a broken
// link). Load is the strict form: any problem is an error.
//
// File names in Problems, like Section.File, are slash-separated paths
// relative to the pack root, whatever the operating system: "pack.yaml"
// for the manifest, "aspects/speed.md" for a section in a sub-folder, and
// "." for the pack as a whole (over a size limit). Line is 1-based, or 0
// when the problem concerns a whole file (a symbolic link, a file not
// listed in pack.yaml). Problems are sorted by file, then line.
//
// Pack text is untrusted. Every string Load takes from a pack (titles,
// aliases, tags, summaries, bodies, table cells, heading and link text,
// FAQ questions and answers, and file names in messages) has gone through
// package knowledge/sanitize: no control character or escape sequence
// reaches the caller. Load never follows a symbolic link, never opens a
// file that is not regular (a named pipe would block), keeps within the
// limits of limits.go, and gives up on markdown that goldmark cannot parse
// in a few seconds, so that it returns on any input.
//
// The package holds no terminal code and never imports Bubble Tea: the CLI
// and the TUI both build on it. Once loaded, a Pack is read-only and may be
// shared between goroutines.
package knowledge
