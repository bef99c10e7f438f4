package markdown

import (
	"encoding/json"
	"fmt"
	"os"

	"charm.land/glamour/v2/ansi"
	"charm.land/glamour/v2/styles"
	xansi "github.com/charmbracelet/x/ansi"
)

// builtinStyle returns a copy of the named built-in glamour style, mended
// where glamour gets the layout wrong.
//
// Link text is underlined in every style: the built-in styles set it
// off by colour and bold only, and without colour (NO_COLOR, the ASCII
// profile) a link then looks like emphasis.
//
// glamour reserves Indent columns for a block quote but draws its
// IndentToken, "│ " (two columns) in the built-in styles, once per line.
// Every quoted line then runs one column past the wrap width, and glamour
// wraps it again: a word lands alone on a line without the bar. A token
// as wide as the reserved indent keeps lines within the width; "▏" sits at
// the left of its cell, so the text still reads as set off from the bar.
func builtinStyle(name string) (ansi.StyleConfig, bool) {
	base, ok := styles.DefaultStyles[name]
	if !ok {
		return ansi.StyleConfig{}, false
	}
	cfg := *base // the pointers inside are shared: replace them, never write through them
	underline := true
	cfg.LinkText.Underline = &underline
	if tok := cfg.BlockQuote.IndentToken; tok != nil {
		indent := uint(1)
		if cfg.BlockQuote.Indent != nil {
			indent = *cfg.BlockQuote.Indent
		}
		if uint(xansi.StringWidth(*tok)) > indent {
			bar := "▏"
			if name == styles.AsciiStyle {
				bar = "|"
			}
			cfg.BlockQuote.IndentToken = &bar
		}
	}
	return cfg, true
}

// styleFile reads a glamour JSON style file, as glamour.WithStylePath does
// for a name that is not a built-in style.
func styleFile(path string) (ansi.StyleConfig, error) {
	var cfg ansi.StyleConfig
	b, err := os.ReadFile(path)
	if err != nil {
		return cfg, fmt.Errorf("read style file: %w", err)
	}
	if err := json.Unmarshal(b, &cfg); err != nil {
		return cfg, fmt.Errorf("style file %s: %w", path, err)
	}
	return cfg, nil
}
