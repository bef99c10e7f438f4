// Command stackfloor is the least a program on versus's stack can do to
// show a markdown file: Bubble Tea v2 with a bubbles viewport over one
// glamour v2 render, or that render printed. BenchmarkStartup launches it
// beside versus, so that what versus adds to its start-up can be told
// apart from what the stack itself costs (package initialisation, the
// terminal set-up, the first render and the first frame). It is not part
// of versus and ships in no build of it.
//
//	stackfloor --version    print a line and exit (the process floor)
//	stackfloor -t FILE      page FILE in the alternate screen; q quits
//	stackfloor FILE         print FILE rendered
//
// It takes the same arguments as glow, so that the benchmark runs both
// alike.
package main

import (
	"bytes"
	"fmt"
	"os"

	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
	"charm.land/glamour/v2"
)

// measure is the widest the text is wrapped, as versus's reader does.
const measure = 100

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "stackfloor:", err)
		os.Exit(1)
	}
}

func run(args []string) error {
	if len(args) == 1 && args[0] == "--version" {
		fmt.Println("stackfloor")
		return nil
	}
	page := len(args) == 2 && args[0] == "-t"
	if page {
		args = args[1:]
	}
	if len(args) != 1 {
		return fmt.Errorf("usage: stackfloor [--version | -t FILE | FILE]")
	}
	src, err := os.ReadFile(args[0])
	if err != nil {
		return err
	}
	src = body(src)
	if !page {
		out, err := render(src, 80)
		if err != nil {
			return err
		}
		_, err = os.Stdout.WriteString(out)
		return err
	}
	_, err = tea.NewProgram(pager{src: src}).Run()
	return err
}

// body drops the YAML front matter, as glow does: only the document is
// drawn.
func body(src []byte) []byte {
	const fence = "---\n"
	if !bytes.HasPrefix(src, []byte(fence)) {
		return src
	}
	if end := bytes.Index(src[len(fence):], []byte("\n"+fence)); end >= 0 {
		return src[len(fence)+end+len("\n"+fence):]
	}
	return src
}

// render is one glamour render in the dark style, which asks the
// terminal nothing.
func render(src []byte, width int) (string, error) {
	r, err := glamour.NewTermRenderer(glamour.WithStandardStyle("dark"), glamour.WithWordWrap(width))
	if err != nil {
		return "", err
	}
	out, err := r.RenderBytes(src)
	return string(out), err
}

// pager renders the file when it learns the terminal's size and shows it
// in a viewport.
type pager struct {
	src []byte
	vp  viewport.Model
	err error
}

func (p pager) Init() tea.Cmd { return nil }

func (p pager) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		out, err := render(p.src, min(msg.Width, measure))
		if err != nil {
			p.err = err
			return p, tea.Quit
		}
		p.vp = viewport.New(viewport.WithWidth(msg.Width), viewport.WithHeight(msg.Height))
		p.vp.SetContent(out)
	case tea.KeyPressMsg:
		if msg.String() == "q" {
			return p, tea.Quit
		}
	}
	var cmd tea.Cmd
	p.vp, cmd = p.vp.Update(msg)
	return p, cmd
}

func (p pager) View() tea.View {
	v := tea.NewView(p.vp.View())
	v.AltScreen = true
	return v
}
