//go:build linux

package main

import (
	"bufio"
	"fmt"
	"image/color"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/charmbracelet/x/vt"
	"github.com/creack/pty"
)

// BenchmarkStartup measures what a person feels when versus starts: the
// time from launching the built binary in a pseudo-terminal to the moment
// the section's text is on the screen, against the floor of the same
// process doing nothing (`--version`): the difference is versus's own
// start-up work. It also measures `versus show` from launch to exit, and
// the resident memory shortly after the first content.
//
// The terminal is an emulator that answers what a real one answers (the
// device attributes, the background colour). Each program runs in three
// terminals: a bare one (TERM=xterm-256color), one with TMUX pointing at a
// private tmux server, so that the colour profile's `tmux info` query is
// on the path it would be inside tmux, and a 16-colour one (TERM=xterm).
//
// Beside versus it always launches stackfloor (./internal/stackfloor),
// the least a program on the same stack can do to show the same file: a
// bubbles viewport over one glamour render. Its own start-up work is
// what the stack costs (Bubble Tea's terminal set-up and first frame,
// the render); what versus takes beyond it is versus's.
//
// To compare in the same run, name other binaries in the environment:
// VERSUS_BENCH_BEFORE, a versus built from an earlier commit, and
// VERSUS_BENCH_GLOW, glow built from its own sources outside this
// repository, run as `glow -t FILE` and `glow FILE`.
//
//	VERSUS_BENCH_GLOW=/path/to/glow go test -run '^$' -bench Startup -benchtime 9x ./cmd/versus
//
// The programs take turns within each terminal. The figures, named after
// the program, are medians over b.N launches: ms-floor (--version, launch
// to exit), ms-first (launch to first content), ms-own (their difference),
// ms-print (show, launch to exit), the processor time the process used for
// each (cpu-ms-*: on a busy machine they vary far less than the clock),
// the page faults taken by then (faults-*), MB-rss (and its anonymous
// and file-mapped parts, MB-rss-anon and MB-rss-file), and blank, the
// launches whose document never appeared.
//
// VERSUS_BENCH_PROFILE=DIR builds versus with the benchprofile tag
// instead: each of its browser launches writes an execution trace and a
// CPU profile of its start-up into DIR/TERMINAL (see benchprofile.go);
// `go tool pprof -top BIN DIR/bare/cpu-*.pprof` adds them up. Recording
// slows the program, so its figures are not to be compared.
func BenchmarkStartup(b *testing.B) {
	const section = "performance"
	file, err := filepath.Abs(filepath.Join("..", "..", "assets", "pack", section+".md"))
	if err != nil {
		b.Fatal(err)
	}
	marker, err := firstWords(file, 3)
	if err != nil {
		b.Fatal(err)
	}
	type program struct {
		name                string
		bin                 string
		version, tui, print []string
	}
	bin, profiles := buildVersus(b), os.Getenv("VERSUS_BENCH_PROFILE")
	if profiles != "" {
		bin = buildProfiled(b)
	}
	progs := []program{
		{"versus", bin, []string{"--version"}, []string{section}, []string{"show", section}},
		{"stackfloor", buildStackFloor(b), []string{"--version"}, []string{"-t", file}, []string{file}},
	}
	if before := os.Getenv("VERSUS_BENCH_BEFORE"); before != "" {
		progs = append(progs, program{"versus-before", before, progs[0].version, progs[0].tui, progs[0].print})
	}
	if glow := os.Getenv("VERSUS_BENCH_GLOW"); glow != "" {
		progs = append(progs, program{"glow", glow, []string{"--version"}, []string{"-t", file}, []string{file}})
	}
	terminals := []struct {
		name string
		env  []string
	}{
		{"bare", []string{"TERM=xterm-256color"}},
		{"tmux", append([]string{"TERM=tmux-256color"}, fakeTmux(b)...)},
		{"xterm16", []string{"TERM=xterm"}},
	}
	for _, tm := range terminals {
		if tm.name == "tmux" && len(tm.env) == 1 {
			continue // no tmux on this machine
		}
		b.Run(tm.name, func(b *testing.B) {
			env := append([]string{"HOME=" + b.TempDir(), "PATH=" + os.Getenv("PATH")}, tm.env...)
			tuiEnv := env
			if profiles != "" {
				dir := filepath.Join(profiles, tm.name)
				if err := os.MkdirAll(dir, 0o755); err != nil {
					b.Fatal(err)
				}
				tuiEnv = append(slices.Clone(env), "VERSUS_PROFILE_DIR="+dir)
			}
			got := make([]launches, len(progs))
			for b.Loop() {
				// The programs take turns, so that a change in the
				// machine's load falls on all of them alike.
				for i, p := range progs {
					g := &got[i]
					v := launch(b, p.bin, p.version, env, "", 0)
					g.floor, g.cpuFloor = append(g.floor, ms(v.exit)), append(g.cpuFloor, ms(v.exitCPU))
					g.faultsFloor = append(g.faultsFloor, float64(v.exitFaults))
					e := env
					if p.name == "versus" {
						e = tuiEnv
					}
					r := launch(b, p.bin, p.tui, e, marker, 500*time.Millisecond)
					if r.first == 0 {
						g.blank++
						if g.screen == "" {
							g.screen = r.screen
						}
					} else {
						g.first, g.cpuFirst = append(g.first, ms(r.first)), append(g.cpuFirst, ms(r.firstCPU))
						g.faultsFirst = append(g.faultsFirst, float64(r.firstFaults))
					}
					g.rss = append(g.rss, float64(r.rss.total)/1024)
					g.rssAnon = append(g.rssAnon, float64(r.rss.anon)/1024)
					g.rssFile = append(g.rssFile, float64(r.rss.file)/1024)
					s := launch(b, p.bin, p.print, env, "", 0)
					g.print, g.cpuPrint = append(g.print, ms(s.exit)), append(g.cpuPrint, ms(s.exitCPU))
					g.faultsPrint = append(g.faultsPrint, float64(s.exitFaults))
				}
			}
			b.ReportMetric(0, "ns/op")
			for i, p := range progs {
				got[i].report(b, p.name)
			}
			// Last, as the benchmark's log keeps only its first lines.
			for i, p := range progs {
				if got[i].screen != "" {
					b.Logf("%s: the screen of its first blank launch:\n%s", p.name, got[i].screen)
				}
			}
		})
	}
}

// launches is what the launches of one program in one terminal measured.
type launches struct {
	floor, first, print, rss, rssAnon, rssFile, cpuFloor, cpuFirst, cpuPrint []float64
	faultsFloor, faultsFirst, faultsPrint                                    []float64
	blank                                                                    int
	screen                                                                   string // of the first blank launch
}

// report gives the medians as metrics named after the program, and as a
// line of the benchmark's log.
func (l launches) report(b *testing.B, name string) {
	m := []struct {
		unit string
		v    float64
	}{
		{"ms-floor", median(l.floor)},
		{"ms-first", median(l.first)},
		{"ms-own", median(l.first) - median(l.floor)},
		{"ms-print", median(l.print)},
		{"cpu-ms-floor", median(l.cpuFloor)},
		{"cpu-ms-first", median(l.cpuFirst)},
		{"cpu-ms-own", median(l.cpuFirst) - median(l.cpuFloor)},
		{"cpu-ms-print", median(l.cpuPrint)},
		{"faults-floor", median(l.faultsFloor)},
		{"faults-first", median(l.faultsFirst)},
		{"faults-own", median(l.faultsFirst) - median(l.faultsFloor)},
		{"faults-print", median(l.faultsPrint)},
		{"MB-rss", median(l.rss)},
		{"MB-rss-anon", median(l.rssAnon)},
		{"MB-rss-file", median(l.rssFile)},
		{"blank", float64(l.blank)},
	}
	line := fmt.Sprintf("%-14s", name)
	for _, x := range m {
		b.ReportMetric(x.v, name+"-"+x.unit)
		line += fmt.Sprintf(" %s %.1f", x.unit, x.v)
	}
	b.Log(line)
}

// buildStackFloor builds ./internal/stackfloor into a folder the
// benchmark removes.
func buildStackFloor(b *testing.B) string {
	b.Helper()
	bin := filepath.Join(b.TempDir(), "stackfloor")
	if out, err := exec.Command("go", "build", "-o", bin, "./internal/stackfloor").CombinedOutput(); err != nil {
		b.Fatalf("build stackfloor: %v\n%s", err, out)
	}
	return bin
}

// buildProfiled builds versus with the benchprofile tag into a folder
// the benchmark removes.
func buildProfiled(b *testing.B) string {
	b.Helper()
	bin := filepath.Join(b.TempDir(), "versus")
	if out, err := exec.Command("go", "build", "-tags", "benchprofile", "-o", bin, ".").CombinedOutput(); err != nil {
		b.Fatalf("build versus -tags benchprofile: %v\n%s", err, out)
	}
	return bin
}

// launchResult is what one launch measured.
type launchResult struct {
	first time.Duration // launch to the marker on screen; 0 if it never came
	exit  time.Duration // launch to exit, for commands that end by themselves
	// The processor time the process had used by then: on a busy machine
	// it varies far less than the time on the clock.
	firstCPU, exitCPU time.Duration
	// The page faults the process had taken by then: on a virtual machine
	// each can cost as much as microseconds of work, and memory touched
	// for the first time is where much of a start-up's time goes.
	firstFaults, exitFaults int
	rss                     resident // settle after the first content
	screen                  string   // what was on screen when the marker never came
}

// launch runs bin with args in a 120×40 pseudo-terminal read by an
// emulator that answers the program's queries. With a marker, it waits for
// the marker on screen (3 s at most), reads the resident set settle later
// and quits with q; without one, it waits for the program to exit.
func launch(b *testing.B, bin string, args, env []string, marker string, settle time.Duration) launchResult {
	b.Helper()
	const cols, rows = 120, 40
	emu := vt.NewEmulator(cols, rows)
	emu.SetDefaultBackgroundColor(color.Black)
	cmd := exec.Command(bin, args...)
	cmd.Env = env
	var first, exit, firstCPU, exitCPU time.Duration
	var firstFaults, exitFaults int
	seen := make(chan struct{})
	var once sync.Once
	start := time.Now()
	f, err := pty.StartWithSize(cmd, &pty.Winsize{Rows: rows, Cols: cols})
	if err != nil {
		b.Skipf("no pseudo-terminal: %v", err)
	}
	var mu sync.Mutex
	go func() { // the program's output into the emulator, watched for the marker
		buf := make([]byte, 64*1024)
		for {
			n, err := f.Read(buf)
			if n > 0 {
				mu.Lock()
				_, _ = emu.Write(buf[:n])
				if marker != "" && first == 0 && strings.Contains(emu.String(), marker) {
					once.Do(func() {
						first = time.Since(start)
						firstCPU = cpuTime(cmd.Process.Pid)
						firstFaults = faults(cmd.Process.Pid)
						close(seen)
					})
				}
				mu.Unlock()
			}
			if err != nil {
				return
			}
		}
	}()
	go func() { _, _ = io.Copy(f, emu) }() // the emulator's answers to the program's queries
	exited := make(chan struct{})
	go func() {
		_ = cmd.Wait()
		exit = time.Since(start)
		if cmd.ProcessState != nil {
			exitCPU = cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
			if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
				exitFaults = int(ru.Minflt + ru.Majflt)
			}
		}
		close(exited)
	}()
	var res launchResult
	if marker == "" {
		select {
		case <-exited:
		case <-time.After(10 * time.Second):
			b.Errorf("%s %q did not exit", bin, args)
		}
	} else {
		select {
		case <-seen:
			time.Sleep(settle)
		case <-time.After(3 * time.Second):
			// A blank launch: what the screen showed says why.
			mu.Lock()
			res.screen = strings.TrimSpace(emu.String())
			if res.screen == "" {
				res.screen = "(nothing)"
			}
			mu.Unlock()
		}
		res.rss = rss(cmd.Process.Pid)
		_, _ = f.WriteString("q")
		select {
		case <-exited:
		case <-time.After(2 * time.Second):
		}
	}
	_ = cmd.Process.Kill()
	<-exited
	_ = f.Close()
	_ = emu.Close()
	mu.Lock()
	res.first, res.firstCPU, res.firstFaults = first, firstCPU, firstFaults
	mu.Unlock()
	res.exit, res.exitCPU, res.exitFaults = exit, exitCPU, exitFaults
	return res
}

// cpuTime is the processor time the threads of process pid have run so
// far, from the scheduler's nanosecond counters; 0 if it cannot be read.
func cpuTime(pid int) time.Duration {
	tasks, _ := filepath.Glob(fmt.Sprintf("/proc/%d/task/*/schedstat", pid))
	var sum time.Duration
	for _, t := range tasks {
		b, err := os.ReadFile(t)
		if err != nil {
			continue
		}
		f := strings.Fields(string(b))
		if len(f) == 0 {
			continue
		}
		n, _ := strconv.ParseInt(f[0], 10, 64)
		sum += time.Duration(n)
	}
	return sum
}

// faults reads the page faults process pid has taken so far (minor and
// major, all its threads); 0 if it cannot.
func faults(pid int) int {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0
	}
	// The command name, in parentheses, may hold spaces: count the
	// fields after it. minflt and majflt are fields 10 and 12.
	i := strings.LastIndexByte(string(b), ')')
	if i < 0 {
		return 0
	}
	f := strings.Fields(string(b[i+1:]))
	if len(f) < 10 {
		return 0
	}
	minflt, _ := strconv.Atoi(f[7])
	majflt, _ := strconv.Atoi(f[9])
	return minflt + majflt
}

// resident is a process's resident set in KiB: all of it, the anonymous
// part (heap, stacks, zeroed data such as go-runewidth's 2 MB width table)
// and the part mapped from files (chiefly the binary's own pages, which
// grow with its size). Zero where it cannot be read.
type resident struct{ total, anon, file int }

// rss reads the resident set of process pid.
func rss(pid int) resident {
	var r resident
	f, err := os.Open(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return r
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		name, v, ok := strings.Cut(sc.Text(), ":")
		if !ok {
			continue
		}
		n, _ := strconv.Atoi(strings.TrimSuffix(strings.TrimSpace(v), " kB"))
		switch name {
		case "VmRSS":
			r.total = n
		case "RssAnon":
			r.anon = n
		case "RssFile":
			r.file = n
		}
	}
	return r
}

// fakeTmux starts a tmux server on a private socket and returns the TMUX
// setting that points at it, so that `tmux info` answers as it does
// inside tmux; nil when tmux is not installed.
func fakeTmux(b *testing.B) []string {
	b.Helper()
	tmux, err := exec.LookPath("tmux")
	if err != nil {
		return nil
	}
	sock := filepath.Join(b.TempDir(), "tmux.sock")
	if out, err := exec.Command(tmux, "-S", sock, "-f", "/dev/null", "new-session", "-d", "-x", "80", "-y", "24").CombinedOutput(); err != nil {
		b.Logf("no tmux server: %v %s", err, out)
		return nil
	}
	b.Cleanup(func() { _ = exec.Command(tmux, "-S", sock, "kill-server").Run() })
	return []string{"TMUX=" + sock + ",0,0"}
}

// firstWords returns the first n words of the first paragraph of the
// markdown file, which both readers show near the top of the section.
func firstWords(file string, n int) (string, error) {
	src, err := os.ReadFile(file)
	if err != nil {
		return "", err
	}
	lines := strings.Split(string(src), "\n")
	if len(lines) > 0 && lines[0] == "---" {
		if end := slices.Index(lines[1:], "---"); end >= 0 {
			lines = lines[end+2:]
		}
	}
	for _, l := range lines {
		words := strings.Fields(l)
		if len(words) < n || !isWord(words[0]) {
			continue
		}
		ok := true
		for _, w := range words[:n] {
			ok = ok && isWord(w)
		}
		if ok {
			return strings.Join(words[:n], " "), nil
		}
	}
	return "", fmt.Errorf("%s: no paragraph starting with %d plain words", file, n)
}

// isWord reports whether w is a word with no markdown markup in it.
func isWord(w string) bool {
	for _, r := range w {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune(".,'-", r)) {
			return false
		}
	}
	return w != ""
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

func median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}
