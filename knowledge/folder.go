package knowledge

import (
	"path"
	"sort"
	"strings"

	"github.com/versus-dev/versus/knowledge/sanitize"
)

// orderPlain puts the files of a folder of plain markdown in reading
// order: folder by folder (a folder's files before its sub-folders'), the
// folder's own page (index.md, _index.md, README.md) first, then by front
// matter weight (a weight of 0, or none, after every other), then by path.
func orderPlain(files []*sectionFile) {
	sort.SliceStable(files, func(i, j int) bool {
		a, b := files[i], files[j]
		if da, db := path.Dir(a.path), path.Dir(b.path); da != db {
			return dirLess(da, db)
		}
		if ia, ib := isIndexFile(a.path), isIndexFile(b.path); ia != ib {
			return ia
		}
		if wa, wb := a.weight, b.weight; wa != wb {
			switch {
			case wa == 0:
				return false
			case wb == 0:
				return true
			}
			return wa < wb
		}
		return a.path < b.path
	})
}

// dirLess orders folders root first, then depth first by name.
func dirLess(a, b string) bool {
	switch {
	case a == ".":
		return true
	case b == ".":
		return false
	}
	return a < b
}

func isIndexFile(p string) bool {
	base := path.Base(p)
	return isIndexName(strings.TrimSuffix(base, path.Ext(base)))
}

// groupByFolder names each section's group after its folder: the title of
// the folder's own page when it has one, else the folder's path; files at
// the root are grouped under the pack's title.
func groupByFolder(p *Pack) {
	names := map[string]string{".": p.Title}
	for _, s := range p.Sections {
		if dir := path.Dir(s.File); dir != "." && isIndexFile(s.File) {
			names[dir] = s.Title
		}
	}
	for _, s := range p.Sections {
		dir := path.Dir(s.File)
		if name, ok := names[dir]; ok {
			s.Group = name
		} else {
			s.Group = sanitize.Line(dir) // a folder name is untrusted text too
		}
	}
}

// deriveMissing fills in what the front matter of a pack's section files
// failed to give (an id, a title, a kind) the way plain markdown gets
// them, so that a file with broken front matter still opens; its problems
// are reported all the same.
func deriveMissing(files []*sectionFile) {
	ids := newUniqueNames(2)
	for _, sf := range files {
		if sf.hasID {
			ids.take(sf.meta.id)
		}
	}
	for _, sf := range files {
		if !sf.parsed || sf.hasID && sf.meta.title != "" && sf.meta.kind != "" {
			continue
		}
		derived := !sf.hasID
		sf.meta, sf.bodySrc, sf.bodyLine = plainMeta(sf.path, plainFront{meta: sf.meta}, sf.body, sf.bodySrc, sf.bodyLine)
		if derived {
			sf.meta.id, sf.hasID = uniqueID(&ids, sf.meta.id), true
		}
	}
}
