package tui

import (
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/versus-dev/versus/assets"
	"github.com/versus-dev/versus/knowledge"
	"github.com/versus-dev/versus/knowledge/search"
	"github.com/versus-dev/versus/tui/browse"
	"github.com/versus-dev/versus/tui/common"
	"github.com/versus-dev/versus/tui/internal/tuitest"
	"github.com/versus-dev/versus/tui/program"
)

// Benchmarks of what a user waits for, on the default pack at 120x40 unless
// named otherwise. A key press is measured as Update plus View: what the
// event loop does before the next frame. Commands run off the loop in the
// real program and are measured on their own (render, search).

// cpuPerOp reports the CPU time per operation since start (see cpuTime).
func cpuPerOp(b *testing.B, start int64) {
	if start > 0 {
		b.ReportMetric(float64(cpuTime()-start)/float64(b.N), "cpu-ns/op")
	}
}

// startupOver is a start-up already ended: the work it defers past the
// first screen (rendering the neighbouring sections) is dropped, since it
// runs off the loop in the real program and the driver would run it
// inline.
func startupOver() *program.Startup {
	s := program.NewStartup()
	s.End()
	return s
}

func defaultPack(b *testing.B) *knowledge.Pack {
	b.Helper()
	return loadPack(b, assets.Pack())
}

// BenchmarkFirstFrame is startup: loading the pack, indexing it, the root
// model, the first size and the first section rendered, and its view.
func BenchmarkFirstFrame(b *testing.B) {
	// The search index is built by a command that runs beside the first
	// frame (Init returns it when Options has none), so it is not on the
	// path measured here; BenchmarkNewDefault in knowledge/search has it.
	p0 := defaultPack(b)
	idx := search.New(p0)
	b.ReportAllocs()
	start := cpuTime()
	defer func() { cpuPerOp(b, start) }()
	for b.Loop() {
		p, err := knowledge.Load(assets.Pack())
		if err != nil {
			b.Fatal(err)
		}
		d := newDriver(b, Options{Pack: p, Index: idx, start: startupOver()})
		d.send(wide)
		if !d.m.Reader().Ready() {
			b.Fatal("reader not rendered")
		}
		_ = d.m.View()
	}
}

// BenchmarkFirstFrameLoaded is startup from a loaded, indexed pack: the
// browser's own share of BenchmarkFirstFrame.
func BenchmarkFirstFrameLoaded(b *testing.B) {
	p := defaultPack(b)
	idx := search.New(p)
	b.ReportAllocs()
	start := cpuTime()
	defer func() { cpuPerOp(b, start) }()
	for b.Loop() {
		d := newDriver(b, Options{Pack: p, Index: idx, start: startupOver()})
		d.send(wide)
		if !d.m.Reader().Ready() {
			b.Fatal("reader not rendered")
		}
		_ = d.m.View()
	}
}

// press measures one key press: Update, then View. Commands are dropped:
// the ones these keys return render off the loop or are cached already.
func press(b *testing.B, d *driver, keys ...string) {
	b.Helper()
	msgs := make([]tea.Msg, len(keys))
	for i, k := range keys {
		msgs[i] = tuitest.Press(k)
	}
	b.ReportAllocs()
	b.ResetTimer()
	start := cpuTime()
	i := 0
	for b.Loop() {
		next, _ := d.m.Update(msgs[i%len(msgs)])
		d.m = next.(Model)
		_ = d.m.View()
		i++
	}
	cpuPerOp(b, start)
}

// BenchmarkKeyList moves the list's cursor, which previews the section
// in the reader (from the cache after the first pass).
func BenchmarkKeyList(b *testing.B) {
	d := newDriver(b, Options{Pack: defaultPack(b)}).send(wide)
	d.keys("j", "j", "k", "k") // render both previews once
	press(b, d, "j", "k")
}

// BenchmarkKeyReader scrolls the reader.
func BenchmarkKeyReader(b *testing.B) {
	d := newDriver(b, Options{Pack: defaultPack(b), Start: "performance"}).send(wide)
	press(b, d, "j", "j", "k", "k")
}

// BenchmarkKeyReaderLink cycles the focused link, which redraws the
// highlighted lines.
func BenchmarkKeyReaderLink(b *testing.B) {
	d := newDriver(b, Options{Pack: defaultPack(b), Start: "architecture"}).send(wide)
	press(b, d, "tab")
}

// BenchmarkKeySearch types into the search overlay (the search itself
// runs in a command, measured by the search package).
func BenchmarkKeySearch(b *testing.B) {
	d := newDriver(b, Options{Pack: defaultPack(b)}).send(wide)
	d.keys("/").typeText("gil")
	press(b, d, "x", "backspace")
}

// BenchmarkSearchResults is the overlay receiving a result set and
// drawing it.
func BenchmarkSearchResults(b *testing.B) {
	d := newDriver(b, Options{Pack: defaultPack(b)}).send(wide)
	d.keys("/")
	next, cmd := d.m.Update(tuitest.Press("g"))
	d.m = next.(Model)
	msgs := d.exec(cmd)
	b.ReportAllocs()
	b.ResetTimer()
	start := cpuTime()
	defer func() { cpuPerOp(b, start) }()
	for b.Loop() {
		for _, msg := range msgs {
			next, _ := d.m.Update(msg)
			d.m = next.(Model)
		}
		_ = d.m.View()
	}
}

// BenchmarkOpenSectionFirst opens every section of the default pack with
// nothing cached: the glamour render (a command in the real program), then
// the update and view that show it. ns/op is per section; worst-ms is the
// slowest section's best time, so that one slow run on a busy machine
// does not count as the section's cost.
func BenchmarkOpenSectionFirst(b *testing.B) {
	p := defaultPack(b)
	best := map[string]int64{}
	b.ReportAllocs()
	start := cpuTime()
	i := 0
	for b.Loop() {
		s := p.Sections[i%len(p.Sections)]
		i++
		b.StopTimer()
		d := newDriver(b, Options{Pack: p, start: startupOver()}).send(wide)
		d.m.c.Renderer = freshRenderer()
		// Opened on another section: one already shown is not opened again.
		fresh := browse.New(d.m.c, p.Sections[i%len(p.Sections)])
		d.m.browse, d.m.body = &fresh, &fresh
		d.m.resize(wide.Width, wide.Height)
		b.StartTimer()
		t0 := nanotime()
		d.send(common.OpenSectionMsg{ID: s.ID})
		_ = d.m.View()
		if el := nanotime() - t0; best[s.ID] == 0 || el < best[s.ID] {
			best[s.ID] = el
		}
		if !d.m.Reader().Ready() {
			b.Fatal("not rendered")
		}
	}
	cpuPerOp(b, start)
	var worst int64
	for _, v := range best {
		worst = max(worst, v)
	}
	b.ReportMetric(float64(worst)/1e6, "worst-ms")
}

// BenchmarkOpenSectionCached goes back and forth between two rendered
// sections.
func BenchmarkOpenSectionCached(b *testing.B) {
	d := newDriver(b, Options{Pack: defaultPack(b)}).send(wide)
	d.send(common.OpenSectionMsg{ID: "performance"}, common.OpenSectionMsg{ID: "memory"})
	a, c := common.OpenSectionMsg{ID: "performance"}, common.OpenSectionMsg{ID: "memory"}
	b.ReportAllocs()
	b.ResetTimer()
	start := cpuTime()
	defer func() { cpuPerOp(b, start) }()
	i := 0
	for b.Loop() {
		msg := tea.Msg(a)
		if i%2 == 1 {
			msg = c
		}
		next, cmd := d.m.Update(msg)
		if cmd != nil {
			if m := cmd(); m != nil {
				b.Fatalf("a cached open returned %T", m)
			}
		}
		d.m = next.(Model)
		_ = d.m.View()
		i++
	}
}

// BenchmarkResize switches between two widths whose renders are cached,
// as a user dragging a window's edge back and forth does.
func BenchmarkResize(b *testing.B) {
	d := newDriver(b, Options{Pack: defaultPack(b), Start: "performance"}).send(wide)
	other := tea.WindowSizeMsg{Width: 110, Height: 36}
	d.send(other, wide)
	press2 := []tea.Msg{other, wide}
	b.ReportAllocs()
	b.ResetTimer()
	start := cpuTime()
	defer func() { cpuPerOp(b, start) }()
	i := 0
	for b.Loop() {
		next, _ := d.m.Update(press2[i%2])
		d.m = next.(Model)
		_ = d.m.View()
		i++
	}
}

// BenchmarkResizeUncached is a resize to a width never rendered: the
// update and view at once (the old render shown cut to the new width),
// then the render, in a command in the real program, and its view.
func BenchmarkResizeUncached(b *testing.B) {
	p := defaultPack(b)
	b.ReportAllocs()
	start := cpuTime()
	for b.Loop() {
		b.StopTimer()
		d := newDriver(b, Options{Pack: p, Start: "performance", start: startupOver()}).send(wide)
		b.StartTimer()
		d.send(tea.WindowSizeMsg{Width: 110, Height: 40})
		_ = d.m.View()
	}
	cpuPerOp(b, start)
}
