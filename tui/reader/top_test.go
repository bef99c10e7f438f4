package reader

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/charmbracelet/x/ansi"

	"github.com/versus-dev/versus/knowledge"
	"github.com/versus-dev/versus/markdown"
	"github.com/versus-dev/versus/tui/common"
	"github.com/versus-dev/versus/tui/theme"
)

// codePack is a pack of one section with headings and code blocks, long
// enough to scroll.
func codePack(t *testing.T) common.Common {
	t.Helper()
	var b strings.Builder
	b.WriteString("---\nid: guide\ntitle: Guide\nkind: aspect\nnumber: 1\n---\n\nIntro words.\n\n")
	b.WriteString("## Setup\n\nRunning is covered below.\n\n")
	// Paragraphs that wrap to several lines each: render lines and file
	// lines part ways.
	for range 10 {
		b.WriteString(strings.Repeat("Setup words wrap here. ", 8) + "\n")
	}
	b.WriteString("```python\nimport sys\nprint(sys.version)\n```\n\n")
	b.WriteString("## Running\n\n")
	for range 10 {
		b.WriteString(strings.Repeat("Running words wrap too. ", 8) + "\n\n")
	}
	b.WriteString("```sh\nnode app.js\n```\n\n## Last\n\nThe end.\n")
	fsys := fstest.MapFS{
		"pack.yaml": {Data: []byte("title: T\nsummary: S.\nas_of: 2025-01-15\nsubjects: [A, B]\nsections: [guide.md]\n")},
		"guide.md":  {Data: []byte(b.String())},
	}
	p, err := knowledge.Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	return common.Common{Pack: p, Renderer: markdown.New(0), Styles: theme.New(true, false), Style: "notty"}
}

func openGuide(t *testing.T, anchor string) Model {
	t.Helper()
	c := codePack(t)
	m := New(c)
	m.SetSize(60, 10)
	return deliver(t, m, m.Open(c.Pack.Section("guide"), anchor, ""))
}

func TestHeadingAtTopFollowsTheScroll(t *testing.T) {
	m := openGuide(t, "")
	if h, ok := m.HeadingAtTop(); ok {
		t.Errorf("at the top of the section: heading %q", h.Text)
	}
	m.vp.SetYOffset(m.doc.anchors["setup"] + 3)
	if h, ok := m.HeadingAtTop(); !ok || h.Anchor != "setup" {
		t.Errorf("under Setup: %+v %v", h, ok)
	}
	m.vp.SetYOffset(m.doc.anchors["running"])
	if h, ok := m.HeadingAtTop(); !ok || h.Anchor != "running" || h.Line == 0 {
		t.Errorf("on Running: %+v %v", h, ok)
	}
	// On the blank line above the heading: still Running.
	m.vp.SetYOffset(m.doc.anchors["running"] - 1)
	if h, _ := m.HeadingAtTop(); h.Anchor != "running" {
		t.Errorf("just above Running: %+v", h)
	}
	m.vp.SetYOffset(m.doc.anchors["running"] - 2)
	if h, _ := m.HeadingAtTop(); h.Anchor != "setup" {
		t.Errorf("two lines above Running: %+v", h)
	}
}

func TestHeadingAtTopKeepsTheHeadingLandedOn(t *testing.T) {
	// Last is near the end: the view stops short of putting it at the top.
	m := openGuide(t, "last")
	if m.doc.anchors["last"] == m.YOffset() {
		t.Fatal("the fixture's last heading reached the top; make the section longer")
	}
	if h, ok := m.HeadingAtTop(); !ok || h.Anchor != "last" {
		t.Errorf("opened at Last: %+v %v", h, ok)
	}
	m.vp.ScrollUp(1)
	if h, ok := m.HeadingAtTop(); !ok || h.Anchor != "running" {
		t.Errorf("scrolled up from Last: %+v %v", h, ok)
	}
}

func TestCodeBlockAtTop(t *testing.T) {
	m := openGuide(t, "")
	b, ok := m.CodeBlockAtTop()
	if !ok || b.Lang != "python" {
		t.Fatalf("at the top: %+v %v, want the python block below", b, ok)
	}
	m.vp.SetYOffset(m.doc.anchors["running"])
	if b, _ := m.CodeBlockAtTop(); b.Lang != "sh" || b.Code != "node app.js\n" {
		t.Errorf("after the python block: %+v, want the sh block", b)
	}
	// The python block's last line at the top: still that block.
	py, _, ok := m.doc.index.Find("print(sys.version)", 0, false)
	if !ok {
		t.Fatal("the python block's last line is not in the render")
	}
	m.vp.SetYOffset(py.Line())
	if b, _ := m.CodeBlockAtTop(); b.Lang != "python" {
		t.Errorf("on the python block's last line: %+v", b)
	}
	m.vp.GotoBottom()
	if b, _ := m.CodeBlockAtTop(); b.Lang != "sh" {
		t.Errorf("below every block: %+v, want the last one", b)
	}
}

func TestCodeBlockAtTopWithoutBlocks(t *testing.T) {
	c := testCommon(t)
	m := New(c)
	m.SetSize(60, 10)
	m = deliver(t, m, m.Open(c.Pack.Section("caffeine"), "", ""))
	if b, ok := m.CodeBlockAtTop(); ok {
		t.Errorf("a section without code gave %+v", b)
	}
}

// A heading's words met earlier in the prose do not take its place.
func TestHeadingIsFoundBelowTheSameWordsInProse(t *testing.T) {
	for _, style := range []string{"notty", "dark", "ascii"} {
		c := codePack(t)
		c.Style = style
		m := New(c)
		m.SetSize(60, 10)
		m = deliver(t, m, m.Open(c.Pack.Section("guide"), "", ""))
		line := ansi.Strip(m.doc.lines[m.doc.anchors["running"]])
		if !strings.Contains(line, "Running") || strings.Contains(line, "covered") {
			t.Errorf("%s: Running anchored on %q", style, line)
		}
	}
}
