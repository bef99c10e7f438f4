package action

import (
	"errors"
	"strings"
	"testing"

	"github.com/versus-dev/versus/knowledge"
	"github.com/versus-dev/versus/knowledge/watch"
)

func TestNextReload(t *testing.T) {
	results := make(chan watch.Result, 1)
	results <- watch.Result{Seq: 3, Pack: &knowledge.Pack{}}
	msg, ok := NextReload(results)().(ReloadedMsg)
	if !ok || msg.Seq != 3 || msg.Status() != "reloaded" {
		t.Fatalf("got %+v", msg)
	}
	close(results)
	if msg := NextReload(results)(); msg != nil {
		t.Errorf("after the watcher closed: %v", msg)
	}
	if NextReload(nil) != nil {
		t.Error("a wait without a watcher")
	}
}

func TestReloadedStatus(t *testing.T) {
	probs := knowledge.Problems{
		{File: "aspects/speed.md", Line: 4, Msg: "kind \"opinion\" is not one of overview, aspect"},
		{File: "pack.yaml", Line: 2, Msg: "x"},
	}
	if got, want := (ReloadedMsg{watch.Result{Problems: probs}}).Status(),
		`aspects/speed.md:4: kind "opinion" is not one of overview, aspect (and 1 more)`; got != want {
		t.Errorf("status %q, want %q", got, want)
	}
	if got := (ReloadedMsg{watch.Result{Problems: probs[:1]}}).Status(); got != probs[0].String() {
		t.Errorf("status %q", got)
	}
	if got := (ReloadedMsg{watch.Result{Err: errors.New("gone\x1b[2J")}}).Status(); got != "reload failed: gone^[[2J" {
		t.Errorf("status %q", got)
	}
}

// TestReloadWorse checks which reloads leave the pack on screen: one that
// failed, and one with more problems than it; one with as many (a dead
// link the pack opened with) goes through.
func TestReloadWorse(t *testing.T) {
	dead := knowledge.Problem{File: "a.md", Line: 3, Msg: "dead link"}
	onScreen := &knowledge.Pack{Problems: knowledge.Problems{dead}}
	for _, c := range []struct {
		r     watch.Result
		worse bool
	}{
		{watch.Result{}, true},
		{watch.Result{Pack: &knowledge.Pack{}, Err: errors.New("gone")}, true},
		{watch.Result{Pack: &knowledge.Pack{}, Problems: knowledge.Problems{dead, dead}}, true},
		{watch.Result{Pack: &knowledge.Pack{}, Problems: knowledge.Problems{dead}}, false},
		{watch.Result{Pack: &knowledge.Pack{}}, false},
	} {
		if got := (ReloadedMsg{c.r}).Worse(onScreen); got != c.worse {
			t.Errorf("%+v: worse %v, want %v", c.r, got, c.worse)
		}
	}
}

func TestAskReload(t *testing.T) {
	asked := 0
	if note := AskReload(func() { asked++ }); asked != 1 || note != "reloading…" {
		t.Errorf("watched: %d asked, %q", asked, note)
	}
	if note := AskReload(nil); !strings.Contains(note, "versus pack copy DIR") {
		t.Errorf("built in: %q", note)
	}
}
