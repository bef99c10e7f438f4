package faq

import (
	"strings"
	"testing"

	"github.com/versus-dev/versus/knowledge"
	"github.com/versus-dev/versus/tui/internal/tuitest"
)

// editedAnswer is a new version of the fixture pack with FAQ answer i
// replaced.
func editedAnswer(t *testing.T, i int, answer string) *knowledge.Pack {
	t.Helper()
	p := tuitest.Pack(t)
	for _, s := range p.Sections {
		if i < len(s.FAQ) {
			s.FAQ[i].Answer = answer
			return p
		}
		i -= len(s.FAQ)
	}
	t.Fatalf("the fixture has no FAQ entry %d", i)
	return nil
}

func TestReloadShowsTheNewAnswerInPlace(t *testing.T) {
	m := open(t, tuitest.Common(t), 80, 24)
	m, cmd := tuitest.Update(m, tuitest.Press("down"))
	m = tuitest.Settle(m, cmd)

	// A render of the old version, still on its way, must not win.
	stale := tuitest.Run(m.SetSize(70, 24))
	cmd = m.SetCommon(tuitest.CommonFor(editedAnswer(t, 1, "ZEBRA answer.")))
	for _, msg := range stale {
		m, _ = tuitest.Update(m, msg)
	}
	if m.shown.Width == 70 {
		t.Error("a render of the old pack was taken after the reload")
	}
	if v := tuitest.Plain(m.View()); !strings.Contains(v, "The one your team or your course already uses") {
		t.Errorf("the old answer left the screen before the new one arrived:\n%s", v)
	}
	m = tuitest.Settle(m, cmd)
	if v := tuitest.Plain(m.View()); m.Selected() != 1 || !strings.Contains(v, "ZEBRA answer.") {
		t.Errorf("after reload, question %d:\n%s", m.Selected()+1, v)
	}
}

func TestReloadWithFewerQuestionsKeepsASelection(t *testing.T) {
	m := open(t, tuitest.Common(t), 80, 24)
	m, _ = tuitest.Update(m, tuitest.Press("end"))
	p := tuitest.Pack(t)
	for _, s := range p.Sections {
		if len(s.FAQ) > 1 {
			s.FAQ = s.FAQ[:1]
		}
	}
	m = tuitest.Settle(m, m.SetCommon(tuitest.CommonFor(p)))
	if n := len(p.FAQ()); m.Selected() != n-1 {
		t.Errorf("selected %d of %d questions", m.Selected(), n)
	}
}
