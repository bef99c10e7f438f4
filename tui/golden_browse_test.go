package tui

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"testing/fstest"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/golden"
)

// browseSizes are the sizes the browse view is drawn at: two narrow (one
// pane at a time), a wide one with the reader under its measure, and one
// wide enough that the reader centres its measure and the list grows.
var browseSizes = [][2]int{{60, 20}, {80, 24}, {120, 40}, {200, 60}}

// TestGoldenBrowse draws the browse view of testdata/codepack: the list
// with one heading per group, an aspect with its number and summary, a
// tab-indented Go block, flags in inline code and wrapped list items, and
// a long title selected; and tallPack's list, taller than the pane
// below 200x60, scrolled a row at a time and to the bottom. Compared
// with testdata/TestGoldenBrowse/*.golden; -update rewrites them.
func TestGoldenBrowse(t *testing.T) {
	down := make([]string, 20)
	for i := range down {
		down[i] = "j"
	}
	views := []struct {
		name  string
		tall  bool // tallPack, whose list is taller than the pane
		steps func(d *driver)
	}{
		{"list", false, func(*driver) {}},
		{"intro", false, func(d *driver) { d.keys("enter") }},
		{"code", false, func(d *driver) { d.keys("1") }},
		{"code_end", false, func(d *driver) { d.keys("1", "G") }},
		{"list_long_title", false, func(d *driver) { d.keys("1", "h") }},
		{"tall_list_down20", true, func(d *driver) { d.keys(down...) }},
		{"tall_list_bottom", true, func(d *driver) { d.keys("G") }},
	}
	for _, v := range views {
		for _, sz := range browseSizes {
			t.Run(fmt.Sprintf("%s_%dx%d", v.name, sz[0], sz[1]), func(t *testing.T) {
				p := loadPack(t, os.DirFS("testdata/codepack"))
				if v.tall {
					p = loadPack(t, tallPack())
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

// tallPack is a pack of 40 sections whose kinds come back after others,
// as the default pack's do: two overviews, 30 aspects, a guide, a third
// overview, a second guide, an FAQ and references.
func tallPack() fstest.MapFS {
	fsys := fstest.MapFS{}
	var files []string
	add := func(id, title, kind string, number int) {
		num := ""
		if number > 0 {
			num = fmt.Sprintf("number: %d\n", number)
		}
		body := "Text of " + title + ".\n"
		if kind == "faq" {
			body = "## What is " + title + "?\n\nA question.\n"
		}
		fsys[id+".md"] = &fstest.MapFile{Data: []byte(fmt.Sprintf(
			"---\nid: %s\ntitle: %s\nkind: %s\n%ssummary: About %s.\n---\n\n%s", id, title, kind, num, title, body))}
		files = append(files, "  - "+id+".md")
	}
	add("glance", "At a glance", "overview", 0)
	add("origins", "Origins", "overview", 0)
	for i := 1; i <= 30; i++ {
		add(fmt.Sprintf("aspect%d", i), fmt.Sprintf("Aspect number %d of the comparison", i), "aspect", i)
	}
	add("choosing", "How to choose", "guide", 0)
	add("adopters", "Who uses which", "overview", 0)
	add("takeaways", "Takeaways", "guide", 0)
	add("faq", "FAQ", "faq", 0)
	add("references", "References", "reference", 0)
	fsys["pack.yaml"] = &fstest.MapFile{Data: []byte("title: Tall\nsummary: A pack taller than the list.\n" +
		"subjects: [A, B]\nas_of: 2025-01-01\nsections:\n" + strings.Join(files, "\n") + "\n")}
	return fsys
}
