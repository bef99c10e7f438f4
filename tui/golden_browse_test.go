package tui

import (
	"fmt"
	"os"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/versus-dev/versus/assets"
)

// browseSizes are the sizes the browse view is drawn at: two narrow (one
// pane at a time), a wide one with the reader under its measure, and one
// wide enough that the reader centres its measure and the list grows.
var browseSizes = [][2]int{{60, 20}, {80, 24}, {120, 40}, {200, 60}}

// TestGoldenBrowse draws the browse view of testdata/codepack: the list
// with one heading per group, an aspect with its number and summary, a
// tab-indented Go block, flags in inline code and wrapped list items, and
// a long title selected; and the default pack's list, taller than the
// pane, scrolled a row at a time and to the bottom. Compared
// with testdata/TestGoldenBrowse/*.golden; -update rewrites them.
func TestGoldenBrowse(t *testing.T) {
	down := make([]string, 20)
	for i := range down {
		down[i] = "j"
	}
	views := []struct {
		name    string
		builtIn bool // the default pack, whose list is taller than the pane
		steps   func(d *driver)
	}{
		{"list", false, func(*driver) {}},
		{"intro", false, func(d *driver) { d.keys("enter") }},
		{"code", false, func(d *driver) { d.keys("1") }},
		{"code_end", false, func(d *driver) { d.keys("1", "G") }},
		{"list_long_title", false, func(d *driver) { d.keys("1", "h") }},
		{"default_list_down20", true, func(d *driver) { d.keys(down...) }},
		{"default_list_bottom", true, func(d *driver) { d.keys("G") }},
	}
	for _, v := range views {
		for _, sz := range browseSizes {
			t.Run(fmt.Sprintf("%s_%dx%d", v.name, sz[0], sz[1]), func(t *testing.T) {
				p := loadPack(t, os.DirFS("testdata/codepack"))
				if v.builtIn {
					p = loadPack(t, assets.Pack())
				}
				d := newDriver(t, Options{Pack: p})
				d.send(tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
				v.steps(d)
				checkFits(t, d.m.View().Content, sz[0], sz[1])
				golden.RequireEqual(t, d.screen())
			})
		}
	}
}
