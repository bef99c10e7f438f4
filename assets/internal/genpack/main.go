// Command genpack parses and checks the default pack in assets/pack and
// writes it in the compact form of knowledge.EncodePack, which versus
// embeds and decodes at start instead of parsing the markdown. Run it
// through `go generate ./...` after editing the pack; a test in package
// assets fails while the written form is stale.
package main

import (
	"errors"
	"flag"
	"fmt"
	"os"

	"github.com/google/renameio/v2/maybe"

	"github.com/versus-dev/versus/knowledge"
)

func main() {
	dir := flag.String("pack", "pack", "the pack folder")
	out := flag.String("o", "pack.gob", "the file to write")
	flag.Parse()
	if err := run(*dir, *out); err != nil {
		fmt.Fprintf(os.Stderr, "genpack: %v\n", err)
		os.Exit(1)
	}
}

func run(dir, out string) error {
	p, err := knowledge.Load(os.DirFS(dir))
	var probs knowledge.Problems
	if errors.As(err, &probs) {
		for _, pr := range probs {
			fmt.Fprintf(os.Stderr, "%s/%s\n", dir, pr)
		}
		return fmt.Errorf("%s: %d problems; the default pack must load clean", dir, len(probs))
	}
	if err != nil {
		return fmt.Errorf("%s: %w", dir, err)
	}
	data, err := knowledge.EncodePack(p)
	if err != nil {
		return err
	}
	if err := maybe.WriteFile(out, data, 0o644); err != nil {
		return fmt.Errorf("write %s: %w", out, err)
	}
	return nil
}
