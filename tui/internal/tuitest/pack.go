package tuitest

import (
	"embed"
	"io/fs"
	"testing"

	"github.com/versus-dev/versus/assets"
	"github.com/versus-dev/versus/knowledge"
	"github.com/versus-dev/versus/knowledge/search"
	"github.com/versus-dev/versus/markdown"
	"github.com/versus-dev/versus/tui/common"
	"github.com/versus-dev/versus/tui/theme"
)

// packFiles is the fixture pack, embedded so that a test of any package
// loads it whatever its working directory.
//
//go:embed testdata/pack
var packFiles embed.FS

// Pack loads the small fixture pack in testdata/pack: Node.js and Python
// compared in an overview, three aspects with comparison tables and an
// FAQ. Each call loads a new copy, which a test may change.
func Pack(tb testing.TB) *knowledge.Pack {
	tb.Helper()
	fsys, err := fs.Sub(packFiles, "testdata/pack")
	if err != nil {
		tb.Fatalf("open fixture pack: %v", err)
	}
	p, err := knowledge.Load(fsys)
	if err != nil {
		tb.Fatalf("load fixture pack: %v", err)
	}
	return p
}

// CommonFor builds the context the root model would pass down to a pane
// for pack p: its search index, a markdown renderer, the dark theme with
// colours and the "notty" glamour style, which needs no terminal.
func CommonFor(p *knowledge.Pack) common.Common {
	return common.Common{
		Pack:     p,
		Index:    search.New(p),
		Renderer: markdown.New(0),
		Styles:   theme.New(true, false),
		Style:    "notty",
	}
}

// Common is CommonFor the fixture pack (see Pack).
func Common(tb testing.TB) common.Common {
	tb.Helper()
	return CommonFor(Pack(tb))
}

// DefaultPack loads the default pack embedded in the binary, the one users
// see first. Each call loads a new copy.
func DefaultPack(tb testing.TB) *knowledge.Pack {
	tb.Helper()
	p, err := knowledge.Load(assets.Pack())
	if err != nil {
		tb.Fatalf("load default pack: %v", err)
	}
	return p
}
