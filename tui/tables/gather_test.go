package tables

import (
	"slices"
	"strings"
	"testing"

	"github.com/versus-dev/versus/tui/internal/tuitest"
)

// largePack has more sections than are gathered during a key press.
const largePack = syncGather + 100

// TestLargeMatrixIsGatheredInTheBackground opens the matrix of a pack too
// large to gather during a key press: the pane says it is gathering, and
// shows the rows once the command's message arrives.
func TestLargeMatrixIsGatheredInTheBackground(t *testing.T) {
	m := New(generatedPack(t, largePack), "")
	cmd := m.SetSize(120, 40)
	if cmd == nil {
		t.Fatal("no command to gather the matrix of a large pack")
	}
	if v := m.View(); !strings.Contains(v, "Gathering") {
		t.Errorf("while gathering the pane shows:\n%s", v)
	}
	m = tuitest.Settle(m, cmd)
	shown, total := m.RowCount()
	if total == 0 || shown != total || strings.Contains(m.View(), "Gathering") {
		t.Errorf("after gathering: %d of %d rows shown:\n%s", shown, total, m.View())
	}
}

// TestFilterTypedWhileGathering types a filter before the matrix arrives:
// the rows shown then are those the filter finds.
func TestFilterTypedWhileGathering(t *testing.T) {
	m := New(generatedPack(t, largePack), "")
	cmd := m.SetSize(120, 40)
	m = tuitest.TypeText(m, "cache clu")
	m = tuitest.Settle(m, cmd)
	want := filterRows(m.matrix, "cache clu")
	if len(want) == 0 || !slices.Equal(m.shown, want) {
		t.Errorf("shown %d rows, want the %d a fresh filter finds", len(m.shown), len(want))
	}
	m = tuitest.TypeText(m, "s")
	if want := filterRows(m.matrix, "cache clus"); !slices.Equal(m.shown, want) {
		t.Errorf("after one more key: shown %d rows, want %d", len(m.shown), len(want))
	}
}

// TestToggleOnLargePackKeepsTheRow switches a large pack's aspect table to
// the matrix: once gathered, the selected row is the one that was
// selected in the aspect table.
func TestToggleOnLargePackKeepsTheRow(t *testing.T) {
	c := generatedPack(t, largePack)
	m := New(c, "aspect-01000")
	m.SetSize(120, 40)
	m, _ = tuitest.Update(m, tuitest.Press("down"))
	before, _ := m.selected()
	m, cmd := tuitest.Update(m, tuitest.Press("tab"))
	if cmd == nil || m.Mode() != ModeMatrix {
		t.Fatalf("tab gave mode %v and no command to gather", m.Mode())
	}
	m = tuitest.Settle(m, cmd)
	after, ok := m.selected()
	if !ok || after.section != before.section || !slices.Equal(after.cells[1:], before.cells) {
		t.Errorf("selected %v in the matrix, want %v", after.cells, before.cells)
	}
}
