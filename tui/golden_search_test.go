package tui

import (
	"fmt"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/golden"
)

// TestGoldenSearchOverlay draws the search overlay over the reader at the
// smallest and the largest sizes the views are walked at: it must cover
// the screen whole, with no fragment of the page beside it.
func TestGoldenSearchOverlay(t *testing.T) {
	for _, sz := range [][2]int{{60, 20}, {200, 60}} {
		for name, query := range map[string]string{"empty": "", "results": "caffeine"} {
			t.Run(fmt.Sprintf("%s_%dx%d", name, sz[0], sz[1]), func(t *testing.T) {
				d := newDriver(t, Options{Pack: fixture(t)})
				d.send(tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
				d.keys("1", "/").typeText(query)
				checkFits(t, d.m.View().Content, sz[0], sz[1])
				golden.RequireEqual(t, d.screen())
			})
		}
	}
}
