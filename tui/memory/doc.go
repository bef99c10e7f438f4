// Package memory keeps what versus remembers of a pack between runs: where
// the reader was (resume), the bookmarks, the back and forward trail, and
// the sections read recently.
//
// Each pack has its own state file under the user's state folder
// ($XDG_STATE_HOME/versus, by default ~/.local/state/versus), named after
// the pack's key: the absolute path of a pack folder, or the name of the
// built-in pack. Files are JSON with a version field, written whole and
// atomically (a temporary file renamed over the old one), 0600 in a 0700
// folder. Two versus processes on one pack therefore never mix their
// writes: the last one to save wins, with a whole file.
//
// Memory is a convenience, never a reason not to start: a state file that
// cannot be read or decoded gives a fresh State and a notice to show once,
// and the damaged file is kept aside as NAME.corrupt rather than
// overwritten by the next save.
//
// The package knows nothing of the terminal; the TUI converts its own
// positions to Places and back.
package memory
