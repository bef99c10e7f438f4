package knowledge

import (
	"io/fs"
	"path"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/versus-dev/versus/knowledge/sanitize"
)

// manifestFile is the name of the pack manifest at the pack root.
const manifestFile = "pack.yaml"

// manifest is the parsed pack.yaml.
type manifest struct {
	title, summary string
	subjects       []string
	asOf           string
	sections       []manifestEntry
	// listed is true when the sections key parsed, so that files missing
	// from it can be reported; a broken list would flag every file.
	listed bool
	// unreadable is true when pack.yaml is not YAML key: value pairs:
	// the pack cannot be opened.
	unreadable bool
}

// manifestEntry is one file named under sections.
type manifestEntry struct {
	path string // cleaned, slash-separated, relative to the pack root
	raw  string // as written
	line int
}

// manifestKeys lists the keys of pack.yaml, all required, in the order
// messages name them.
func manifestKeys() []string { return []string{"title", "summary", "subjects", "as_of", "sections"} }

// parseManifest reads pack.yaml. It returns whatever parsed, so that the
// section files can still be checked when the manifest has problems.
func parseManifest(src []byte) (manifest, []Problem) {
	var m manifest
	fields, problems := yamlFields(manifestFile, src, 0)
	if fields == nil && len(problems) > 0 {
		m.unreadable = true
		return m, problems // not YAML key: value pairs: nothing more to check
	}
	bad := func(line int, format string, args ...any) {
		problems = append(problems, problemf(manifestFile, line, format, args...))
	}
	seen := map[string]bool{}
	for _, f := range fields {
		seen[f.key] = true
		switch f.key {
		case "title":
			m.title = requiredText(f, bad)
		case "summary":
			m.summary = requiredText(f, bad)
		case "subjects":
			m.subjects = parseSubjects(f, bad)
		case "as_of":
			m.asOf = parseDate(f, bad)
		case "sections":
			m.sections, m.listed = parseSectionList(f, bad)
		default:
			bad(f.line, "unknown key %s; the keys are %s", quote(f.key), strings.Join(manifestKeys(), ", "))
		}
	}
	if len(fields) == 0 && len(problems) == 0 {
		bad(0, "empty manifest; it needs %s", strings.Join(manifestKeys(), ", "))
		return m, problems
	}
	for _, k := range manifestKeys() {
		if !seen[k] {
			bad(0, "missing key %s", quote(k))
		}
	}
	return m, problems
}

// requiredText returns a non-empty one-line text value, sanitized.
func requiredText(f yamlField, bad func(int, string, ...any)) string {
	s, ok := yamlText(f.value)
	switch {
	case !ok:
		bad(f.line, "%s must be text, not a list or mapping", f.key)
	case strings.TrimSpace(s) == "":
		bad(f.line, "%s is empty", f.key)
	}
	return strings.TrimSpace(sanitize.Line(s))
}

func parseSubjects(f yamlField, bad func(int, string, ...any)) []string {
	list, ok := yamlTextList(f.value)
	if !ok {
		bad(f.line, "subjects must be a list of names, such as [Go, Rust]")
		return nil
	}
	var out []string
	for _, s := range list {
		s = strings.TrimSpace(sanitize.Line(s))
		if s == "" {
			bad(f.line, "subjects must be names, not blanks")
			continue
		}
		dup := false
		for _, prev := range out {
			if strings.EqualFold(prev, s) {
				bad(f.line, "subject %s listed twice", quote(s))
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, s)
		}
	}
	if len(out) < 2 {
		bad(f.line, "subjects needs at least two distinct names, got %d", len(out))
	}
	return out
}

func parseDate(f yamlField, bad func(int, string, ...any)) string {
	s, ok := yamlText(f.value)
	if ok && len(s) == len(time.DateOnly) {
		if _, err := time.Parse(time.DateOnly, s); err == nil {
			return s
		}
	}
	if !ok {
		bad(f.line, "as_of must be a date written YYYY-MM-DD")
	} else {
		bad(f.line, "as_of must be a date written YYYY-MM-DD, got %s", quote(s))
	}
	return ""
}

func parseSectionList(f yamlField, bad func(int, string, ...any)) ([]manifestEntry, bool) {
	n := resolveAlias(f.value)
	if n.Kind != yaml.SequenceNode {
		bad(f.line, "sections must be a list of file paths, one per line after \"- \"")
		return nil, false
	}
	var out []manifestEntry
	first := map[string]int{}
	for _, item := range n.Content {
		line := item.Line
		raw, ok := yamlText(item)
		if !ok || strings.TrimSpace(raw) == "" {
			bad(line, "sections must be a list of file paths")
			continue
		}
		clean := path.Clean(raw)
		switch {
		case strings.HasPrefix(raw, "/") || !fs.ValidPath(clean) || clean == ".":
			bad(line, "section path %s must be relative to pack.yaml and inside the pack", quote(raw))
			continue
		case !isMarkdown(clean):
			bad(line, "section %s is not a markdown file (.md, .markdown)", quote(raw))
			continue
		}
		if prev, dup := first[clean]; dup {
			bad(line, "section %s listed twice (first at line %d)", quote(raw), prev)
			continue
		}
		first[clean] = line
		out = append(out, manifestEntry{path: clean, raw: raw, line: line})
	}
	if len(n.Content) == 0 {
		bad(f.line, "sections is empty; list at least one section file")
	}
	return out, true
}
