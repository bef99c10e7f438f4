package tui

import (
	"strings"
	"sync"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/versus-dev/versus/knowledge/packtest"
	"github.com/versus-dev/versus/knowledge/search"
)

// runAsync runs cmd the way Bubble Tea does, in its own goroutine,
// expanding batches, and sends each message it produces to out.
func runAsync(cmd tea.Cmd, wg *sync.WaitGroup, out chan<- tea.Msg) {
	if cmd == nil {
		return
	}
	wg.Add(1)
	go func() {
		defer wg.Done()
		msg := cmd()
		if batch, ok := msg.(tea.BatchMsg); ok {
			for _, c := range batch {
				runAsync(c, wg, out)
			}
			return
		}
		if msg != nil {
			out <- msg
		}
	}()
}

// TestResponsiveDuringRender opens a section whose render takes a long
// time (a 1 MB line without spaces, the largest file the loader accepts)
// and types at the browser while the render runs: every key must be
// handled, and the view drawn, before the render is done, so the browser
// never freezes on a heavy section.
func TestResponsiveDuringRender(t *testing.T) {
	if testing.Short() {
		t.Skip("renders a megabyte")
	}
	pack := loadPack(t, packtest.PathologicalPack(strings.Repeat("x", 1_000_000)+"\n"))
	root := New(Options{Pack: pack, Index: search.New(pack), Style: "dark"})
	root.tick = noTick
	var m tea.Model = root
	msgs := make(chan tea.Msg, 1024)
	var wg sync.WaitGroup
	var cmd tea.Cmd
	m, cmd = m.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	runAsync(cmd, &wg, msgs)
	renders := make(chan struct{})
	go func() { wg.Wait(); close(renders) }()

	if v := m.View().Content; !strings.Contains(v, "rendering") {
		t.Fatalf("the render is not pending after a resize; view:\n%s", v)
	}
	keys := []tea.KeyPressMsg{
		{Code: 'j', Text: "j"}, {Code: 'k', Text: "k"}, {Code: tea.KeyTab}, {Code: '?', Text: "?"},
		{Code: tea.KeyEscape}, {Code: 'f', Text: "f"}, {Code: tea.KeyEscape}, {Code: 't', Text: "t"}, {Code: tea.KeyEscape},
	}
	handled := 0
	for range 20 {
		for _, k := range keys {
			m, _ = m.Update(k) // commands from these keys are not run: only the render is in flight
			_ = m.View()
			handled++
		}
	}
	select {
	case <-renders:
		t.Skip("the render finished before the keys were typed: this machine is too fast to show anything")
	default:
	}
	t.Logf("%d key presses handled while the render ran", handled)
	<-renders
	close(msgs)
	for msg := range msgs {
		m, _ = m.Update(msg)
	}
}
