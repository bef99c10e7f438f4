package knowledge

import (
	"strings"
	"testing"
)

// TestReadAtMost reads files whose size changed since they were listed.
func TestReadAtMost(t *testing.T) {
	tests := []struct {
		name   string
		data   string
		listed int64
		limit  int64
		want   string
	}{
		{"unchanged", "hello", 5, 100, "hello"},
		{"grew", "hello, world", 5, 100, "hello, world"},
		{"shrank", "hi", 5, 100, "hi"},
		{"empty", "", 0, 100, ""},
		{"grew past the limit", strings.Repeat("x", 50), 5, 11, strings.Repeat("x", 11)},
		{"listed past the limit", strings.Repeat("x", 50), 40, 11, strings.Repeat("x", 11)},
	}
	for _, tt := range tests {
		got, err := readAtMost(strings.NewReader(tt.data), tt.listed, tt.limit)
		if err != nil || string(got) != tt.want {
			t.Errorf("%s: got %q, %v; want %q", tt.name, got, err, tt.want)
		}
	}
}
