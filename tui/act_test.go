package tui

import (
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/versus-dev/versus/knowledge"
	"github.com/versus-dev/versus/knowledge/watch"
	"github.com/versus-dev/versus/tui/action"
	"github.com/versus-dev/versus/tui/common"
	"github.com/versus-dev/versus/tui/internal/tuitest"
	"github.com/versus-dev/versus/tui/memory"
)

// envOf is an environment made of key, value pairs.
func envOf(kv ...string) func(string) string {
	m := map[string]string{}
	for i := 0; i+1 < len(kv); i += 2 {
		m[kv[i]] = kv[i+1]
	}
	return func(k string) string { return m[k] }
}

// press sends a key and returns the messages its command gave, after
// feeding them back into the model.
func (d *driver) press(name string) []tea.Msg {
	d.t.Helper()
	next, cmd := d.m.Update(tuitest.Press(name))
	d.m = next.(Model)
	msgs := d.exec(cmd)
	for _, msg := range msgs {
		d.process(msg, 1)
	}
	return msgs
}

func TestYCopiesTheSectionAsOSC52(t *testing.T) {
	p := fixture(t)
	d := newDriver(t, Options{Pack: p, Start: "caffeine", Getenv: envOf("TERM", "xterm-256color")})
	d.send(tea.WindowSizeMsg{Width: 120, Height: 40})
	sec := p.Section("caffeine")
	var copied string
	for _, msg := range d.press("y") {
		// tea.SetClipboard's message, which Bubble Tea writes as OSC 52.
		if v := reflect.ValueOf(msg); reflect.TypeOf(msg).Name() == "setClipboardMsg" {
			copied = v.String()
		}
	}
	if want := "# " + sec.Title + "\n\n" + sec.Body; copied != want {
		t.Fatalf("y put %q on the clipboard, want the section's markdown", copied)
	}
	// "copied" with a system clipboard tool, "sent" with OSC 52 alone.
	if !strings.HasPrefix(d.m.note, "copied ") && !strings.HasPrefix(d.m.note, "sent ") || !strings.HasSuffix(d.m.note, ": Caffeine content") {
		t.Errorf("status %q", d.m.note)
	}
	if !strings.Contains(d.screen(), d.m.note) {
		t.Errorf("the status is not on screen:\n%s", d.screen())
	}
}

func TestYOnALinkCopiesItsURL(t *testing.T) {
	d := newDriver(t, Options{Pack: fixture(t), Start: "sources", Getenv: envOf("TERM", "xterm-256color")})
	d.send(tea.WindowSizeMsg{Width: 120, Height: 40})
	d.keys("tab")
	var copied string
	for _, msg := range d.press("y") {
		if reflect.TypeOf(msg).Name() == "setClipboardMsg" {
			copied = reflect.ValueOf(msg).String()
		}
	}
	if copied != "https://example.org/caffeine-survey" {
		t.Errorf("y on a link copied %q", copied)
	}
}

// fakeProgram writes an executable script recording its arguments.
func fakeProgram(t *testing.T, name string) (path, args string) {
	t.Helper()
	dir := t.TempDir()
	path = filepath.Join(dir, name)
	args = path + ".args"
	src := "#!/bin/sh\nprintf '%s\\n' \"$@\" > " + args + "\n"
	if err := os.WriteFile(path, []byte(src), 0o755); err != nil {
		t.Fatal(err)
	}
	return path, args
}

func TestOOpensTheFocusedLink(t *testing.T) {
	browser, args := fakeProgram(t, "browser")
	d := newDriver(t, Options{Pack: fixture(t), Start: "sources", Getenv: envOf("BROWSER", browser)})
	d.send(tea.WindowSizeMsg{Width: 120, Height: 40})
	d.press("o")
	if d.m.note != "select a web link first (tab)" {
		t.Errorf("o without a link: %q", d.m.note)
	}
	d.keys("tab")
	d.press("o")
	if d.m.note != "opened https://example.org/caffeine-survey" {
		t.Errorf("o on a link: status %q", d.m.note)
	}
	if got, _ := os.ReadFile(args); string(got) != "https://example.org/caffeine-survey\n" {
		t.Errorf("the browser got %q", got)
	}
}

func TestEEditsTheSectionFile(t *testing.T) {
	d := newDriver(t, Options{Pack: fixture(t), Start: "caffeine"})
	d.send(tea.WindowSizeMsg{Width: 120, Height: 40})
	d.press("e")
	if !strings.Contains(d.m.note, "read-only") || !strings.Contains(d.m.note, "versus pack copy") {
		t.Errorf("e on the built-in pack: %q", d.m.note)
	}

	editor, _ := fakeProgram(t, "vim")
	d = newDriver(t, Options{Pack: fixture(t), Start: "caffeine", PackDir: "testdata/pack", Getenv: envOf("VISUAL", editor)})
	d.send(tea.WindowSizeMsg{Width: 120, Height: 40})
	next, cmd := d.m.Update(tuitest.Press("e"))
	d.m = next.(Model)
	if cmd == nil || d.m.note != "" {
		t.Fatalf("e on a folder pack gave no editor command (status %q)", d.m.note)
	}
	// The command suspends the program for the editor: its message is
	// Bubble Tea's own.
	if msg := cmd(); reflect.TypeOf(msg).Name() != "execMsg" {
		t.Errorf("e gave %T, want tea.ExecProcess's message", msg)
	}

	d = newDriver(t, Options{Pack: fixture(t), Start: "caffeine", PackDir: "testdata/pack", Getenv: envOf("VISUAL", "/no/such/editor")})
	d.send(tea.WindowSizeMsg{Width: 120, Height: 40})
	d.press("e")
	if !strings.HasPrefix(d.m.note, "editor: cannot run /no/such/editor") {
		t.Errorf("e with a missing editor: %q", d.m.note)
	}
}

func TestMTogglesABookmarkAndSavesIt(t *testing.T) {
	store := memory.Store{Dir: t.TempDir()}
	mem := &Memory{Store: store, Key: "/packs/coffee"}
	d := newDriver(t, Options{Pack: fixture(t), Start: "caffeine", Memory: mem})
	d.send(tea.WindowSizeMsg{Width: 120, Height: 40})
	d.press("m")
	if d.m.note != "bookmarked: Caffeine content" {
		t.Errorf("status %q", d.m.note)
	}
	st, notice := store.Load(mem.Key)
	if notice != "" || !hasBookmark(st, "caffeine", "") {
		t.Fatalf("the bookmark was not saved: %+v %q", st, notice)
	}
	d.press("m")
	if st, _ := store.Load(mem.Key); d.m.note != "bookmark removed: Caffeine content" || len(st.Bookmarks) != 0 {
		t.Errorf("second m: status %q, saved %+v", d.m.note, st.Bookmarks)
	}

	// Without a state folder, m says why it does nothing.
	d = newDriver(t, Options{Pack: fixture(t), Start: "caffeine"})
	d.send(tea.WindowSizeMsg{Width: 120, Height: 40})
	d.press("m")
	if !strings.HasPrefix(d.m.note, "bookmarks are off") {
		t.Errorf("m without memory: %q", d.m.note)
	}
}

func TestActionKeysNeedAnOpenSection(t *testing.T) {
	d := newDriver(t, Options{Pack: fixture(t), Memory: &Memory{Store: memory.Store{Dir: t.TempDir()}, Key: "k"}})
	d.send(tea.WindowSizeMsg{Width: 120, Height: 40}) // the list has the focus
	for _, k := range []string{"y", "m", "e", "o"} {
		d.press(k)
		if d.m.note != "" {
			t.Errorf("%s in the list: status %q", k, d.m.note)
		}
	}
}

func TestResumeWhereTheLastRunLeftOff(t *testing.T) {
	p := fixture(t)
	mem := func(fresh bool) *Memory {
		return &Memory{
			Store: memory.Store{Dir: t.TempDir()}, Key: "k", Fresh: fresh,
			State: memory.State{Resume: &memory.Place{Section: "taste", Line: 20, Total: 40}},
		}
	}
	d := newDriver(t, Options{Pack: p, Memory: mem(false)})
	d.send(tea.WindowSizeMsg{Width: 80, Height: 12}) // the section does not fit
	if s := d.m.browse.Reader().Section(); s == nil || s.ID != "taste" || d.m.browse.Focus() != FocusReader {
		t.Fatalf("resumed on %v, want taste in the reader", s)
	}
	if off, total := d.m.browse.Reader().Position(); off == 0 {
		t.Errorf("resumed at the top of %d lines, not at the line left", total)
	}
	st := d.m.finalMemory()
	if st.Resume == nil || st.Resume.Section != "taste" || len(st.Recent) != 1 {
		t.Errorf("final memory %+v", st)
	}

	d = newDriver(t, Options{Pack: p, Memory: mem(true)})
	d.send(tea.WindowSizeMsg{Width: 120, Height: 40})
	if s := d.m.browse.Reader().Section(); s == nil || s.ID != p.Sections[0].ID {
		t.Errorf("--fresh opened %v, want the first section", s)
	}
	d = newDriver(t, Options{Pack: p, Start: "price", Memory: mem(false)})
	if s := d.m.browse.Reader().Section(); s == nil || s.ID != "price" {
		t.Errorf("a REF given opened %v, want price", s)
	}
}

// TestTrailSurvivesARestart walks from section to section, saves what the
// browser remembers as Run does, loads it in a new browser as versus does
// (pruned to the pack), and goes back and forward along the same trail.
func TestTrailSurvivesARestart(t *testing.T) {
	p := fixture(t)
	store := memory.Store{Dir: t.TempDir()}
	d := newDriver(t, Options{Pack: p, Start: "overview", Memory: &Memory{Store: store, Key: "k"}})
	d.send(tea.WindowSizeMsg{Width: 120, Height: 40})
	for _, id := range []string{"taste", "price", "brewing"} {
		d.send(common.OpenSectionMsg{ID: id})
	}
	d.keys("backspace") // brewing goes ahead, as ] will find it
	st := d.m.finalMemory()
	st.Back = append([]memory.Place{{Section: "gone"}}, st.Back...) // a section deleted since
	if err := store.Save("k", st); err != nil {
		t.Fatal(err)
	}

	loaded, notice := store.Load("k")
	loaded.Prune(p)
	d = newDriver(t, Options{Pack: p, Memory: &Memory{Store: store, Key: "k", State: loaded, Notice: notice}})
	d.send(tea.WindowSizeMsg{Width: 120, Height: 40})
	at := func(want string) {
		t.Helper()
		if s := d.m.browse.Reader().Section(); s == nil || s.ID != want {
			t.Fatalf("reader on %v, want %s", s, want)
		}
	}
	at("price")
	d.keys("backspace")
	at("taste")
	d.keys("[")
	at("overview")
	d.keys("backspace")
	if !strings.Contains(d.screen(), "nothing to go back to") {
		t.Errorf("the deleted section was not dropped from the trail:\n%s", d.screen())
	}
	for _, want := range []string{"taste", "price", "brewing"} {
		d.keys("]")
		at(want)
	}

	// A section asked for on the command line is a step on from the
	// place left: ⌫ goes back there.
	d = newDriver(t, Options{Pack: p, Start: "faq", Memory: &Memory{Store: store, Key: "k", State: loaded}})
	d.send(tea.WindowSizeMsg{Width: 120, Height: 40})
	at("faq")
	d.keys("backspace")
	at("price")
	d.keys("backspace")
	at("taste")
}

func TestMemoryNoticeIsShownOnce(t *testing.T) {
	d := newDriver(t, Options{Pack: fixture(t), Memory: &Memory{Store: memory.Store{Dir: t.TempDir()}, Key: "k", Notice: "saved state unusable; starting fresh"}})
	d.send(tea.WindowSizeMsg{Width: 120, Height: 40})
	if !strings.Contains(d.screen(), "starting fresh") {
		t.Errorf("notice not on screen:\n%s", d.screen())
	}
	d.keys("j")
	if strings.Contains(d.screen(), "starting fresh") {
		t.Error("the notice stayed after a key")
	}
}

// editedFixture is the fixture pack with one file's text replaced.
func editedFixture(t *testing.T, file, old, new string) *knowledge.Pack {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "pack")
	if err := os.CopyFS(dir, os.DirFS("testdata/pack")); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, file)
	src, err := os.ReadFile(path)
	if err != nil || !strings.Contains(string(src), old) {
		t.Fatalf("%s lacks %q", file, old)
	}
	if err := os.WriteFile(path, []byte(strings.Replace(string(src), old, new, 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	return loadPack(t, os.DirFS(dir))
}

func TestReloadShowsTheNewTextInPlace(t *testing.T) {
	d := newDriver(t, Options{Pack: fixture(t), Start: "caffeine"})
	d.send(tea.WindowSizeMsg{Width: 80, Height: 12})
	d.keys("j", "j", "j")
	before, _ := d.m.browse.Reader().Position()
	if before == 0 {
		t.Fatal("did not scroll")
	}
	edited := editedFixture(t, "caffeine.md", "public survey", "ZEBRA survey")
	d.send(action.ReloadedMsg{Result: watch.Result{Pack: edited, Seq: 1}})
	if d.m.note != "reloaded" {
		t.Errorf("status %q", d.m.note)
	}
	if off, _ := d.m.browse.Reader().Position(); off != before {
		t.Errorf("reload moved the view from line %d to %d", before, off)
	}
	d.keys("G")
	if !strings.Contains(d.screen(), "ZEBRA survey") {
		t.Errorf("the new text is not on screen:\n%s", d.screen())
	}
	if d.m.c.Pack != edited || d.m.browse.Reader().Section() != edited.Section("caffeine") {
		t.Error("the browser kept the old pack")
	}
}

func TestReloadWithAProblemKeepsTheLastGoodPack(t *testing.T) {
	p := fixture(t)
	d := newDriver(t, Options{Pack: p, Start: "caffeine"})
	d.send(tea.WindowSizeMsg{Width: 120, Height: 40})
	probs := knowledge.Problems{{File: "caffeine.md", Line: 4, Msg: `kind "opinion" is not one of overview, aspect, guide, faq, reference`}}
	d.send(action.ReloadedMsg{Result: watch.Result{Problems: probs, Seq: 1}})
	if !strings.Contains(d.screen(), "caffeine.md:4: kind") {
		t.Errorf("the problem is not in the status bar:\n%s", d.screen())
	}
	if d.m.c.Pack != p || !strings.Contains(d.screen(), "Caffeine content") {
		t.Error("the last good pack left the screen")
	}
}

func TestRReloads(t *testing.T) {
	asked := 0
	d := newDriver(t, Options{Pack: fixture(t), Start: "caffeine", Reload: func() { asked++ }})
	d.send(tea.WindowSizeMsg{Width: 120, Height: 40})
	d.press("r")
	if asked != 1 || d.m.note != "reloading…" {
		t.Errorf("r: %d reloads asked, status %q", asked, d.m.note)
	}
	d = newDriver(t, Options{Pack: fixture(t), Start: "caffeine"})
	d.send(tea.WindowSizeMsg{Width: 120, Height: 40})
	d.press("r")
	if !strings.HasPrefix(d.m.note, "the built-in pack never changes") {
		t.Errorf("r on the built-in pack: %q", d.m.note)
	}
}

func TestHelpListsTheActionKeys(t *testing.T) {
	d := newDriver(t, Options{Pack: fixture(t), Start: "caffeine", Reload: func() {}})
	d.send(tea.WindowSizeMsg{Width: 160, Height: 50})
	d.keys("?")
	for _, want := range []string{"copy section or link", "open link in browser", "edit section file", "copy code block at top", "bookmark heading at top", "reload pack"} {
		if !strings.Contains(d.screen(), want) {
			t.Errorf("help lacks %q:\n%s", want, d.screen())
		}
	}
}

func TestQuoteListsBookmarksAndRecent(t *testing.T) {
	store := memory.Store{Dir: t.TempDir()}
	mem := &Memory{Store: store, Key: "k", State: memory.State{Recent: []memory.Place{{Section: "price"}}}}
	d := newDriver(t, Options{Pack: fixture(t), Start: "caffeine", Memory: mem})
	d.send(tea.WindowSizeMsg{Width: 120, Height: 40})
	d.press("m")
	d.press("'")
	if d.m.Overlay() != OverlayBookmarks {
		t.Fatalf("' opened %v", d.m.Overlay())
	}
	screen := d.screen()
	for _, want := range []string{"Bookmarks", "› 1 Caffeine content", "Recent", "Price"} {
		if !strings.Contains(screen, want) {
			t.Errorf("the overlay lacks %q:\n%s", want, screen)
		}
	}
	// d deletes the bookmark under the cursor, and it is saved.
	d.press("d")
	if st, _ := store.Load("k"); len(st.Bookmarks) != 0 || !strings.Contains(d.screen(), "none yet") {
		t.Errorf("d did not delete the bookmark: saved %+v", st.Bookmarks)
	}
	// enter opens a recent section; the overlay closes.
	d.keys("j")
	d.press("enter")
	if d.m.Overlay() != OverlayNone || d.m.browse.Reader().Section().ID != "price" {
		t.Errorf("enter: overlay %v, section %s", d.m.Overlay(), d.m.browse.Reader().Section().ID)
	}
	d.press("'")
	d.press("esc")
	if d.m.Overlay() != OverlayNone {
		t.Error("esc did not close the overlay")
	}

	d = newDriver(t, Options{Pack: fixture(t), Start: "caffeine"})
	d.send(tea.WindowSizeMsg{Width: 120, Height: 40})
	d.press("'")
	if d.m.Overlay() != OverlayNone || !strings.HasPrefix(d.m.note, "bookmarks are off") {
		t.Errorf("' without memory: overlay %v, status %q", d.m.Overlay(), d.m.note)
	}
}

// clipboardOf is the text a command's messages put on the clipboard.
func clipboardOf(msgs []tea.Msg) (string, bool) {
	for _, msg := range msgs {
		// tea.SetClipboard's message, which Bubble Tea writes as OSC 52.
		if reflect.TypeOf(msg).Name() == "setClipboardMsg" {
			return reflect.ValueOf(msg).String(), true
		}
	}
	return "", false
}

func TestShiftYCopiesTheCodeBlockAtTheTop(t *testing.T) {
	p := editedFixture(t, "caffeine.md", "## Sleep\n",
		"```python\nprint(\"how much\")\n```\n\n## Sleep\n\n```sh\nsleep 8h\n```\n")
	d := newDriver(t, Options{Pack: p, Start: "caffeine", Getenv: envOf("TERM", "xterm-256color")})
	d.send(tea.WindowSizeMsg{Width: 80, Height: 12})
	got, ok := clipboardOf(d.press("Y"))
	if !ok || got != "print(\"how much\")\n" {
		t.Fatalf("Y at the top put %q on the clipboard, want the first block", got)
	}
	if !strings.HasSuffix(d.m.note, ": code block (python) from Caffeine content") {
		t.Errorf("status %q", d.m.note)
	}
	d.send(common.OpenSectionMsg{ID: "caffeine", Anchor: "sleep"})
	if got, _ := clipboardOf(d.press("Y")); got != "sleep 8h\n" {
		t.Errorf("Y under Sleep copied %q, want the block below the heading", got)
	}

	d.send(common.OpenSectionMsg{ID: "taste"})
	if _, ok := clipboardOf(d.press("Y")); ok || d.m.note != "Taste has no code block to copy" {
		t.Errorf("Y in a section without code: status %q", d.m.note)
	}
}

// execArgs are the arguments of the program a tea.ExecProcess command
// runs.
func execArgs(t *testing.T, msg tea.Msg) []string {
	t.Helper()
	v := reflect.ValueOf(msg)
	if v.Type().Name() != "execMsg" {
		t.Fatalf("%T, want tea.ExecProcess's message", msg)
	}
	// execMsg{cmd ExecCommand, …}; the ExecCommand wraps the *exec.Cmd.
	c := v.Field(0).Elem()
	for c.Kind() == reflect.Struct || c.Kind() == reflect.Pointer || c.Kind() == reflect.Interface {
		if c.Kind() == reflect.Struct {
			if args := c.FieldByName("Args"); args.IsValid() {
				out := make([]string, args.Len())
				for i := range out {
					out[i] = args.Index(i).String()
				}
				return out
			}
			c = c.Field(0)
			continue
		}
		c = c.Elem()
	}
	t.Fatalf("no arguments in %T", msg)
	return nil
}

func TestEEditsAtTheHeadingAtTheTop(t *testing.T) {
	editor, _ := fakeProgram(t, "vim")
	d := newDriver(t, Options{Pack: fixture(t), Start: "caffeine", PackDir: "testdata/pack", Getenv: envOf("VISUAL", editor)})
	d.send(tea.WindowSizeMsg{Width: 80, Height: 12})
	sec := d.m.c.Pack.Section("caffeine")
	edit := func() []string {
		next, cmd := d.m.Update(tuitest.Press("e"))
		d.m = next.(Model)
		if cmd == nil {
			t.Fatalf("e gave no command (status %q)", d.m.note)
		}
		return execArgs(t, cmd())
	}
	if args := edit(); args[1] != "+"+strconv.Itoa(sec.BodyLine) {
		t.Errorf("e at the top of the section: %q, want the body's first line %d", args, sec.BodyLine)
	}
	d.send(common.OpenSectionMsg{ID: "caffeine", Anchor: "sleep"})
	if args := edit(); args[1] != "+32" || !strings.HasSuffix(args[2], "caffeine.md") {
		t.Errorf("e under Sleep (line 32): %q", args)
	}
}

func TestMBookmarksTheHeadingAtTheTop(t *testing.T) {
	store := memory.Store{Dir: t.TempDir()}
	mem := &Memory{Store: store, Key: "k"}
	d := newDriver(t, Options{Pack: fixture(t), Start: "caffeine", Memory: mem})
	d.send(tea.WindowSizeMsg{Width: 80, Height: 12})
	d.send(common.OpenSectionMsg{ID: "caffeine", Anchor: "sleep"})
	d.press("m")
	if d.m.note != "bookmarked: Caffeine content › Sleep" {
		t.Errorf("status %q", d.m.note)
	}
	if st, _ := store.Load("k"); len(st.Bookmarks) != 1 || !hasBookmark(st, "caffeine", "sleep") {
		t.Fatalf("saved %+v", st.Bookmarks)
	}

	// The overlay names the heading, and enter goes back to it.
	d.keys("g")
	d.press("'")
	if !strings.Contains(d.screen(), "Caffeine content › Sleep") {
		t.Errorf("the overlay does not name the heading:\n%s", d.screen())
	}
	d.press("enter")
	if h, ok := d.m.browse.Reader().HeadingAtTop(); !ok || h.Anchor != "sleep" {
		t.Errorf("enter on the bookmark opened at %+v", h)
	}
	// m there again removes it, not another one.
	d.press("m")
	if st, _ := store.Load("k"); d.m.note != "bookmark removed: Caffeine content › Sleep" || len(st.Bookmarks) != 0 {
		t.Errorf("second m: status %q, saved %+v", d.m.note, st.Bookmarks)
	}
}

// A state file written before bookmarks named headings holds sections
// only: it loads, shows and opens as before.
func TestSectionOnlyBookmarkFileLoads(t *testing.T) {
	dir := t.TempDir()
	store := memory.Store{Dir: dir}
	old := `{"version": 1, "pack": "k", "bookmarks": [{"section": "taste", "added": "2026-11-30T10:00:00Z"}]}`
	if err := os.WriteFile(store.Path("k"), []byte(old), 0o600); err != nil {
		t.Fatal(err)
	}
	st, notice := store.Load("k")
	if notice != "" || !hasBookmark(st, "taste", "") {
		t.Fatalf("loaded %+v, notice %q", st, notice)
	}
	d := newDriver(t, Options{Pack: fixture(t), Start: "caffeine", Memory: &Memory{Store: store, Key: "k", State: st}})
	d.send(tea.WindowSizeMsg{Width: 120, Height: 40})
	d.press("'")
	if !strings.Contains(d.screen(), "› 2 Taste") {
		t.Errorf("the overlay lacks the bookmark:\n%s", d.screen())
	}
	d.press("enter")
	if s := d.m.browse.Reader().Section(); s == nil || s.ID != "taste" || d.m.browse.Reader().YOffset() != 0 {
		t.Errorf("enter opened %v", s)
	}
}

func TestYInTablesCopiesTheRow(t *testing.T) {
	d := newDriver(t, Options{Pack: fixture(t), Start: "caffeine", Getenv: envOf("TERM", "xterm-256color")})
	d.send(tea.WindowSizeMsg{Width: 120, Height: 40})
	d.keys("t")
	if d.m.mode != ModeTables {
		t.Fatalf("t opened %v", d.m.mode)
	}
	got, ok := clipboardOf(d.press("y"))
	if !ok || !strings.HasPrefix(got, "| Criterion | Tea | Coffee |\n| --- | --- | --- |\n| ") || strings.Count(got, "\n") != 3 {
		t.Errorf("y in the tables copied %q", got)
	}
	if !strings.Contains(d.m.note, `: row "`) || !strings.HasSuffix(d.m.note, " from Caffeine content") {
		t.Errorf("status %q", d.m.note)
	}
}

func TestReloadRefreshesTheViewOnScreen(t *testing.T) {
	d := newDriver(t, Options{Pack: fixture(t), Start: "caffeine"})
	d.send(tea.WindowSizeMsg{Width: 120, Height: 40})
	d.keys("t")
	d.send(action.ReloadedMsg{Result: watch.Result{Pack: editedFixture(t, "caffeine.md", "| 40 mg |", "| ZEBRA mg |"), Seq: 1}})
	if d.m.mode != ModeTables || !strings.Contains(d.screen(), "ZEBRA mg") {
		t.Errorf("the tables kept the old pack:\n%s", d.screen())
	}

	d.keys("f")
	d.send(action.ReloadedMsg{Result: watch.Result{Pack: editedFixture(t, "faq.md", "Coffee, usually", "ZEBRA, usually"), Seq: 2}})
	if d.m.mode != ModeFAQ || !strings.Contains(d.screen(), "ZEBRA, usually") {
		t.Errorf("the FAQ kept the old pack:\n%s", d.screen())
	}
}

// TestReloadReachesTheReaderOffScreen reloads while the tables are on
// screen: the reader, off screen then, shows the new text once esc comes
// back to it.
func TestReloadReachesTheReaderOffScreen(t *testing.T) {
	d := newDriver(t, Options{Pack: fixture(t), Start: "caffeine"})
	d.send(tea.WindowSizeMsg{Width: 120, Height: 40})
	d.keys("t")
	edited := editedFixture(t, "caffeine.md", "public survey", "ZEBRA survey")
	d.send(action.ReloadedMsg{Result: watch.Result{Pack: edited, Seq: 1}})
	d.keys("esc")
	wantMode(t, d, ModeBrowse, OverlayNone)
	if d.m.browse.Reader().Section() != edited.Section("caffeine") {
		t.Fatal("the reader came back with the old pack")
	}
	d.keys("G")
	if !strings.Contains(d.screen(), "ZEBRA survey") {
		t.Errorf("the new text is not on screen:\n%s", d.screen())
	}
}

// TestCopyGoesToTheGivenClipboard: Options.Clipboard takes the place of
// the system's clipboard tool, so that a copy never reaches a clipboard
// the caller did not give.
func TestCopyGoesToTheGivenClipboard(t *testing.T) {
	p := fixture(t)
	var got []string
	d := newDriver(t, Options{Pack: p, Start: "caffeine", Getenv: envOf("TERM", "xterm-256color"),
		Clipboard: func(s string) error { got = append(got, s); return nil }})
	d.send(tea.WindowSizeMsg{Width: 120, Height: 40})
	d.press("y")
	sec := p.Section("caffeine")
	if want := "# " + sec.Title + "\n\n" + sec.Body; len(got) != 1 || got[0] != want {
		t.Fatalf("the clipboard got %q, want the section once", got)
	}
	if !strings.HasPrefix(d.m.note, "copied ") {
		t.Errorf("status %q, want copied", d.m.note)
	}
}
