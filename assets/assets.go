// Package assets holds the default knowledge pack, "Node.js vs Python",
// embedded in the binary so that versus works offline on a fresh machine.
package assets

import (
	"embed"
	"io/fs"
)

//go:generate go run ./internal/genpack -pack pack -o pack.gob

//go:embed pack
var files embed.FS

// encoded is the pack parsed and checked at build time, written by
// internal/genpack.
//
//go:embed pack.gob
var encoded []byte

// Pack returns the default pack as a file system rooted at its pack.yaml.
func Pack() fs.FS {
	sub, err := fs.Sub(files, "pack")
	if err != nil {
		// fs.Sub fails only on an invalid path, and "pack" is a constant.
		panic(err)
	}
	return sub
}

// Encoded returns the default pack as knowledge.EncodePack wrote it when
// `go generate ./...` last ran; knowledge.DecodePack reads it back in a
// fraction of the time parsing the markdown takes. A test checks that it
// matches the markdown in Pack.
func Encoded() []byte { return encoded }
