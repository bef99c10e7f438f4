package knowledge

import (
	"runtime"
	"sync"
)

// checked is what the cross-file checks give for one file.
type checked struct {
	problems []Problem
	section  *Section // nil for a file that is not a usable, listed section
}

// checkFiles checks the tables, shape and links of every parsed file and
// builds its Section, on all CPUs: each file's checks only read the rest
// of the pack. The results are in the order of files.
func checkFiles(files []*sectionFile, r *linkResolver, subjects []string) []checked {
	out := make([]checked, len(files))
	workers := max(1, min(runtime.GOMAXPROCS(0), len(files)/64))
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for i := w; i < len(files); i += workers {
				out[i] = checkFile(files[i], r, subjects)
			}
		})
	}
	wg.Wait()
	return out
}

func checkFile(sf *sectionFile, r *linkResolver, subjects []string) checked {
	if !sf.parsed {
		return checked{}
	}
	var c checked
	tables, ps := checkTables(sf.path, sf.body.tables, subjects)
	c.problems = append(c.problems, ps...)
	c.problems = append(c.problems, shapeProblems(sf.path, sf.body)...)
	links, ps := r.resolve(sf)
	c.problems = append(c.problems, ps...)
	if sf.listed && sf.hasID && !sf.dupID {
		c.section = sf.section(tables, links)
	}
	return c
}
