package tui

import (
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/versus-dev/versus/markdown"
	"github.com/versus-dev/versus/tui/action"
	"github.com/versus-dev/versus/tui/browse"
	"github.com/versus-dev/versus/tui/common"
	"github.com/versus-dev/versus/tui/compare"
	"github.com/versus-dev/versus/tui/faq"
	"github.com/versus-dev/versus/tui/frame"
	"github.com/versus-dev/versus/tui/internal/compose"
	"github.com/versus-dev/versus/tui/keys"
	"github.com/versus-dev/versus/tui/memory"
	"github.com/versus-dev/versus/tui/nav"
	"github.com/versus-dev/versus/tui/overlay"
	"github.com/versus-dev/versus/tui/statusbar"
	"github.com/versus-dev/versus/tui/theme"
)

// Model is the root model.
type Model struct {
	opts   Options
	keys   keys.KeyMap
	env    action.Env // what the reader's actions need from the process
	c      common.Common
	isDark bool

	geo frame.Geometry // the terminal's size and where everything sits

	mode   Mode
	status statusbar.Model

	// The pane filling the body. Browse mode's pane lives as long as the
	// model, and the FAQ is kept aside while closed, to come back with its
	// selection; the others are made when their mode opens and dropped
	// when it closes. A pane that is not in the body gets no messages.
	body     common.Pane
	browse   *browse.Model
	keptFAQ  *faq.Model
	overlays overlay.Stack // dialogs over the screen

	trail      nav.Trail[stop] // views left, for esc, ⌫ and ] (stop: trail.go)
	lastSearch string          // the search overlay's last query, offered again by /

	note string // a message for the status bar, cleared by the next key

	mem memory.State // what is remembered of the pack (see Memory)

	// The screen under an overlay, kept while only the overlay changes.
	under   *compose.Base
	baseGen int // bumped by every message that may change the panes

	holds keys.Holds // what the pack holds, for enabling keys

	digits nav.Digits // aspect number being typed

	// tick is tea.Tick; tests swap it, since they run commands inline.
	tick func(time.Duration, func(time.Time) tea.Msg) tea.Cmd
}

// New returns the root model for o, opened on o.Start or the first section.
// It draws nothing until it receives the terminal's size.
func New(o Options) Model {
	m := Model{opts: o, keys: keys.DefaultKeyMap(), isDark: true, tick: tea.Tick, under: &compose.Base{}}
	m.env = action.Env{Getenv: o.Getenv, PackDir: o.PackDir, Clipboard: o.Clipboard}
	m.c = common.Common{
		Pack:       o.Pack,
		Index:      o.Index,
		Renderer:   markdown.New(markdown.DefaultCacheSize),
		AfterShown: o.start.AfterShown,
		Measure:    o.Width,
	}
	m.c.Styles, m.c.Style = theme.Pick(m.opts.Style, m.isDark, m.opts.NoColor)
	m.status = statusbar.New(m.c.Styles)
	m.setupKeys()
	b := browse.New(m.c, o.Pack.Section(o.Start))
	m.browse, m.body = &b, &b
	m.startMemory(o)
	if o.Compare[0] != "" && o.Compare[1] != "" {
		if cm, err := compare.NewView(m.c, o.Compare[0], o.Compare[1]); err != nil {
			m.note = err.Error()
		} else {
			m.mode, m.body = ModeCompare, &cm // rendered once the size is known
		}
	}
	m.updateKeys()
	return m
}

// Init asks the terminal for its background colour; the answer arrives as
// a tea.BackgroundColorMsg, if ever, and nothing waits for it. Without an
// index in Options it also starts building one, and with a watcher it
// waits for the pack's first reload.
func (m Model) Init() tea.Cmd {
	if m.c.Index == nil && m.c.Pack != nil {
		return tea.Batch(tea.RequestBackgroundColor, m.buildIndex(), action.NextReload(m.opts.Reloads))
	}
	return tea.Batch(tea.RequestBackgroundColor, action.NextReload(m.opts.Reloads))
}

// retheme rebuilds the shared context after the background changed and
// hands it to every pane on screen.
func (m *Model) retheme() tea.Cmd {
	m.c.Styles, m.c.Style = theme.Pick(m.opts.Style, m.isDark, m.opts.NoColor)
	return m.setCommon()
}

// setCommon hands the shared context to every pane on screen.
func (m *Model) setCommon() tea.Cmd {
	m.status.SetStyles(m.c.Styles)
	return tea.Batch(m.body.SetCommon(m.c), m.overlays.SetCommon(m.c))
}

// resize lays the screen out for a new terminal size. Only the root reads
// tea.WindowSizeMsg; the panes on screen get their sizes from here.
func (m *Model) resize(w, h int) tea.Cmd {
	m.geo = frame.New(max(0, w), max(0, h))
	m.status.SetWidth(m.geo.W)
	if m.geo.TooSmall {
		return nil
	}
	b := m.geo.Body
	return tea.Batch(m.body.SetSize(b.W, b.H), m.overlays.SetSizes(m.area))
}
