package knowledge

import (
	"errors"
	"io"
	"io/fs"
	"path"
	"sort"
	"strings"
)

// fileEntry is a regular file found by walk.
type fileEntry struct {
	path string // slash-separated, relative to the pack root
	size int64
}

// walkResult is what walk found in a pack folder.
type walkResult struct {
	files    []fileEntry     // regular files, in walk order
	refused  map[string]bool // paths reported as problems (links, pipes, deep folders)
	problems []Problem
	size     int64 // bytes of the files Load reads
	overflow bool  // a pack-wide limit was exceeded: the walk is incomplete
}

// refusedUnder reports whether p is, or lies under, a path walk refused.
func (w *walkResult) refusedUnder(p string) bool {
	for {
		if w.refused[p] {
			return true
		}
		i := strings.LastIndexByte(p, '/')
		if i < 0 {
			return false
		}
		p = p[:i]
	}
}

// readBatch is how many directory entries walk asks for at a time, so that
// a folder with millions of entries is abandoned once MaxFiles is passed
// rather than listed in full.
const readBatch = 512

// walk lists the pack in a deterministic order (names sorted, depth first).
// It never follows a symbolic link and never opens anything but folders it
// was told are folders: a named pipe opened for reading would block forever.
// Entries whose names start with '.' (.git, .github, editor files) are not
// part of the pack and are skipped unseen; so are the folders of other
// people's code (vendor, node_modules) in a folder of plain markdown.
func walk(fsys fs.FS, skipVendor bool) *walkResult {
	w := &walkResult{refused: map[string]bool{}}
	count := 0
	var visit func(dir string, depth int) bool
	visit = func(dir string, depth int) bool {
		entries, truncated, err := readDir(fsys, dir, MaxFiles+1-count)
		if err != nil {
			w.problems = append(w.problems, problemf(dir, 0, "cannot read folder: %s", describeErr(err)))
			return true
		}
		if truncated {
			w.problems = append(w.problems, tooManyFiles())
			w.overflow = true
			return false
		}
		for _, e := range entries {
			name := e.Name()
			if strings.HasPrefix(name, ".") || name == "" || skipVendor && e.IsDir() && isVendor(name) {
				continue
			}
			count++
			if count > MaxFiles {
				w.problems = append(w.problems, tooManyFiles())
				w.overflow = true
				return false
			}
			p := name
			if dir != "." {
				p = dir + "/" + name
			}
			typ := e.Type()
			switch {
			case typ&fs.ModeSymlink != 0:
				w.refused[p] = true
				w.problems = append(w.problems, problemf(p, 0, "symbolic link; versus never follows links"))
			case typ.IsDir():
				if depth+1 > MaxDepth {
					w.refused[p] = true
					w.problems = append(w.problems, problemf(p, 0, "folder nested deeper than %d levels; not read", MaxDepth))
					continue
				}
				if !visit(p, depth+1) {
					return false
				}
			case typ.IsRegular():
				size, ok := w.regularSize(e, p)
				if !ok {
					continue
				}
				if readable(p) {
					w.size += size
					if w.size > MaxPackSize {
						w.problems = append(w.problems, problemf(".", 0, "pack holds more than %d MiB of markdown and YAML; versus refuses packs this large", MaxPackSize>>20))
						w.overflow = true
						return false
					}
				}
				w.files = append(w.files, fileEntry{path: p, size: size})
			default:
				w.refused[p] = true
				w.problems = append(w.problems, problemf(p, 0, "%s, not a regular file; not read", fileKind(typ)))
			}
		}
		return true
	}
	visit(".", 0)
	return w
}

// regularSize returns the size of a regular file from its directory entry,
// without opening it. Info does not follow links (os.DirFS uses lstat), and
// a file that changed type since it was listed is refused.
func (w *walkResult) regularSize(e fs.DirEntry, p string) (int64, bool) {
	info, err := e.Info()
	if err != nil {
		w.problems = append(w.problems, problemf(p, 0, "cannot read: %s", describeErr(err)))
		return 0, false
	}
	if !info.Mode().IsRegular() {
		w.refused[p] = true
		w.problems = append(w.problems, problemf(p, 0, "%s, not a regular file; not read", fileKind(info.Mode().Type())))
		return 0, false
	}
	return info.Size(), true
}

// readable reports whether Load reads the file at p: the manifest and
// markdown files. Other files (images, notes) are left alone.
func readable(p string) bool {
	return p == manifestFile || isMarkdown(p)
}

// isMarkdown reports whether p names a markdown file.
func isMarkdown(p string) bool {
	ext := path.Ext(p)
	return strings.EqualFold(ext, ".md") || strings.EqualFold(ext, ".markdown")
}

// isVendor reports whether a folder holds other projects' files.
func isVendor(name string) bool {
	return name == "vendor" || name == "node_modules"
}

func tooManyFiles() Problem {
	return problemf(".", 0, "more than %d files and folders; versus refuses packs this large", MaxFiles)
}

// readDir lists the entries of dir sorted by name. It stops reading, and
// reports truncated, once it has seen more than max entries, so that a
// folder of millions of entries is never listed in full.
func readDir(fsys fs.FS, dir string, max int) (entries []fs.DirEntry, truncated bool, err error) {
	f, err := fsys.Open(dir)
	if err != nil {
		return nil, false, err
	}
	defer f.Close()
	rd, ok := f.(fs.ReadDirFile)
	if !ok {
		return nil, false, errors.New("not a folder")
	}
	for {
		if len(entries) > max {
			return nil, true, nil
		}
		batch, err := rd.ReadDir(readBatch)
		entries = append(entries, batch...)
		if err == io.EOF || (err == nil && len(batch) == 0) {
			break
		}
		if err != nil {
			return nil, false, err
		}
	}
	sort.Slice(entries, func(i, j int) bool { return entries[i].Name() < entries[j].Name() })
	return entries, false, nil
}

// readFile reads a regular file found by walk, refusing it when it is over
// MaxFileSize even if it grew since it was listed.
func readFile(fsys fs.FS, e fileEntry) ([]byte, *Problem) {
	if e.size > MaxFileSize {
		p := problemf(e.path, 0, "file is larger than %d MiB (%d bytes); not read", MaxFileSize>>20, e.size)
		return nil, &p
	}
	f, err := fsys.Open(e.path)
	if err != nil {
		p := problemf(e.path, 0, "cannot read: %s", describeErr(err))
		return nil, &p
	}
	defer f.Close()
	data, err := readAtMost(f, e.size, MaxFileSize+1)
	if err != nil {
		p := problemf(e.path, 0, "cannot read: %s", describeErr(err))
		return nil, &p
	}
	if len(data) > MaxFileSize {
		p := problemf(e.path, 0, "file is larger than %d MiB; not read", MaxFileSize>>20)
		return nil, &p
	}
	return data, nil
}

// describeErr returns the reason of an error without the absolute path that
// os.DirFS puts in it: problems name files relative to the pack.
func describeErr(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// fileKind names a non-regular file type for messages.
func fileKind(m fs.FileMode) string {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return "named pipe"
	case m&fs.ModeSocket != 0:
		return "socket"
	case m&fs.ModeCharDevice != 0:
		return "character device"
	case m&fs.ModeDevice != 0:
		return "device"
	case m&fs.ModeSymlink != 0:
		return "symbolic link"
	}
	return "special file"
}

// readAtMost reads r to its end, or to limit bytes. size is the length the
// file had when it was listed: reading into a buffer one byte longer takes
// two reads for a file that did not change (a thousand small files read
// through io.ReadAll's growing buffer take five times as many).
func readAtMost(r io.Reader, size, limit int64) ([]byte, error) {
	buf := make([]byte, min(size, limit-1)+1)
	n, err := io.ReadFull(r, buf)
	switch {
	case err == io.EOF || err == io.ErrUnexpectedEOF:
		return buf[:n], nil
	case err != nil:
		return nil, err
	}
	// The file grew since it was listed: read on, up to the limit.
	rest, err := io.ReadAll(io.LimitReader(r, limit-int64(n)))
	return append(buf, rest...), err
}

// readText reads a file and checks it is UTF-8.
func readText(fsys fs.FS, e fileEntry) ([]byte, *Problem) {
	src, p := readFile(fsys, e)
	if p != nil {
		return nil, p
	}
	if line, b, ok := invalidUTF8(src); !ok {
		p := problemf(e.path, line, "not valid UTF-8 (byte 0x%02X); save the file as UTF-8", b)
		return nil, &p
	}
	return src, nil
}
