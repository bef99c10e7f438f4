//go:build linux || darwin

package tui_test

import (
	"encoding/base64"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestBookmarkSurvivesARestart sets a bookmark, quits, and finds it again
// from the command line and from a new browser, which also opens where the
// first one was left. On the way, y must write the section to the
// terminal's clipboard with OSC 52.
func TestBookmarkSurvivesARestart(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	bin := buildVersus(t)
	env := []string{"XDG_STATE_HOME=" + t.TempDir()}

	term := start(t, bin, 120, 40, env, "open", "performance")
	term.waitFor("Performance and execution speed · ", "? help")
	term.send("y")
	// "copied" when a system clipboard tool took it too, "sent" when
	// OSC 52 was the only way.
	term.waitFor(": Performance and execution speed")
	text := lastOSC52(t, term)
	if !strings.HasPrefix(text, "# Performance and execution speed\n\n") || !strings.Contains(text, "V8") {
		t.Fatalf("OSC 52 carried %q, not the section", text[:min(len(text), 80)])
	}

	term.send("m")
	term.waitFor("bookmarked: Performance and execution speed")
	// At the bottom of the section the view is under one of its headings:
	// m bookmarks that heading too.
	term.send("G")
	term.send("m")
	term.waitFor("bookmarked: Performance and execution speed › ")
	term.send("q")
	term.waitExit()

	cmd := exec.Command(bin, "bookmarks", "--json")
	cmd.Env = append(cmd.Environ(), env...)
	out, err := cmd.CombinedOutput()
	var marks []struct{ ID, Anchor, Heading string }
	if err != nil || json.Unmarshal(out, &marks) != nil || len(marks) != 2 ||
		marks[0].ID != "performance" || marks[0].Anchor != "" || marks[1].ID != "performance" || marks[1].Anchor == "" {
		t.Fatalf("versus bookmarks --json: %v\n%s", err, out)
	}
	heading := marks[1].Heading

	// The overlay names the heading, and enter opens the section there.
	term = start(t, bin, 120, 40, env, "open", "overview")
	term.waitFor("? help")
	term.send("'")
	term.waitFor("Performance and execution speed › " + heading)
	term.send("j")
	term.send("\r")
	term.waitFor("Performance and execution speed · ")
	term.send("m")
	term.waitFor("bookmark removed: Performance and execution speed › " + heading[:min(len(heading), 5)])
	term.send("q")
	term.waitExit()

	cmd = exec.Command(bin, "bookmarks")
	cmd.Env = append(cmd.Environ(), env...)
	out, err = cmd.CombinedOutput()
	if err != nil || !strings.HasPrefix(string(out), "performance  Performance and execution speed\n") {
		t.Fatalf("versus bookmarks: %v\n%s", err, out)
	}

	// A new browser opens on the section read last, and knows the bookmark.
	term = start(t, bin, 120, 40, env)
	term.waitFor("Performance and execution speed · ", "? help")
	if strings.Contains(term.screen(), "Performance and execution speed · 0%") {
		t.Error("resumed at the top, not where the last run left off")
	}
	term.send("g") // above the first heading: m is about the section
	term.send("m")
	term.waitFor("bookmark removed: Performance and execution speed ")
	term.send("q")
	term.waitExit()

	// --fresh starts at the top.
	term = start(t, bin, 120, 40, env, "--fresh")
	term.waitFor("Node.js vs Python", "? help")
	if strings.Contains(term.screen(), "Performance and execution speed · ") {
		t.Error("--fresh resumed where the last run left off")
	}
	term.send("q")
	term.waitExit()
}

// TestTrailSurvivesARestartInATerminal walks from aspect to aspect, quits,
// starts versus again and goes back and forward along the same trail.
func TestTrailSurvivesARestartInATerminal(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	bin := buildVersus(t)
	env := []string{"XDG_STATE_HOME=" + t.TempDir()}
	const (
		perf    = "Performance and execution speed · "
		eco     = "Ecosystem, libraries and frameworks · "
		domains = "Application domains · "
	)

	term := start(t, bin, 120, 40, env, "open", "performance")
	term.waitFor(perf, "? help")
	term.send("5")
	term.waitFor(eco)
	term.send("8")
	term.waitFor(domains)
	term.send("\x7f") // ⌫: the domains aspect goes ahead
	term.waitFor(eco)
	term.send("q")
	term.waitExit()

	term = start(t, bin, 80, 24, env)
	term.waitFor(eco, "? help")
	term.send("\x7f")
	term.waitFor(perf)
	term.send("]")
	term.waitFor(eco)
	term.send("]")
	term.waitFor(domains)
	term.send("q")
	term.waitExit()
}

// TestLiveReload edits a file of a pack folder while versus shows it: the
// new text appears without a key press, and a file made invalid shows its
// FILE:LINE problem while the last good text stays.
func TestLiveReload(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	bin := buildVersus(t)
	dir := filepath.Join(t.TempDir(), "pack")
	if out, err := exec.Command(bin, "pack", "copy", dir).CombinedOutput(); err != nil {
		t.Fatalf("pack copy: %v\n%s", err, out)
	}
	term := start(t, bin, 120, 40, []string{"XDG_STATE_HOME=" + t.TempDir()}, "--pack", dir, "open", "performance")
	term.waitFor("Performance and execution speed · ", "? help")

	path := filepath.Join(dir, "performance.md")
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	end := strings.Index(string(src[4:]), "\n---\n") + 4 + len("\n---\n")
	edited := string(src[:end]) + "\nZEBRAWORD marks the edit.\n" + string(src[end:])
	if err := os.WriteFile(path, []byte(edited), 0o644); err != nil {
		t.Fatal(err)
	}
	term.waitFor("ZEBRAWORD marks the edit.", "reloaded")

	broken := strings.Replace(edited, "kind: aspect", "kind: opinion", 1)
	if err := os.WriteFile(path, []byte(broken), 0o644); err != nil {
		t.Fatal(err)
	}
	term.waitFor("performance.md:4: ", "ZEBRAWORD marks the edit.")
	term.send("q")
	term.waitExit()
}

// lastOSC52 is the text the last OSC 52 sequence the program wrote
// carried.
func lastOSC52(t *testing.T, term *terminal) string {
	t.Helper()
	term.mu.Lock()
	raw := term.raw.String()
	term.mu.Unlock()
	all := regexp.MustCompile("\x1b\\]52;c;([A-Za-z0-9+/=]+)(?:\x07|\x1b\\\\)").FindAllStringSubmatch(raw, -1)
	if all == nil {
		t.Fatal("no OSC 52 sequence written")
	}
	text, err := base64.StdEncoding.DecodeString(all[len(all)-1][1])
	if err != nil {
		t.Fatalf("OSC 52 payload: %v", err)
	}
	return string(text)
}

// TestShiftYSendsTheCodeBlock copies a code block of the built-in pack
// with Y: OSC 52 carries the block as the pack's file has it.
func TestShiftYSendsTheCodeBlock(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	bin := buildVersus(t)
	term := start(t, bin, 120, 40, []string{"XDG_STATE_HOME=" + t.TempDir()}, "open", "concurrency")
	term.waitFor("? help")
	term.send("Y")
	term.waitFor(": code block (")
	text := lastOSC52(t, term)
	src, err := os.ReadFile("../assets/pack/concurrency.md")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(src), "\n"+text) || strings.Contains(text, "```") {
		t.Errorf("Y sent %q, not a code block of concurrency.md", text)
	}
	term.send("q")
	term.waitExit()
}
