package nav

import (
	"fmt"
	"strconv"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/versus-dev/versus/knowledge"
)

// DigitWait is how long a typed digit waits for a second one, so that
// aspects 10 and up are one quick "1", "2" away.
const DigitWait = 900 * time.Millisecond

// Digits is the aspect number being typed. The zero Digits is ready.
type Digits struct {
	typed string
	seq   int // identifies the timer that may end the number
}

// digitTimeoutMsg ends the number being typed.
type digitTimeoutMsg struct{ seq int }

// Jump is where a typed digit goes.
type Jump struct {
	Section *knowledge.Section // nil: no such aspect, and Note says so
	// Replace says the jump corrects the one just made ("1" then "2"):
	// it leaves no trace in the history.
	Replace bool
	Note    string
	Wait    tea.Cmd // the timer for a second digit, or nil
}

// Type takes a digit typed on pack p. A digit soon after another extends
// the number when the pack has such an aspect. tick is tea.Tick, or a
// stand-in for tests.
func (d *Digits) Type(p *knowledge.Pack, digit string, tick func(time.Duration, func(time.Time) tea.Msg) tea.Cmd) Jump {
	if d.typed != "" {
		n := d.typed + digit
		d.typed = ""
		d.seq++
		if sec := aspect(p, n); sec != nil {
			return Jump{Section: sec, Replace: true}
		}
		return Jump{Note: "no aspect " + n}
	}
	sec := aspect(p, digit)
	if sec == nil {
		return Jump{Note: "no aspect " + digit}
	}
	d.seq++
	if longer(p, digit) {
		d.typed = digit
	}
	seq := d.seq
	return Jump{Section: sec, Wait: tick(DigitWait, func(time.Time) tea.Msg { return digitTimeoutMsg{seq} })}
}

// Update ends the number when its wait is over; it reports whether msg
// was the timer's.
func (d *Digits) Update(msg tea.Msg) bool {
	t, ok := msg.(digitTimeoutMsg)
	if ok && t.seq == d.seq {
		d.typed = ""
	}
	return ok
}

// Reset forgets the number being typed: another key came.
func (d *Digits) Reset() { d.typed = "" }

// Note is the status bar's note while a number is being typed: that
// another digit goes on with it; "" when none is.
func (d Digits) Note() string {
	if d.typed == "" {
		return ""
	}
	return fmt.Sprintf("aspect %s… (another digit for %s0 and up)", d.typed, d.typed)
}

// longer reports whether some aspect's number starts with prefix and is
// longer, so that another digit may follow.
func longer(p *knowledge.Pack, prefix string) bool {
	for _, s := range p.Aspects() {
		n := strconv.Itoa(s.Number)
		if len(n) > len(prefix) && n[:len(prefix)] == prefix {
			return true
		}
	}
	return false
}

// aspect returns the aspect numbered n, or nil.
func aspect(p *knowledge.Pack, n string) *knowledge.Section {
	v, err := strconv.Atoi(n)
	if err != nil || v <= 0 {
		return nil
	}
	for _, s := range p.Aspects() {
		if s.Number == v {
			return s
		}
	}
	return nil
}
