package action

import (
	"errors"
	"fmt"
	"net/url"
	"os/exec"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"
)

// Opener opens URLs in the user's browser.
type Opener struct {
	Getenv   func(string) string
	LookPath func(string) (string, error) // exec.LookPath in versus
	GOOS     string                       // runtime.GOOS in versus: "open" on darwin, else xdg-open

	// Grace is how long a launcher is watched for a quick failure (xdg-open
	// finding no handler exits at once). A browser still running after it
	// has opened the page as far as versus can tell.
	Grace time.Duration
}

// DefaultGrace is Opener.Grace in versus.
const DefaultGrace = 1500 * time.Millisecond

// OpenedMsg reports an attempt to open a URL.
type OpenedMsg struct {
	URL string
	Err error
}

// Status is the sentence for the status bar.
func (m OpenedMsg) Status() string {
	if m.Err != nil {
		return "not opened: " + m.Err.Error()
	}
	return "opened " + m.URL
}

// CheckURL accepts only what is safe to hand a browser from a pack:
// absolute http and https URLs with a host, and mailto addresses.
func CheckURL(raw string) error {
	if strings.ContainsFunc(raw, func(r rune) bool { return r <= ' ' || r == 0x7f }) {
		return errors.New("the link holds spaces or control characters")
	}
	u, err := url.Parse(raw)
	if err != nil {
		return fmt.Errorf("not a URL: %w", err)
	}
	switch strings.ToLower(u.Scheme) {
	case "http", "https":
		if u.Host == "" {
			return fmt.Errorf("%s link without a host", u.Scheme)
		}
	case "mailto":
		if u.Opaque == "" {
			return errors.New("mailto link without an address")
		}
	case "":
		return errors.New("not a web link")
	default:
		return fmt.Errorf("versus opens only http, https and mailto links, not %s", u.Scheme)
	}
	return nil
}

// Open opens raw in the browser, detached from versus: the browser gets
// no terminal, its output goes nowhere, and closing versus leaves it
// running. The command reports with an OpenedMsg.
func (o Opener) Open(raw string) tea.Cmd {
	return func() tea.Msg {
		return OpenedMsg{URL: raw, Err: o.open(raw)}
	}
}

func (o Opener) open(raw string) error {
	if err := CheckURL(raw); err != nil {
		return err
	}
	cmd, err := o.Command(raw)
	if err != nil {
		return err
	}
	detach(cmd)
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("%s: %w", cmd.Args[0], err)
	}
	done := make(chan error, 1) // Wait reaps the process whenever it ends
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			return fmt.Errorf("%s: %w", cmd.Args[0], err)
		}
	case <-time.After(o.Grace):
	}
	return nil
}

// Command is the command that opens raw: the first program of $BROWSER
// that can be found, else open on macOS and xdg-open elsewhere. $BROWSER
// is a colon-separated list of commands; in each, %s stands for the URL,
// which is added as the last argument when there is no %s.
func (o Opener) Command(raw string) (*exec.Cmd, error) {
	var tried []string
	if browsers := o.Getenv("BROWSER"); browsers != "" {
		for _, entry := range strings.Split(browsers, ":") {
			argv := browserArgs(entry, raw)
			if len(argv) == 0 {
				continue
			}
			if path, err := o.LookPath(argv[0]); err == nil {
				return command(path, argv), nil
			}
			tried = append(tried, argv[0])
		}
	}
	launcher := "xdg-open"
	if o.GOOS == "darwin" {
		launcher = "open"
	}
	if path, err := o.LookPath(launcher); err == nil {
		return command(path, []string{launcher, raw}), nil
	}
	tried = append(tried, launcher)
	return nil, fmt.Errorf("no browser found (tried %s); set $BROWSER", strings.Join(tried, ", "))
}

// browserArgs splits one $BROWSER entry into arguments and places the URL.
func browserArgs(entry, raw string) []string {
	argv := strings.Fields(entry)
	placed := false
	for i, a := range argv {
		if strings.Contains(a, "%s") {
			argv[i] = strings.ReplaceAll(a, "%s", raw)
			placed = true
		}
	}
	if len(argv) > 0 && !placed {
		argv = append(argv, raw)
	}
	return argv
}

// command runs path with the argument list argv (argv[0] its name),
// with nothing on its standard streams: exec connects them to the null
// device.
func command(path string, argv []string) *exec.Cmd {
	return &exec.Cmd{Path: path, Args: argv}
}
