package searchview

import (
	"testing"

	"github.com/versus-dev/versus/tui/internal/tuitest"
)

// TestBuildIndex checks that the command carries an index of the pack and
// runs then once it is built.
func TestBuildIndex(t *testing.T) {
	p := tuitest.Pack(t)
	ran := false
	msg, ok := BuildIndex(p, func() { ran = true })().(IndexMsg)
	if !ok || msg.Index == nil || !ran {
		t.Fatalf("BuildIndex gave %#v, then ran %v", msg, ran)
	}
	if msg.Index.Fields() == 0 {
		t.Error("the index holds nothing of the pack")
	}
	if _, ok := BuildIndex(p, nil)().(IndexMsg); !ok {
		t.Error("BuildIndex without then gave no index")
	}
}
