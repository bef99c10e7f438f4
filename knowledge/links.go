package knowledge

import (
	"io/fs"
	"net/url"
	"path"
	"strings"

	"github.com/versus-dev/versus/knowledge/sanitize"
)

// linkResolver resolves the links of section files against the whole pack.
type linkResolver struct {
	byPath map[string]*sectionFile // every parsed markdown file, by path
	files  map[string]bool         // every regular file of the pack
	walk   *walkResult
}

// resolve turns the raw links of sf into Links, reporting each link to a
// missing file or heading. Links into a file that has problems of its own
// (no id, unreadable) are not checked further: that file's problems are
// reported already.
func (r *linkResolver) resolve(sf *sectionFile) ([]Link, []Problem) {
	var links []Link
	var problems []Problem
	for _, raw := range sf.body.links {
		l := Link{Text: raw.text, Dest: sanitize.Line(raw.dest), Line: raw.line}
		if raw.external || isExternal(raw.dest) {
			links = append(links, l)
			continue
		}
		target, msg := r.target(sf, raw.dest)
		if msg != "" {
			problems = append(problems, problemf(sf.path, raw.line, "%s", msg))
		}
		if target == nil {
			links = append(links, l)
			continue
		}
		l.Target = target.meta.id
		_, frag, _ := strings.Cut(raw.dest, "#")
		if frag != "" {
			anchor, ok := findAnchor(target.body.anchors, frag)
			if !ok {
				where := ""
				if target != sf {
					where = " in " + sanitize.Line(target.path)
				}
				problems = append(problems, problemf(sf.path, raw.line, "link to missing heading %s%s", quote("#"+frag), where))
			}
			l.Anchor = anchor
		}
		links = append(links, l)
	}
	return links, problems
}

// target finds the section a relative link points to. It returns nil with
// no message for a link to a file that exists but is not a usable section
// (an image, a README, a section with problems of its own).
func (r *linkResolver) target(sf *sectionFile, dest string) (*sectionFile, string) {
	p, _, _ := strings.Cut(dest, "#")
	p, _, _ = strings.Cut(p, "?")
	if p == "" {
		return usable(sf), "" // "#heading": a heading of this section
	}
	unescaped, err := url.PathUnescape(p)
	if err != nil {
		return nil, "link " + quote(dest) + " has a bad %-escape"
	}
	if strings.HasPrefix(unescaped, "/") {
		return nil, "link " + quote(dest) + " starts with /; write the path relative to this file"
	}
	full := path.Join(path.Dir(sf.path), unescaped)
	if !fs.ValidPath(full) {
		return nil, "link " + quote(dest) + " leads outside the pack"
	}
	if t, ok := r.byPath[full]; ok {
		return usable(t), ""
	}
	if r.files[full] || r.walk.refusedUnder(full) {
		return nil, ""
	}
	return nil, "link to missing file " + quote(p)
}

// usable returns sf when other sections can link to it, else nil.
func usable(sf *sectionFile) *sectionFile {
	if sf == nil || !sf.hasID {
		return nil
	}
	return sf
}

// findAnchor matches a link's #fragment to a heading anchor. Forges match
// fragments without regard to case and accept percent-escapes.
func findAnchor(anchors map[string]bool, frag string) (string, bool) {
	if u, err := url.PathUnescape(frag); err == nil {
		frag = u
	}
	frag = strings.ToLower(frag)
	if anchors[frag] {
		return frag, true
	}
	return sanitize.Line(frag), false
}

// isExternal reports whether a link destination leaves the pack: it has a
// URL scheme (https:, mailto:) or is network-path relative (//host/...).
func isExternal(dest string) bool {
	if strings.HasPrefix(dest, "//") {
		return true
	}
	for i := 0; i < len(dest); i++ {
		c := dest[i]
		switch {
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
		case i > 0 && (c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.'):
		case i > 0 && c == ':':
			return true
		default:
			return false
		}
	}
	return false
}
