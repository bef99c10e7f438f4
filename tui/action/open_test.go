package action

import (
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/versus-dev/versus/knowledge/packtest"
)

func TestCheckURL(t *testing.T) {
	for _, ok := range []string{
		"https://nodejs.org/en/about", "http://example.com", "HTTPS://EXAMPLE.COM/x?y=1#z", "mailto:ada@example.com",
	} {
		if err := CheckURL(ok); err != nil {
			t.Errorf("CheckURL(%q): %v", ok, err)
		}
	}
	for _, bad := range []string{
		"", "performance.md", "#memory", "//example.com/x", "javascript:alert(1)", "file:///etc/passwd",
		"ftp://example.com", "data:text/html,hi", "https://", "https:///path", "mailto:",
		"https://example.com/a b", "https://example.com/\x1b[2J", "-oProxyCommand=x", "https://exa\nmple.com",
	} {
		if err := CheckURL(bad); err == nil {
			t.Errorf("CheckURL(%q) accepted it", bad)
		}
	}
}

// opener is an Opener whose programs live in dir only.
func opener(dir string, kv ...string) Opener {
	return Opener{Getenv: env(kv...), LookPath: lookIn(dir), GOOS: "linux", Grace: time.Minute}
}

func TestOpenPassesTheURLAsOneArgument(t *testing.T) {
	dir := t.TempDir()
	browser := script(t, dir, "fakebrowser", "exit 0")
	// Shell syntax in a URL stays text: no shell ever sees it.
	url := "https://example.com/search?q=$(touch%20pwned)&x='y'`id`;rm"
	msg := opener(dir, "BROWSER", browser).Open(url)().(OpenedMsg)
	if msg.Err != nil {
		t.Fatal(msg.Err)
	}
	if got := recordedArgs(t, browser); !reflect.DeepEqual(got, []string{url}) {
		t.Errorf("browser got %q, want the URL alone", got)
	}
	if msg.Status() != "opened "+url {
		t.Errorf("status %q", msg.Status())
	}
	if _, err := os.Stat("pwned"); err == nil {
		t.Error("the URL was run by a shell")
	}
}

func TestOpenBrowserList(t *testing.T) {
	dir := t.TempDir()
	w3m := script(t, dir, "w3m", "exit 0")
	o := opener(dir, "BROWSER", "missing-browser --new:w3m -o x=%s -T text/html")
	if msg := o.Open("https://example.com")().(OpenedMsg); msg.Err != nil {
		t.Fatal(msg.Err)
	}
	want := []string{"-o", "x=https://example.com", "-T", "text/html"}
	if got := recordedArgs(t, w3m); !reflect.DeepEqual(got, want) {
		t.Errorf("args %q, want %q", got, want)
	}
}

func TestOpenFallsBackToTheLauncher(t *testing.T) {
	dir := t.TempDir()
	xdg := script(t, dir, "xdg-open", "exit 0")
	open := script(t, dir, "open", "exit 0")
	if msg := opener(dir).Open("mailto:ada@example.com")().(OpenedMsg); msg.Err != nil {
		t.Fatal(msg.Err)
	}
	if got := recordedArgs(t, xdg); !reflect.DeepEqual(got, []string{"mailto:ada@example.com"}) {
		t.Errorf("xdg-open got %q", got)
	}
	mac := opener(dir)
	mac.GOOS = "darwin"
	if msg := mac.Open("https://example.com")().(OpenedMsg); msg.Err != nil {
		t.Fatal(msg.Err)
	}
	if got := recordedArgs(t, open); !reflect.DeepEqual(got, []string{"https://example.com"}) {
		t.Errorf("open got %q", got)
	}
}

func TestOpenFailuresAreStatusMessages(t *testing.T) {
	dir := t.TempDir()
	failing := script(t, dir, "xdg-open", "echo 'xdg-open: no method available' >&2; exit 3")
	cases := map[string]struct {
		o    Opener
		url  string
		want string
	}{
		"refused scheme":   {opener(dir), "javascript:alert(1)", "not opened: versus opens only http, https and mailto links, not javascript"},
		"failing launcher": {opener(dir), "https://example.com", "not opened: xdg-open: exit status 3"},
		"no browser":       {opener(t.TempDir(), "BROWSER", "nothere"), "https://example.com", "not opened: no browser found (tried nothere, xdg-open); set $BROWSER"},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			if got := c.o.Open(c.url)().(OpenedMsg).Status(); got != c.want {
				t.Errorf("status %q, want %q", got, c.want)
			}
		})
	}
	if _, err := os.Stat(failing + ".args"); err != nil {
		t.Error("the failing launcher never ran")
	}
}

// TestOpenIsDetached: the browser has its own session, so no terminal,
// and its output goes to the null device, never to the screen; versus
// reports it opened without waiting for the browser to end.
func TestOpenIsDetached(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("reads /proc")
	}
	dir := t.TempDir()
	stop := filepath.Join(dir, "stop")
	report := filepath.Join(dir, "report")
	browser := script(t, dir, "browser", `echo noise; echo noise >&2
fds=$(readlink /proc/$$/fd/0 /proc/$$/fd/1 /proc/$$/fd/2)
{ echo "$fds"; awk '{print $6}' /proc/$$/stat; } > "`+report+`.tmp"
mv "`+report+`.tmp" "`+report+`"
while [ -d "`+dir+`" ] && [ ! -e "`+stop+`" ]; do sleep 0.05; done`)
	// The test's folder goes right after the stop file is written, maybe
	// before the browser looks: it ends when either is so, or it would
	// outlive the test (it did, dozens of times).
	t.Cleanup(func() { _ = os.WriteFile(stop, nil, 0o600) })
	o := opener(dir, "BROWSER", browser)
	o.Grace = 10 * time.Millisecond // the browser runs until the test ends
	if msg := o.Open("https://example.com")().(OpenedMsg); msg.Err != nil {
		t.Fatal(msg.Err)
	}
	var data []byte
	for deadline := time.Now().Add(packtest.Patience(t)); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		var err error
		if data, err = os.ReadFile(report); err == nil {
			break
		}
	}
	lines := strings.Fields(string(data))
	if len(lines) != 4 {
		t.Fatalf("report %q", data)
	}
	for i, fd := range lines[:3] {
		if fd != os.DevNull {
			t.Errorf("browser's fd %d is %s, want %s", i, fd, os.DevNull)
		}
	}
	stat, _ := os.ReadFile("/proc/self/stat")
	if mine := strings.Fields(string(stat[strings.LastIndexByte(string(stat), ')')+1:]))[3]; lines[3] == mine {
		t.Errorf("the browser shares versus's session %s", mine)
	}
}
