package markdown

import (
	"regexp"
	"strings"
)

// Links between sections point at files of the pack ("speed.md#memory").
// They mean nothing to a terminal: glamour would print the file name after
// the link text and wrap it in a hyperlink to nowhere. localLinks rewrites
// their destinations to bare fragments, which glamour shows as link text
// alone; readers follow links through knowledge.Section.Links instead.
// A destination with a colon has a scheme (https:, mailto:) and is left
// as it is.
type localLinks struct {
	inline, reference *regexp.Regexp
}

func newLocalLinks() localLinks {
	return localLinks{
		inline:    regexp.MustCompile(`(\]\(\s*<?)([^()\s<>:#]+\.md)(#[^()\s<>]*)?`),
		reference: regexp.MustCompile(`(?m)^( {0,3}\[[^\]\n]+\]:[ \t]*<?)([^\s<>:#]+\.md)(#\S*)?`),
	}
}

func (l localLinks) rewrite(md string) string {
	if !strings.Contains(md, ".md") {
		return md
	}
	repl := func(re *regexp.Regexp) func(string) string {
		return func(m string) string {
			sub := re.FindStringSubmatch(m)
			return sub[1] + "#" + fragment(sub[2], strings.TrimPrefix(sub[3], "#"))
		}
	}
	md = l.inline.ReplaceAllStringFunc(md, repl(l.inline))
	return l.reference.ReplaceAllStringFunc(md, repl(l.reference))
}

// fragment names a link's target in a form glamour will not print:
// "aspects/speed.md" and "memory" become "speed-memory".
func fragment(path, anchor string) string {
	if i := strings.LastIndexByte(path, '/'); i >= 0 {
		path = path[i+1:]
	}
	path = strings.TrimSuffix(path, ".md")
	if anchor == "" {
		return path
	}
	return path + "-" + anchor
}
