package tables

import "testing"

func TestNormalize(t *testing.T) {
	cases := map[string]string{
		"":                  "",
		"Node.js":           "node js",
		"  async/await  ":   "async await",
		"I/O-bound servers": "i o bound servers",
		"Café CRÈME, 2025!": "café crème 2025",
		"npm — over 2M":     "npm over 2m",
		"日本語 text":          "日本語 text",
		"---":               "",
	}
	for in, want := range cases {
		if got := normalize(in); got != want {
			t.Errorf("normalize(%q) = %q, want %q", in, got, want)
		}
	}
	if got := words([]string{"Node.js", "", "GIL"}); got != " node js  gil " {
		t.Errorf("words = %q", got)
	}
}
