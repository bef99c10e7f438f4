package textfind

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
)

// KeyMap holds the keys that act while a query is typed; every other key
// types into it.
type KeyMap struct {
	Done   key.Binding // keep the query and stop typing
	Cancel key.Binding // restore the query from before and stop typing
	Recall key.Binding // bring the last query back to edit, in an empty box
}

// Finder is an in-view query: the box it is typed in, its matches in the
// text shown, and the current one. A find starts empty, so that typing
// starts a new query; the last one is the placeholder, and Recall brings
// it back to edit.
type Finder struct {
	input   textinput.Model
	hint    string // the placeholder when there is nothing to recall
	active  bool
	query   string
	prev    string // the query to restore when a find is cancelled
	last    string // the last query found, offered by the next find
	matches []Hit
	current int // -1 for none
}

// New returns an idle finder whose empty box says hint.
func New(hint string) Finder {
	in := textinput.New()
	in.Prompt = "find: "
	in.Placeholder = hint
	in.CharLimit = 100
	return Finder{input: in, hint: hint, current: -1}
}

// SetStyles styles the box.
func (f *Finder) SetStyles(s textinput.Styles) { f.input.SetStyles(s) }

// SetWidth sets the width of the box's line.
func (f *Finder) SetWidth(w int) {
	f.input.SetWidth(max(1, w-lipgloss.Width(f.input.Prompt)-1))
}

// Active reports whether the query is being typed: every key is the
// finder's.
func (f Finder) Active() bool { return f.active }

// Query returns the query, as typed so far.
func (f Finder) Query() string { return f.query }

// CanRecall reports whether Recall has a query to bring back.
func (f Finder) CanRecall() bool { return f.active && f.last != "" }

// Matches returns the query's hits, in text order.
func (f Finder) Matches() []Hit { return f.matches }

// Current returns the index of the current match, -1 for none.
func (f Finder) Current() int { return f.current }

// Start opens the box, empty, with the last query as its placeholder.
func (f *Finder) Start() tea.Cmd {
	f.active = true
	f.prev = f.query
	if f.query != "" {
		f.last = f.query
	}
	f.input.SetValue("")
	f.input.Placeholder = f.hint
	if f.last != "" {
		f.input.Placeholder = f.last + " (↑ to edit)"
	}
	return f.input.Focus()
}

// Event is what a message did to the finder.
type Event struct {
	Changed bool // the query changed: search again
	Ended   bool // the box closed
}

// Update types a key or a paste into the box while it is open.
func (f *Finder) Update(msg tea.Msg, k KeyMap) (Event, tea.Cmd) {
	if !f.active {
		return Event{}, nil
	}
	if kp, ok := msg.(tea.KeyPressMsg); ok {
		switch {
		case key.Matches(kp, k.Done):
			f.end()
			return Event{Ended: true}, nil
		case key.Matches(kp, k.Cancel):
			changed := f.query != f.prev
			f.query = f.prev
			f.end()
			return Event{Changed: changed, Ended: true}, nil
		case key.Matches(kp, k.Recall) && f.input.Value() == "" && f.last != "":
			f.input.SetValue(f.last)
			f.input.CursorEnd()
			f.query = f.last
			return Event{Changed: true}, nil
		}
	}
	var cmd tea.Cmd
	f.input, cmd = f.input.Update(msg)
	if q := f.input.Value(); q != f.query {
		f.query = q
		return Event{Changed: true}, cmd
	}
	return Event{}, cmd
}

func (f *Finder) end() {
	f.active = false
	if f.query != "" {
		f.last = f.query
	}
	f.input.Blur()
}

// SetQuery sets the query without typing it (going back to a place, or
// clearing it); Search finds it.
func (f *Finder) SetQuery(q string) {
	f.query = q
	f.matches, f.current = nil, -1
}

// Search finds the query in x, with no current match yet; a nil index
// (nothing on screen yet) finds nothing.
func (f *Finder) Search(x *Index) {
	f.matches = nil
	if x != nil && strings.TrimSpace(f.query) != "" {
		f.matches = x.FindAll(f.query)
	}
	f.current = min(f.current, len(f.matches)-1)
}

// SetCurrent makes match i current, when there is one.
func (f *Finder) SetCurrent(i int) {
	if i >= -1 && i < len(f.matches) {
		f.current = i
	}
}

// First makes the first match on or below line current and returns it.
func (f *Finder) First(line int) (Hit, bool) {
	if len(f.matches) == 0 {
		return nil, false
	}
	f.current = 0
	for i, h := range f.matches {
		if h.Line() >= line {
			f.current = i
			break
		}
	}
	return f.matches[f.current], true
}

// Step moves to the next (dir > 0) or previous match and returns it. From
// a current match out of the view (lines y to y+height) it starts from
// the view.
func (f *Finder) Step(dir, y, height int) (Hit, bool) {
	n := len(f.matches)
	if n == 0 {
		return nil, false
	}
	switch {
	case f.current >= 0 && Visible(f.matches[f.current], y, height):
		f.current = (f.current + dir + n) % n
	case dir > 0:
		f.current = 0
		for i, h := range f.matches {
			if h.Line() >= y {
				f.current = i
				break
			}
		}
	default:
		f.current = n - 1
		for i := n - 1; i >= 0; i-- {
			if f.matches[i].Line() < y+height {
				f.current = i
				break
			}
		}
	}
	return f.matches[f.current], true
}

// CurrentHit returns the current match.
func (f Finder) CurrentHit() (Hit, bool) {
	if f.current < 0 || f.current >= len(f.matches) {
		return nil, false
	}
	return f.matches[f.current], true
}

// Marks are the matches to Paint: the current one in cur, the others in
// other.
func (f Finder) Marks(cur, other lipgloss.Style) []Mark {
	var out []Mark
	if h, ok := f.CurrentHit(); ok {
		out = append(out, Mark{h, cur})
	}
	for i, h := range f.matches {
		if i != f.current {
			out = append(out, Mark{h, other})
		}
	}
	return out
}

// Note says where the find stands, for a status line: "" without a query.
func (f Finder) Note() string {
	switch {
	case f.query == "":
		return ""
	case len(f.matches) == 0:
		return fmt.Sprintf("no match for %q", f.query)
	case f.current < 0:
		return fmt.Sprintf("%d matches", len(f.matches))
	}
	return fmt.Sprintf("match %d/%d", f.current+1, len(f.matches))
}

// View draws the box's line.
func (f Finder) View() string { return f.input.View() }

// Bindings are the find keys of every view that finds: the same keys
// everywhere, each view naming what it searches in Find's help. Views
// embed them in their KeyMap.
type Bindings struct {
	Find      key.Binding // open the find box
	NextMatch key.Binding
	PrevMatch key.Binding
	ClearFind key.Binding // forget the query, while the box is closed

	// Used while typing a query.
	FindDone, FindCancel, FindRecall key.Binding
}

// DefaultBindings returns the find keys, Find's help saying what.
func DefaultBindings(what string) Bindings {
	return Bindings{
		Find:       key.NewBinding(key.WithKeys("ctrl+f", ":"), key.WithHelp("ctrl+f", "find in "+what)),
		NextMatch:  key.NewBinding(key.WithKeys("n"), key.WithHelp("n", "next match")),
		PrevMatch:  key.NewBinding(key.WithKeys("N"), key.WithHelp("N", "previous match")),
		ClearFind:  key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "clear highlight")),
		FindDone:   key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "done")),
		FindCancel: key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "cancel")),
		FindRecall: key.NewBinding(key.WithKeys("up"), key.WithHelp("↑", "last query")),
	}
}

// Help is the keys of the open find box: done, cancel, and recall while
// there is a query to bring back.
func (f Finder) Help(k KeyMap) []key.Binding {
	out := []key.Binding{k.Done, k.Cancel}
	if f.CanRecall() {
		out = append(out, k.Recall)
	}
	return out
}

// Esc is what esc does while the box is closed: clear the query while
// there is one, else close, the view's own esc.
func (f Finder) Esc(clear, close key.Binding) key.Binding {
	if f.query != "" {
		return clear
	}
	return close
}

// Typing returns the keys that act while the query is typed, as they are
// enabled now.
func (b Bindings) Typing() KeyMap {
	return KeyMap{Done: b.FindDone, Cancel: b.FindCancel, Recall: b.FindRecall}
}
