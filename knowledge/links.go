package knowledge

import (
	"io/fs"
	"net/url"
	"path"
	"strings"

	"github.com/yuin/goldmark/util"

	"github.com/versus-dev/versus/knowledge/sanitize"
)

// linkResolver resolves the links of section files against the whole pack.
type linkResolver struct {
	byPath map[string]*sectionFile // every parsed markdown file, by path
	files  map[string]bool         // every regular file of the pack
	walk   *walkResult
	// parts are the sections of a single markdown file, in file order:
	// a "#heading" link may lead to any of them. Nil for a folder.
	parts []*sectionFile
	// partOf finds the part holding each heading anchor of a single
	// file; the first part with an anchor has it.
	partOf map[string]*sectionFile
}

// newPartResolver resolves the links of the parts of a single file.
func newPartResolver(parts []*sectionFile) *linkResolver {
	r := &linkResolver{byPath: map[string]*sectionFile{}, files: map[string]bool{}, walk: &walkResult{}, parts: parts,
		partOf: map[string]*sectionFile{}}
	for _, p := range parts {
		for a := range p.body.anchors {
			if _, taken := r.partOf[a]; !taken {
				r.partOf[a] = p
			}
		}
	}
	return r
}

// decodeDest returns a link destination as CommonMark reads it, with
// backslash escapes and entity and numeric references resolved: goldmark
// keeps destinations as written and decodes them the same way, with these
// functions, when it renders them. Percent-escapes are decoded later, on
// the path alone.
func decodeDest(dest string) string {
	if !strings.ContainsAny(dest, `\&`) {
		return dest
	}
	return string(util.ResolveEntityNames(util.ResolveNumericReferences(util.UnescapePunctuations([]byte(dest)))))
}

// resolve turns the raw links of sf into Links, reporting each link to a
// missing file or heading, and marking it broken. Links into a file that
// has problems of its own (unreadable) are not checked further: that
// file's problems are reported already.
func (r *linkResolver) resolve(sf *sectionFile) ([]Link, []Problem) {
	var links []Link
	var problems []Problem
	for _, raw := range sf.body.links {
		l := Link{Text: raw.text, Dest: sanitize.Line(raw.dest), Line: raw.line, Start: raw.span.start, End: raw.span.end}
		dest := decodeDest(raw.dest)
		if raw.external || isExternal(dest) {
			links = append(links, l)
			continue
		}
		target, frag, msg := r.target(sf, dest)
		if msg != "" {
			problems = append(problems, problemf(sf.path, raw.line, "%s", msg))
			l.Broken = true
		}
		if target == nil {
			links = append(links, l)
			continue
		}
		l.Target = target.meta.id
		if frag != "" {
			anchor, ok := findAnchor(target.body.anchors, frag)
			if !ok {
				where := ""
				if target.path != sf.path {
					where = " in " + sanitize.Line(target.path)
				}
				problems = append(problems, problemf(sf.path, raw.line, "link to missing heading %s%s", quote("#"+frag), where))
				l.Broken = true
			}
			l.Anchor = anchor
		}
		links = append(links, l)
	}
	return links, problems
}

// target finds the section a relative link points to, and the link's
// fragment. It returns nil with no message for a link to a file that
// exists but is not a usable section (an image, a README), or to another
// file beside a single markdown file.
func (r *linkResolver) target(sf *sectionFile, dest string) (*sectionFile, string, string) {
	p, frag, _ := strings.Cut(dest, "#")
	p, _, _ = strings.Cut(p, "?")
	if p == "" {
		return r.fragmentTarget(sf, frag), frag, "" // "#heading": a heading of this file
	}
	unescaped, err := url.PathUnescape(p)
	if err != nil {
		return nil, "", "link " + quote(dest) + " has a bad %-escape"
	}
	if r.parts != nil {
		return nil, "", "" // beside a single file: not part of what was opened
	}
	if strings.HasPrefix(unescaped, "/") {
		return nil, "", "link " + quote(unescaped) + " starts with /; write the path relative to this file"
	}
	full := path.Join(path.Dir(sf.path), unescaped)
	if !fs.ValidPath(full) {
		return nil, "", "link " + quote(unescaped) + " leads outside the pack"
	}
	if t, ok := r.byPath[full]; ok {
		return usable(t), frag, ""
	}
	if t := r.folderIndex(full); t != nil {
		return t, frag, ""
	}
	if r.files[full] || r.walk.refusedUnder(full) {
		return nil, "", ""
	}
	return nil, "", "link to missing file " + quote(unescaped)
}

// fragmentTarget is the section holding a "#heading" of sf: sf itself in
// a folder; in a single file split into parts, the part with that heading.
func (r *linkResolver) fragmentTarget(sf *sectionFile, frag string) *sectionFile {
	if r.parts == nil || frag == "" {
		return usable(sf)
	}
	a, ok := findAnchor(sf.body.anchors, frag)
	if ok {
		return usable(sf)
	}
	if part := r.partOf[a]; part != nil {
		return usable(part)
	}
	return usable(sf)
}

// folderIndex is the page a link to a folder ("guide/") shows, as sites
// built from markdown do: its index.md, _index.md or README.md.
func (r *linkResolver) folderIndex(dir string) *sectionFile {
	for _, name := range []string{"index.md", "_index.md", "README.md", "index.markdown", "_index.markdown"} {
		if t, ok := r.byPath[path.Join(dir, name)]; ok {
			return usable(t)
		}
	}
	return nil
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
