package tui

import (
	"io/fs"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/versus-dev/versus/knowledge"
	"github.com/versus-dev/versus/knowledge/search"
	"github.com/versus-dev/versus/markdown"
	"github.com/versus-dev/versus/tui/internal/tuitest"
	"github.com/versus-dev/versus/tui/memory"
)

// loadPack loads a pack for a test.
func loadPack(t testing.TB, fsys fs.FS) *knowledge.Pack {
	t.Helper()
	p, err := knowledge.Load(fsys)
	if err != nil {
		t.Fatalf("load pack: %v", err)
	}
	return p
}

// fixture is the small test pack in testdata/pack.
func fixture(t testing.TB) *knowledge.Pack {
	return loadPack(t, os.DirFS("testdata/pack"))
}

// driver runs a root model the way Bubble Tea would, but synchronously:
// every command's message is fed back into Update before the next message,
// so renders are on screen when send returns.
type driver struct {
	t    testing.TB
	m    Model
	quit bool
}

func newDriver(t testing.TB, o Options) *driver {
	t.Helper()
	if o.Index == nil {
		o.Index = search.New(o.Pack)
	}
	if o.Clipboard == nil {
		// Never the user's clipboard: a copy "takes" and goes nowhere.
		o.Clipboard = func(string) error { return nil }
	}
	d := &driver{t: t, m: New(o)}
	d.m.tick = noTick
	d.run(d.m.Init(), 0)
	return d
}

// noTick stands in for tea.Tick: a timer would make the driver wait.
func noTick(time.Duration, func(time.Time) tea.Msg) tea.Cmd { return nil }

// send delivers msgs one after the other, each with its consequences.
func (d *driver) send(msgs ...tea.Msg) *driver {
	d.t.Helper()
	for _, msg := range msgs {
		d.process(msg, 0)
	}
	return d
}

// keys sends key presses: "j", "enter", "ctrl+f", "shift+tab", or any
// single character.
func (d *driver) keys(names ...string) *driver {
	d.t.Helper()
	for _, n := range names {
		d.send(tuitest.Press(n))
	}
	return d
}

// typeText sends each character of s as a key press.
func (d *driver) typeText(s string) *driver {
	for _, r := range s {
		d.send(tea.KeyPressMsg{Code: r, Text: string(r)})
	}
	return d
}

// maxDepth bounds chains of commands, so a command that always answers
// with another cannot hang a test.
const maxDepth = 64

func (d *driver) process(msg tea.Msg, depth int) {
	if depth > maxDepth {
		d.t.Fatalf("command chain deeper than %d", maxDepth)
	}
	next, cmd := d.m.Update(msg)
	d.m = next.(Model)
	for _, msg := range d.exec(cmd) {
		d.process(msg, depth+1)
	}
}

func (d *driver) run(cmd tea.Cmd, depth int) {
	for _, msg := range d.exec(cmd) {
		d.process(msg, depth+1)
	}
}

// exec runs a command and flattens batches and sequences into messages.
func (d *driver) exec(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	msg := cmd()
	switch msg := msg.(type) {
	case nil:
		return nil
	case tea.QuitMsg:
		d.quit = true
		return nil
	case tea.BatchMsg:
		var out []tea.Msg
		for _, c := range msg {
			out = append(out, d.exec(c)...)
		}
		return out
	}
	v := reflect.ValueOf(msg)
	if v.Kind() == reflect.Slice && v.Type().Elem() == reflect.TypeOf(tea.Cmd(nil)) {
		var out []tea.Msg // tea.Sequence's unexported message
		for i := range v.Len() {
			out = append(out, d.exec(v.Index(i).Interface().(tea.Cmd))...)
		}
		return out
	}
	if strings.HasSuffix(reflect.TypeOf(msg).PkgPath(), "bubbles/v2/cursor") {
		return nil // cursor blinks run on timers
	}
	return []tea.Msg{msg}
}

// screen is the view as plain text.
func (d *driver) screen() string {
	return ansi.Strip(d.m.View().Content)
}

// freshRenderer is a markdown renderer with nothing cached.
func freshRenderer() *markdown.Renderer { return markdown.New(markdown.DefaultCacheSize) }

func nanotime() int64 { return time.Now().UnixNano() }

// hasBookmark reports whether st bookmarks the heading (or, with anchor
// "", the section).
func hasBookmark(st memory.State, section, anchor string) bool {
	return slices.ContainsFunc(st.Bookmarks, func(b memory.Bookmark) bool {
		return b.Section == section && b.Anchor == anchor
	})
}
