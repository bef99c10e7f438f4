package tui

import (
	"bytes"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/versus-dev/versus/tui/frame"
	"github.com/versus-dev/versus/tui/internal/tuitest"
	"github.com/versus-dev/versus/tui/program"
	"github.com/versus-dev/versus/tui/searchview"
)

// TestPrerenderIsWhatTheFirstFrameNeeds checks that the render prepare
// starts before the program runs is the one the reader asks for once the
// terminal's size arrives: with it done, the section is on screen at the
// first size message, with no render left to wait for.
func TestPrerenderIsWhatTheFirstFrameNeeds(t *testing.T) {
	pack := tuitest.DefaultPack(t)
	for _, size := range [][2]int{{120, 40}, {80, 24}, {200, 60}} {
		w, h := size[0], size[1]
		cold := New(Options{Pack: pack, Start: "performance"})
		next, _ := cold.Update(tea.WindowSizeMsg{Width: w, Height: h})
		if next.(Model).Reader().Ready() {
			t.Fatalf("%dx%d: the reader was ready with nothing rendered", w, h)
		}

		m := New(Options{Pack: pack, Start: "performance"})
		g := frame.New(w, h)
		work := m.browse.Prerender(g.Body.W, g.Body.H)
		if work == nil {
			t.Fatalf("%dx%d: nothing to prerender", w, h)
		}
		work()
		next, _ = m.Update(tea.WindowSizeMsg{Width: w, Height: h})
		if !next.(Model).Reader().Ready() {
			t.Errorf("%dx%d: the prerendered section was not used by the first frame", w, h)
		}
	}
}

// TestFirstScreenComesFirst checks the order of the start-up: the search
// index and the neighbouring sections' renders, which nothing on the first
// screen needs, wait until the frame showing the section has been written
// to the terminal, and then run; a frame written earlier (before the size
// is known, or while the section renders) does not release them.
func TestFirstScreenComesFirst(t *testing.T) {
	s := program.NewStartup()
	defer s.End()
	var term bytes.Buffer
	out := s.Output(&term)
	var m tea.Model = New(Options{Pack: tuitest.DefaultPack(t), Start: "performance", start: s})
	d := &driver{t: t}
	frame := func() {
		_ = m.View()
		if _, err := out.Write([]byte("frame")); err != nil {
			t.Fatal(err)
		}
	}
	shown := func() bool {
		select {
		case <-s.Shown():
			return true
		default:
			return false
		}
	}
	background := func(cmd tea.Cmd) <-chan []tea.Msg {
		ch := make(chan []tea.Msg, 1)
		go func() { ch <- d.exec(cmd) }()
		return ch
	}

	index := background(m.Init())
	frame()
	if shown() {
		t.Fatal("released by a frame drawn before the terminal's size was known")
	}
	var cmd tea.Cmd
	m, cmd = m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	frame()
	if shown() {
		t.Fatal("released by a frame drawn while the section was rendering")
	}
	var prefetch <-chan []tea.Msg
	for _, msg := range d.exec(cmd) {
		m, cmd = m.Update(msg)
		if prefetch == nil && cmd != nil {
			prefetch = background(cmd)
		}
	}
	if !m.(Model).Reader().Ready() || prefetch == nil {
		t.Fatal("the section's render did not arrive, or started no prefetch")
	}
	select {
	case <-index:
		t.Fatal("the search index was built before the first screen was shown")
	case <-prefetch:
		t.Fatal("the neighbours were rendered before the first screen was shown")
	default:
	}
	_ = m.View() // drawn, not yet written
	if shown() {
		t.Fatal("released before the frame was written")
	}
	frame()
	if !shown() {
		t.Fatal("the frame showing the section did not release the background work")
	}
	var built bool
	for _, msg := range <-index {
		_, built = msg.(searchview.IndexMsg)
		if built {
			break
		}
	}
	if !built {
		t.Error("no search index after the first screen")
	}
	<-prefetch
}
