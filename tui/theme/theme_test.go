package theme

import "testing"

// TestPickFollowsTheChoices checks which glamour style each choice gives,
// and that the chrome's palette follows the markdown's.
func TestPickFollowsTheChoices(t *testing.T) {
	cases := []struct {
		style           string
		isDark, noColor bool
		want            string
		wantDark        bool
	}{
		{"", true, false, "dark", true},
		{"", false, false, "light", false},
		{"", false, true, "dark", false}, // NO_COLOR: dark markdown for its attributes, no colour anyway
		{"light", true, false, "light", false},
		{"dark", false, false, "dark", true},
		{"dracula", false, false, "dracula", false},
	}
	for _, c := range cases {
		styles, style := Pick(c.style, c.isDark, c.noColor)
		if style != c.want || styles.Palette != NewPalette(c.wantDark, c.noColor) {
			t.Errorf("Pick(%q, dark %v, no colour %v) = %q, want %q with the dark palette %v", c.style, c.isDark, c.noColor, style, c.want, c.wantDark)
		}
	}
}
