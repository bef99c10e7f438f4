package assets_test

import (
	"bytes"
	"reflect"
	"testing"

	"github.com/versus-dev/versus/assets"
	"github.com/versus-dev/versus/knowledge"
)

// regenerate is what to run when the generated form is stale.
const regenerate = "assets/pack.gob is stale: run `go generate ./...` and commit assets/pack.gob"

// TestEncodedIsCurrent checks that the pack versus decodes at start is
// the one its markdown gives today: byte for byte what `go generate`
// would write, and, decoded, equal to a fresh parse of assets/pack.
func TestEncodedIsCurrent(t *testing.T) {
	fresh := loadPack(t)
	want, err := knowledge.EncodePack(fresh)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(assets.Encoded(), want) {
		t.Errorf("%s (it holds %d bytes, the markdown gives %d)", regenerate, len(assets.Encoded()), len(want))
	}
	got, err := knowledge.DecodePack(assets.Encoded())
	if err != nil {
		t.Fatalf("%v; %s", err, regenerate)
	}
	if !reflect.DeepEqual(got, fresh) {
		for i := range min(len(got.Sections), len(fresh.Sections)) {
			if !reflect.DeepEqual(got.Sections[i], fresh.Sections[i]) {
				t.Errorf("section %d (%s) differs from a fresh parse", i, fresh.Sections[i].ID)
				break
			}
		}
		t.Fatalf("the decoded pack differs from a fresh parse of assets/pack; %s "+
			"(if the bytes match and this still fails, knowledge.DecodePack misses something Load sets)", regenerate)
	}
	for _, s := range fresh.Sections {
		if got.Section(s.ID) == nil {
			t.Errorf("decoded pack: no section %q by id", s.ID)
		}
	}
}

// BenchmarkDecodeDefault decodes the built-in pack as versus does at
// start; BenchmarkLoadDefault in package knowledge parses it instead.
func BenchmarkDecodeDefault(b *testing.B) {
	data := assets.Encoded()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := knowledge.DecodePack(data); err != nil {
			b.Fatal(err)
		}
	}
}
