package knowledge

import (
	"bytes"
	"strings"

	"github.com/versus-dev/versus/knowledge/sanitize"
)

// fmDelim is the line that opens and closes front matter.
const fmDelim = "---"

// frontMatterLine is the file line on which the YAML of front matter starts,
// right after the opening "---".
const frontMatterLine = 2

// splitFrontMatter splits a section file, whose front matter lies between
// two delim lines, into its front matter YAML and its
// markdown body. bodyLine is the file line on which body starts. With no
// front matter at all, found is false and the whole file is the body; with
// an opening "---" but no closing one, closed is false and nothing else is
// returned.
func splitFrontMatter(src []byte, delim string) (yamlSrc, body []byte, bodyLine int, found, closed bool) {
	first, rest, _ := bytes.Cut(src, []byte{'\n'})
	if !isDelim(first, delim) {
		return nil, src, 1, false, false
	}
	off := len(first) + 1
	line := frontMatterLine
	for off <= len(src) && len(rest) > 0 {
		l, next, hasNext := bytes.Cut(rest, []byte{'\n'})
		if isDelim(l, delim) {
			yamlSrc = src[len(first)+1 : off]
			end := off + len(l)
			if hasNext {
				end++
			}
			return yamlSrc, src[end:], line + 1, true, true
		}
		off += len(l) + 1
		line++
		rest = next
	}
	return nil, nil, 0, true, false
}

// isDelim reports whether line is delim ("---"), ignoring trailing blanks.
func isDelim(line []byte, delim string) bool {
	return string(bytes.TrimRight(line, " \t")) == delim
}

// meta is the parsed front matter of a section file.
type meta struct {
	id, title, summary string
	kind               Kind
	number             int
	aliases, tags      []string

	idLine, kindLine, numberLine int
}

// frontMatterKeys lists the keys a section's front matter may hold.
func frontMatterKeys() []string {
	return []string{"id", "title", "kind", "number", "aliases", "tags", "summary"}
}

// parseFrontMatter reads the YAML front matter of file. It returns what
// parsed and every problem; ok is false when the section has no usable id,
// so that cross-file checks leave it out.
func parseFrontMatter(file string, src []byte) (m meta, ok bool, problems []Problem) {
	offset := frontMatterLine - 1
	fields, problems := yamlFields(file, src, offset)
	if len(problems) > 0 && fields == nil {
		return m, false, problems
	}
	bad := func(line int, format string, args ...any) {
		problems = append(problems, problemf(file, line, format, args...))
	}
	seen := map[string]bool{}
	for _, f := range fields {
		seen[f.key] = true
		switch f.key {
		case "id":
			m.idLine = f.line
			s, isText := yamlText(f.value)
			switch {
			case !isText:
				bad(f.line, "id must be text, not a list or mapping")
			case s == "":
				bad(f.line, "id is empty")
			case !isSlug(s):
				bad(f.line, "id %s is not a slug: use lower-case letters, digits and \"-\"", quote(s))
			default:
				m.id = s
			}
		case "title":
			m.title = requiredText(f, bad)
		case "kind":
			m.kindLine = f.line
			s, _ := yamlText(f.value)
			if k := Kind(s); k.Valid() {
				m.kind = k
			} else {
				bad(f.line, "unknown kind %s; use %s", quote(s), kindList())
			}
		case "number":
			m.numberLine = f.line
			if n, isInt := yamlPositiveInt(f.value); isInt {
				m.number = n
			} else {
				s, _ := yamlText(f.value)
				bad(f.line, "number must be a positive whole number, got %s", quote(s))
			}
		case "aliases", "tags":
			list, isList := yamlTextList(f.value)
			if !isList {
				bad(f.line, "%s must be a list of words, such as [speed, perf]", f.key)
			}
			for i, s := range list {
				list[i] = strings.TrimSpace(sanitize.Line(s))
			}
			if f.key == "aliases" {
				m.aliases = list
			} else {
				m.tags = list
			}
		case "summary":
			s, isText := yamlText(f.value)
			if !isText {
				bad(f.line, "summary must be text, not a list or mapping")
			}
			m.summary = strings.TrimSpace(sanitize.Line(s))
		default:
			bad(f.line, "unknown key %s; the keys are %s", quote(f.key), strings.Join(frontMatterKeys(), ", "))
		}
	}
	for _, k := range []string{"id", "title", "kind"} {
		if !seen[k] {
			bad(1, "missing %s in front matter", k)
		}
	}
	if m.kind == KindAspect && m.number == 0 && !seen["number"] {
		bad(m.kindLine, "aspect has no number; add \"number: N\" to the front matter")
	}
	return m, m.id != "", problems
}

// kindList names the valid kinds for messages.
func kindList() string {
	ks := Kinds()
	names := make([]string, len(ks))
	for i, k := range ks {
		names[i] = string(k)
	}
	return strings.Join(names[:len(names)-1], ", ") + " or " + names[len(names)-1]
}

// isSlug reports whether s is made of lower-case ASCII letters, digits and
// inner hyphens: safe in file names, URLs and command lines.
func isSlug(s string) bool {
	if s == "" || s[0] == '-' || s[len(s)-1] == '-' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if (c < 'a' || c > 'z') && (c < '0' || c > '9') && c != '-' {
			return false
		}
	}
	return true
}
