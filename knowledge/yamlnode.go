package knowledge

import (
	"bytes"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/versus-dev/versus/knowledge/sanitize"
)

// yamlField is one key: value pair of a YAML mapping, with the key's line
// already mapped to the line of the file holding the YAML.
type yamlField struct {
	key   string
	value *yaml.Node
	line  int
}

// yamlFields parses src as a YAML mapping and returns its pairs in order.
// offset is added to YAML line numbers to give file lines (front matter
// starts on line 2 of its file). Syntax errors, a document that is not a
// mapping, and repeated keys are reported as problems against file; an
// empty document gives no fields and no problem.
func yamlFields(file string, src []byte, offset int) ([]yamlField, []Problem) {
	var doc yaml.Node
	if err := yaml.Unmarshal(src, &doc); err != nil {
		line, msg := yamlErrorLine(err, countLines(src))
		return nil, []Problem{problemf(file, line+offset, "invalid YAML: %s", sanitize.Line(msg))}
	}
	if doc.Kind == 0 || len(doc.Content) == 0 {
		return nil, nil
	}
	root := resolveAlias(doc.Content[0])
	if root.Kind == yaml.ScalarNode && root.Tag == "!!null" {
		return nil, nil
	}
	if root.Kind != yaml.MappingNode {
		return nil, []Problem{problemf(file, root.Line+offset, "want key: value pairs, one per line")}
	}
	var fields []yamlField
	var problems []Problem
	seen := map[string]int{}
	for i := 0; i+1 < len(root.Content); i += 2 {
		k := resolveAlias(root.Content[i])
		line := k.Line + offset
		if k.Kind != yaml.ScalarNode {
			problems = append(problems, problemf(file, line, "keys must be plain words"))
			continue
		}
		if first, dup := seen[k.Value]; dup {
			problems = append(problems, problemf(file, line, "key %s repeated (first at line %d)", quote(k.Value), first))
			continue
		}
		seen[k.Value] = line
		fields = append(fields, yamlField{key: k.Value, value: root.Content[i+1], line: line})
	}
	return fields, problems
}

// resolveAlias follows a YAML alias (*name) to the node it names; an alias
// of an alias is not followed further, which bounds the work on hostile
// input.
func resolveAlias(n *yaml.Node) *yaml.Node {
	if n.Kind == yaml.AliasNode && n.Alias != nil {
		return n.Alias
	}
	return n
}

// yamlText returns the text of a scalar node; null is the empty string.
// ok is false for lists and mappings.
func yamlText(n *yaml.Node) (s string, ok bool) {
	n = resolveAlias(n)
	if n.Kind != yaml.ScalarNode {
		return "", false
	}
	if n.Tag == "!!null" {
		return "", true
	}
	return n.Value, true
}

// yamlTextList returns the texts of a list of scalars; null is an empty
// list. ok is false for anything else.
func yamlTextList(n *yaml.Node) (list []string, ok bool) {
	n = resolveAlias(n)
	if n.Kind == yaml.ScalarNode && n.Tag == "!!null" {
		return nil, true
	}
	if n.Kind != yaml.SequenceNode {
		return nil, false
	}
	for _, item := range n.Content {
		s, ok := yamlText(item)
		if !ok || s == "" {
			return nil, false
		}
		list = append(list, s)
	}
	return list, true
}

// yamlPositiveInt returns the value of a positive whole number scalar.
func yamlPositiveInt(n *yaml.Node) (int, bool) {
	n = resolveAlias(n)
	if n.Kind != yaml.ScalarNode || n.Tag != "!!int" {
		return 0, false
	}
	var v int64
	if err := n.Decode(&v); err != nil || v <= 0 || v > 1<<31-1 {
		return 0, false
	}
	return int(v), true
}

// isYAMLParserProblem reports whether msg is raised by the parser of yaml
// v3 rather than its scanner. The library reports the line of a scanner
// error 1-based but that of a parser error 0-based, and leaves the line out
// when it would be the first; yamlErrorLine corrects for both.
func isYAMLParserProblem(msg string) bool {
	switch msg {
	case "did not find expected ',' or ']'",
		"did not find expected ',' or '}'",
		"did not find expected '-' indicator",
		"did not find expected <document start>",
		"did not find expected <stream-start>",
		"did not find expected key",
		"did not find expected node content",
		"found duplicate %TAG directive",
		"found duplicate %YAML directive",
		"found incompatible YAML document",
		"found undefined tag handle":
		return true
	}
	return false
}

// yamlErrorLine extracts the 1-based line and the message from a yaml v3
// error ("yaml: line 3: mapping values are not allowed in this context"),
// clamped to the lines of the document.
func yamlErrorLine(err error, lines int) (int, string) {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	line := 1
	if rest, ok := strings.CutPrefix(msg, "line "); ok {
		if num, text, ok := strings.Cut(rest, ": "); ok {
			if n, err := strconv.Atoi(num); err == nil {
				line, msg = n, text
				if isYAMLParserProblem(text) {
					line++
				}
			}
		}
	}
	if i := strings.IndexByte(msg, '\n'); i >= 0 {
		msg = msg[:i]
	}
	if line > lines {
		line = lines
	}
	if line < 1 {
		line = 1
	}
	return line, msg
}

// countLines returns the number of lines of src, at least 1; a final
// newline does not start a line.
func countLines(src []byte) int {
	n := bytes.Count(src, []byte{'\n'})
	if len(src) > 0 && src[len(src)-1] != '\n' {
		n++
	}
	return max(n, 1)
}
