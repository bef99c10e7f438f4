// Package assets holds the default knowledge pack, "Node.js vs Python",
// embedded in the binary so that versus works offline on a fresh machine.
package assets

import (
	"embed"
	"io/fs"
)

//go:embed pack
var files embed.FS

// Pack returns the default pack as a file system rooted at its pack.yaml.
func Pack() fs.FS {
	sub, err := fs.Sub(files, "pack")
	if err != nil {
		// fs.Sub fails only on an invalid path, and "pack" is a constant.
		panic(err)
	}
	return sub
}
