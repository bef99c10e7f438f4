//go:build linux || darwin

package tui_test

import (
	"os"
	"path/filepath"
	"testing"
)

// TestEndToEndMarkdown opens what people have rather than packs: a pack
// with a dead link, a docs folder without pack.yaml, and a single README.
// Each opens in the browser at once, problems and all.
func TestEndToEndMarkdown(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	bin := buildVersus(t)

	pack := t.TempDir()
	for name, body := range map[string]string{
		"pack.yaml": "title: Dead ends\nsummary: S\nsubjects: [A, B]\nas_of: 2025-01-01\nsections: [one.md, two.md]\n",
		"one.md":    "---\nid: one\ntitle: First page\nkind: guide\n---\n\nRead [the lost page](lost.md) first.\n",
		"two.md":    "---\nid: two\ntitle: Second page\nkind: guide\n---\n\nFine.\n",
	} {
		if err := os.WriteFile(filepath.Join(pack, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Run("pack with a dead link", func(t *testing.T) {
		term := start(t, bin, 100, 30, nil, "--pack", pack)
		term.waitFor("Dead ends", "First page", "Second page", "the lost page (broken link)", "1 problem")
		term.send("!")
		term.waitFor(`one.md:7: link to missing file "lost.md"`)
		term.send("q")
		term.waitExit()
	})
	t.Run("docs folder", func(t *testing.T) {
		term := start(t, bin, 100, 30, nil, "../knowledge/testdata/hugo")
		term.waitFor("hugo", "Documentation", "Configuration", "Install on macOS")
		term.send("q")
		term.waitExit()
	})
	t.Run("README", func(t *testing.T) {
		term := start(t, bin, 100, 30, nil, "../knowledge/testdata/readme/README.md")
		term.waitFor("Quill", "Installation", "Frequently asked questions")
		term.send("q")
		term.waitExit()
	})
}
