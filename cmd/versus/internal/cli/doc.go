// Package cli is the versus command line: cobra commands styled by fang
// that load a pack, then print it for scripts and pipes or open the TUI.
//
// Exit codes: 0 success, 1 validation problems (versus validate), 2 usage
// errors and bad packs. Errors go to stderr prefixed "versus:".
package cli
