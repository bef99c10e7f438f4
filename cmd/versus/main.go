// Command versus is an offline, keyboard-first terminal browser for
// knowledge packs: markdown comparisons such as the embedded "Node.js vs
// Python". See the README for the commands and docs/packs.md for the
// pack format.
package main

import (
	"context"
	"os"

	"github.com/versus-dev/versus/cmd/versus/internal/cli"
)

func main() {
	os.Exit(cli.Main(context.Background(), cli.System(os.Args[1:])))
}
