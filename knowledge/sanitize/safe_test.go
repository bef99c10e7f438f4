package sanitize

import "testing"

func TestSafe(t *testing.T) {
	for _, c := range []struct {
		in         string
		safe, styl bool
	}{
		{"", true, true},
		{"plain\ttext\n", true, true},
		{"日本 😀", true, true},
		{"a\rb", false, false},
		{"a\x1b[31mb", false, true},
		{"a\x1b[2Jb", false, false},
		{"\x1b]8;;http://x\x07l\x1b]8;;\x07", false, true},
		{"\x1b]8;;http://x\u202e\x07l\x1b]8;;\x07", false, false},
		{"\x1b]52;c;aGk=\x07", false, false},
		{"a\u202eb", false, false},
		{"a\u200bb", false, false},
		{"a\u0085b", false, false},
		{"a\xffb", false, false},
		{"a\x7fb", false, false},
	} {
		if got := Safe(c.in); got != c.safe {
			t.Errorf("Safe(%q) = %v, want %v", c.in, got, c.safe)
		}
		if got := SafeStyled(c.in); got != c.styl {
			t.Errorf("SafeStyled(%q) = %v, want %v", c.in, got, c.styl)
		}
	}
}
