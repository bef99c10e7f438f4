package action

import (
	"errors"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestEditorCommand(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"vim", "nvim", "nano", "emacs", "micro", "hx", "kak", "code", "subl", "myeditor"} {
		script(t, dir, name, "exit 0")
	}
	file := "/packs/mine/aspects/speed.md"
	cases := []struct {
		env  []string
		line int
		want []string
	}{
		{[]string{"EDITOR", dir + "/vim"}, 12, []string{"+12", file}},
		{[]string{"EDITOR", dir + "/nvim"}, 12, []string{"+12", file}},
		{[]string{"EDITOR", dir + "/nano"}, 3, []string{"+3", file}},
		{[]string{"EDITOR", dir + "/emacs -nw"}, 3, []string{"-nw", "+3", file}},
		{[]string{"EDITOR", dir + "/micro"}, 7, []string{"+7", file}},
		{[]string{"EDITOR", dir + "/kak"}, 7, []string{"+7", file}},
		{[]string{"EDITOR", dir + "/hx"}, 7, []string{file + ":7"}},
		{[]string{"EDITOR", dir + "/subl -w"}, 7, []string{"-w", file + ":7"}},
		{[]string{"EDITOR", "  " + dir + "/code   -w "}, 9, []string{"-w", "--goto", file + ":9"}},
		{[]string{"EDITOR", dir + "/myeditor --flag"}, 9, []string{"--flag", file}},
		{[]string{"EDITOR", dir + "/vim"}, 0, []string{file}},
		// $VISUAL comes first; an empty one is no editor.
		{[]string{"VISUAL", dir + "/nano", "EDITOR", dir + "/vim"}, 5, []string{"+5", file}},
		{[]string{"VISUAL", "  ", "EDITOR", dir + "/hx"}, 5, []string{file + ":5"}},
	}
	for _, c := range cases {
		cmd, err := EditorCommand(env(c.env...), file, c.line)
		if err != nil {
			t.Errorf("%q: %v", c.env, err)
			continue
		}
		if err := cmd.Run(); err != nil {
			t.Fatalf("%q: %v", c.env, err)
		}
		if got := recordedArgs(t, cmd.Path); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%q line %d: editor got %q, want %q", c.env, c.line, got, c.want)
		}
	}
}

func TestEditorCommandDefaultsToVi(t *testing.T) {
	cmd, err := EditorCommand(env(), "/p/a.md", 4)
	if err != nil {
		if !strings.Contains(err.Error(), "cannot run vi") || !strings.Contains(err.Error(), "$EDITOR") {
			t.Errorf("without vi installed: %v", err)
		}
		return
	}
	if !reflect.DeepEqual(cmd.Args, []string{"vi", "+4", "/p/a.md"}) {
		t.Errorf("args %q", cmd.Args)
	}
}

func TestEditorCommandMissingEditor(t *testing.T) {
	_, err := EditorCommand(env("EDITOR", "no-such-editor-here -w"), "/p/a.md", 4)
	if err == nil || !strings.Contains(err.Error(), "cannot run no-such-editor-here") {
		t.Errorf("error %v", err)
	}
}

func TestEditorCommandFileThatLooksLikeAnOption(t *testing.T) {
	dir := t.TempDir()
	vim := script(t, dir, "vim", "exit 0")
	cmd, err := EditorCommand(env("EDITOR", vim), "-c:!id", 0)
	if err != nil {
		t.Fatal(err)
	}
	_ = cmd.Run()
	if got := recordedArgs(t, vim); !reflect.DeepEqual(got, []string{"./-c:!id"}) {
		t.Errorf("editor got %q", got)
	}
}

func TestEditReturnsACommandOrTheReason(t *testing.T) {
	dir := t.TempDir()
	vim := script(t, dir, "vim", "exit 0")
	cmd, err := Edit(env("VISUAL", vim), "/p/a.md", 2)
	if err != nil || cmd == nil {
		t.Fatalf("Edit: %v", err)
	}
	if cmd, err := Edit(env("VISUAL", "/nowhere/ed"), "/p/a.md", 2); err == nil || cmd != nil {
		t.Errorf("Edit with a missing editor gave a command")
	}
	if s := (EditedMsg{Path: "/p/aspects/speed.md"}).Status(); s != "edited speed.md" {
		t.Errorf("status %q", s)
	}
}

func TestEditorOfAPack(t *testing.T) {
	if _, err := (Editor{}).Edit("a.md", 3); !errors.Is(err, ErrReadOnly) {
		t.Errorf("the built-in pack: %v, want ErrReadOnly", err)
	}
	dir := t.TempDir()
	e := Editor{Getenv: env("VISUAL", script(t, dir, "vim", "exit 0")), Dir: "packs/mine"}
	path, err := e.Path("aspects/speed.md")
	want, _ := filepath.Abs(filepath.Join("packs", "mine", "aspects", "speed.md"))
	if err != nil || path != want {
		t.Errorf("Path = %q, %v; want %q", path, err, want)
	}
	if cmd, err := e.Edit("aspects/speed.md", 4); cmd == nil || err != nil {
		t.Errorf("Edit: %v", err)
	}
	e.Getenv = env("VISUAL", "/no/such/editor")
	if _, err := e.Edit("a.md", 1); err == nil || !strings.Contains(err.Error(), "cannot run /no/such/editor") {
		t.Errorf("a missing editor: %v", err)
	}
}
