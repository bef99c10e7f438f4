package program

import (
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
)

// upgrading wraps a root model so that the program starts with the colour
// profile the environment gives (TERM, COLORTERM, NO_COLOR: no waiting)
// and moves up to a better one when Options.DetectProfile (terminfo, tmux)
// says the terminal has it, asked once the first screen is shown. Bubble Tea's own detection would ask both
// before the first frame, and inside tmux that is an exec of `tmux info`,
// tens of milliseconds on the path of every start.
//
// A better answer goes to the program as a tea.ColorProfileMsg, which sets
// its renderer's profile, and once that is done the screen is cleared and
// drawn again: cells already drawn keep the colours of the old profile
// until they change.
// The program also announces its starting profile with a
// tea.ColorProfileMsg of its own, sent at a moment the wrapper does not
// choose: one that would undo the upgrade is followed by the upgrade
// again.
type upgrading struct {
	inner  tea.Model
	detect func() colorprofile.Profile // Options.DetectProfile
	have   colorprofile.Profile        // the profile the program started with
	found  colorprofile.Profile        // the better profile detection found; 0 until then
	start  *Startup                    // detection waits until the first screen is shown
}

// profileFoundMsg carries what terminfo and tmux say of the terminal.
type profileFoundMsg struct{ profile colorprofile.Profile }

func (u upgrading) Init() tea.Cmd {
	return tea.Batch(u.inner.Init(), u.start.AfterShown(detectProfile(u.detect, u.have)))
}

func (u upgrading) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if found, ok := msg.(profileFoundMsg); ok {
		if found.profile <= max(u.have, u.found) {
			return u, nil
		}
		u.found = found.profile
		return u, announce(u.found)
	}
	var cmd tea.Cmd
	u.inner, cmd = u.inner.Update(msg)
	if p, ok := msg.(tea.ColorProfileMsg); ok && u.found > 0 {
		switch {
		case p.Profile < u.found:
			cmd = tea.Batch(cmd, announce(u.found))
		case p.Profile == u.found:
			// The renderer has the new profile now.
			cmd = tea.Batch(cmd, tea.ClearScreen)
		}
	}
	return u, cmd
}

func (u upgrading) View() tea.View { return u.inner.View() }

// announce gives the program colour profile p: Bubble Tea sets its
// renderer's profile on the way to Update.
func announce(p colorprofile.Profile) tea.Cmd {
	return func() tea.Msg { return tea.ColorProfileMsg{Profile: p} }
}

// detectProfile runs detect, the slow part of detecting the terminal's
// colours, off the first frame's path; nil when there is nothing to ask
// or nothing could be better than have: true colour already, or colour
// off.
func detectProfile(detect func() colorprofile.Profile, have colorprofile.Profile) tea.Cmd {
	if detect == nil || have >= colorprofile.TrueColor || have <= colorprofile.ASCII {
		return nil
	}
	return func() tea.Msg {
		if p := detect(); p > have {
			return profileFoundMsg{p}
		}
		return nil
	}
}
