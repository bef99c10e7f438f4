package knowledge

import (
	"errors"
	"sort"
	"strings"

	"github.com/BurntSushi/toml"
	"go.yaml.in/yaml/v3"

	"github.com/versus-dev/versus/knowledge/sanitize"
)

// tomlDelim is the line that opens and closes TOML front matter, as Hugo
// writes it.
const tomlDelim = "+++"

// tomlFields parses TOML front matter that starts on file line offset+1
// into the fields YAML front matter gives, so that both are read by the
// same code: each top-level value becomes the YAML node that encodes it.
// TOML that does not parse is one problem at its line. The TOML library
// keeps no position for keys, so every field carries the first line.
func tomlFields(file string, src []byte, offset int) ([]yamlField, []Problem) {
	if len(src) > MaxTOMLSize {
		return nil, []Problem{problemf(file, offset+1, "TOML front matter is over %d KiB; versus does not read it", MaxTOMLSize>>10)}
	}
	if line, deep := tomlTooDeep(src); deep {
		return nil, []Problem{problemf(file, line+offset, "TOML front matter nested more than %d deep; versus does not read it", MaxTOMLNesting)}
	}
	var doc map[string]any
	if _, err := toml.Decode(string(src), &doc); err != nil {
		line, msg := 1, err.Error()
		var pe toml.ParseError
		if errors.As(err, &pe) {
			line, msg = max(1, min(pe.Position.Line, countLines(src))), strings.TrimSuffix(pe.Message, ".")
		}
		return nil, []Problem{problemf(file, line+offset, "invalid TOML: %s", sanitize.Line(msg))}
	}
	keys := make([]string, 0, len(doc))
	for k := range doc {
		keys = append(keys, k)
	}
	sort.Strings(keys) // one order for a map's keys: the reading is the same on every run
	fields := make([]yamlField, 0, len(keys))
	for _, k := range keys {
		if !flat(doc[k]) {
			continue // versus reads words and lists of words, never tables
		}
		var n yaml.Node
		if err := n.Encode(doc[k]); err != nil {
			continue
		}
		fields = append(fields, yamlField{key: k, value: &n, line: offset + 1})
	}
	return fields, nil
}

// flat reports whether v is a value or a list of values, with no table or
// list inside: all that front matter holds for versus, and all that is
// encoded, since nesting as deep as a file allows would overflow the
// encoder's stack.
func flat(v any) bool {
	switch v := v.(type) {
	case map[string]any:
		return false
	case []map[string]any:
		return false
	case []any:
		for _, e := range v {
			switch e.(type) {
			case []any, map[string]any, []map[string]any:
				return false
			}
		}
	}
	return true
}

// tomlTooDeep reports whether src opens more than MaxTOMLNesting arrays or
// tables at once, and the line where it does. Brackets inside strings are
// counted too: a bound, not a parser, so that the parser is never given
// input it takes minutes over.
func tomlTooDeep(src []byte) (line int, deep bool) {
	depth, line := 0, 1
	for _, c := range src {
		switch c {
		case '\n':
			line++
		case '[', '{':
			depth++
			if depth > MaxTOMLNesting {
				return line, true
			}
		case ']', '}':
			depth = max(0, depth-1)
		}
	}
	return 0, false
}
