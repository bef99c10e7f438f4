//go:build linux || darwin

package tui_test

import (
	"encoding/base64"
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
	term.waitFor("copied ")
	term.mu.Lock()
	raw := term.raw.String()
	term.mu.Unlock()
	osc := regexp.MustCompile("\x1b\\]52;c;([A-Za-z0-9+/=]+)(?:\x07|\x1b\\\\)").FindStringSubmatch(raw)
	if osc == nil {
		t.Fatal("y wrote no OSC 52 sequence")
	}
	text, err := base64.StdEncoding.DecodeString(osc[1])
	if err != nil || !strings.HasPrefix(string(text), "# Performance and execution speed\n\n") || !strings.Contains(string(text), "V8") {
		t.Fatalf("OSC 52 carried %q (%v), not the section", text[:min(len(text), 80)], err)
	}

	term.send("m")
	term.waitFor("bookmarked: Performance and execution speed")
	term.send("q")
	term.waitExit()

	cmd := exec.Command(bin, "bookmarks")
	cmd.Env = append(cmd.Environ(), env...)
	out, err := cmd.CombinedOutput()
	if err != nil || !strings.HasPrefix(string(out), "performance  Performance and execution speed") {
		t.Fatalf("versus bookmarks: %v\n%s", err, out)
	}

	// A new browser opens on the section read last, and knows the bookmark.
	term = start(t, bin, 120, 40, env)
	term.waitFor("Performance and execution speed · ", "? help")
	term.send("m")
	term.waitFor("bookmark removed: Performance and execution speed")
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
