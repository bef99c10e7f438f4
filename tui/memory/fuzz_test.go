package memory

import (
	"bytes"
	"testing"
)

// FuzzDecode feeds Decode any bytes: it never panics, and whatever it
// accepts encodes again to a file it decodes to the same state.
func FuzzDecode(f *testing.F) {
	good, err := Encode("/packs/mine", sample())
	if err != nil {
		f.Fatal(err)
	}
	f.Add(good)
	f.Add(good[:len(good)/3])
	f.Add([]byte(`{"version":1,"pack":"builtin:x"}`))
	f.Add([]byte(`{"version":1,"pack":"k","resume":{"section":"a","line":1e3}}`))
	f.Add([]byte(`{"version":1,"pack":"k","bookmarks":[{"section":"a","added":"2026-01-01T00:00:00+23:59"}]}`))
	f.Add([]byte(`{"version":1,"pack":"k","recent":[{"section":"\u00e9\u0000"}]}`))
	f.Add([]byte("null"))
	f.Fuzz(func(t *testing.T, data []byte) {
		key, st, err := Decode(data)
		if err != nil {
			return
		}
		again, err := Encode(key, st)
		if err != nil {
			t.Fatalf("decoded a state that does not encode: %v", err)
		}
		key2, st2, err := Decode(again)
		if err != nil {
			t.Fatalf("re-encoded file does not decode: %v\n%s", err, again)
		}
		third, _ := Encode(key2, st2)
		if key2 != key || !bytes.Equal(third, again) {
			t.Fatalf("round trip changed the state:\n%s\n%s", again, third)
		}
	})
}
