package action

import (
	"errors"
	"fmt"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"

	tea "charm.land/bubbletea/v2"
)

// EditedMsg reports the end of an editing session.
type EditedMsg struct {
	Path string
	Err  error
}

// Status is the sentence for the status bar.
func (m EditedMsg) Status() string {
	if m.Err != nil {
		return "editor: " + oneLine(m.Err.Error())
	}
	return "edited " + filepath.Base(m.Path)
}

// ErrReadOnly is why the built-in pack's files cannot be edited.
var ErrReadOnly = errors.New("the built-in pack is read-only; 'versus pack copy DIR' makes a copy to edit")

// Editor edits the files of the pack in a folder.
type Editor struct {
	Getenv func(string) string
	// Dir is the pack's folder; "" for the built-in pack, which has no
	// files to edit.
	Dir string
}

// Path is the file to edit for file, a slash-separated path inside the
// pack, as sections and problems name their files. It returns
// ErrReadOnly for the built-in pack.
func (e Editor) Path(file string) (string, error) {
	if e.Dir == "" {
		return "", ErrReadOnly
	}
	path, err := filepath.Abs(filepath.Join(e.Dir, filepath.FromSlash(file)))
	if err != nil {
		return "", fmt.Errorf("cannot find %s: %w", file, err)
	}
	return path, nil
}

// Edit is Edit for the pack's file at line (see Path).
func (e Editor) Edit(file string, line int) (tea.Cmd, error) {
	path, err := e.Path(file)
	if err != nil {
		return nil, err
	}
	return Edit(e.Getenv, path, line)
}

// Edit suspends the program, runs the user's editor on path at line (1-
// based; 0 for the top) in the terminal, and resumes with an EditedMsg.
// When no editor can be run it returns the reason instead, and the
// program is never suspended.
func Edit(getenv func(string) string, path string, line int) (tea.Cmd, error) {
	cmd, err := EditorCommand(getenv, path, line)
	if err != nil {
		return nil, err
	}
	return tea.ExecProcess(cmd, func(err error) tea.Msg { return EditedMsg{Path: path, Err: err} }), nil
}

// EditorCommand is the command that edits file at line: $VISUAL, else
// $EDITOR, else vi. The variable may hold arguments ("code -w"), split at
// spaces; there is no shell, so no quoting either. The line goes to the
// editors known to take one, in the form each takes.
func EditorCommand(getenv func(string) string, file string, line int) (*exec.Cmd, error) {
	argv := strings.Fields(getenv("VISUAL"))
	if len(argv) == 0 {
		argv = strings.Fields(getenv("EDITOR"))
	}
	if len(argv) == 0 {
		argv = []string{"vi"}
	}
	if strings.HasPrefix(file, "-") {
		file = "." + string(filepath.Separator) + file // a file name, never an option
	}
	argv = append(argv, lineArgs(argv[0], file, line)...)
	// Looked up now, for a path too, so that a missing editor is a
	// message and the program is never suspended for nothing.
	path, err := exec.LookPath(argv[0])
	if err != nil {
		var notFound *exec.Error
		if errors.As(err, &notFound) {
			err = notFound.Err
		}
		return nil, fmt.Errorf("cannot run %s: %w; set $VISUAL or $EDITOR", argv[0], err)
	}
	return &exec.Cmd{Path: path, Args: argv}, nil
}

// lineArgs are the arguments after the editor's own that open path at
// line, for the editor named by program.
func lineArgs(program, path string, line int) []string {
	if line < 1 {
		return []string{path}
	}
	n := strconv.Itoa(line)
	name := strings.TrimSuffix(filepath.Base(program), ".exe")
	switch name {
	case "vi", "vim", "nvim", "gvim", "view", "vim.basic", "vim.tiny", "nvi", "elvis", "ex",
		"nano", "pico", "emacs", "emacsclient", "kak", "micro", "joe", "jed", "mg", "ne", "gedit":
		return []string{"+" + n, path}
	case "hx", "helix", "subl", "sublime_text", "zed":
		return []string{path + ":" + n}
	case "code", "code-insiders", "codium", "vscodium", "cursor":
		return []string{"--goto", path + ":" + n}
	case "kate":
		return []string{"--line", n, path}
	}
	return []string{path}
}
