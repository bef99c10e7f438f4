package cli

import (
	"testing"

	"github.com/charmbracelet/colorprofile"
)

// TestDetectedProfile: the profile lipgloss detected as it loaded
// (Env.Detected) raises a colour terminal's, so that the browser runs
// with it from its first frame and nothing is detected again (inside
// tmux, no second `tmux info`); colour off, or no terminal, stays as it
// was.
func TestDetectedProfile(t *testing.T) {
	truecolor := colorprofile.TrueColor
	for _, tc := range []struct {
		name     string
		terminal bool
		environ  []string
		detected *colorprofile.Profile
		want     colorprofile.Profile
	}{
		{"detected", true, []string{"TERM=xterm-256color"}, &truecolor, colorprofile.TrueColor},
		{"not detected", true, []string{"TERM=xterm-256color"}, nil, colorprofile.ANSI256},
		{"no colour", true, []string{"TERM=xterm-256color", "NO_COLOR=1"}, &truecolor, colorprofile.ASCII},
		{"a pipe", false, []string{"TERM=xterm-256color"}, &truecolor, colorprofile.NoTTY},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := &app{env: Env{
				Environ:    tc.environ,
				IsTerminal: func(any) bool { return tc.terminal },
				Detected:   tc.detected,
			}}
			if got := a.profile(); got != tc.want {
				t.Errorf("profile %v, want %v", got, tc.want)
			}
		})
	}
}
