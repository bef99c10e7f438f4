package knowledge

import (
	"runtime"
	"sync"
)

// checked is what the cross-file checks give for one file.
type checked struct {
	problems []Problem
	section  *Section // nil for a file that is not a usable section
}

// checkFiles checks the tables, shape and links of every parsed file and
// builds its Section, on all CPUs: each file's checks only read the rest
// of the pack. The results are in the order of files. authored says the
// subjects come from pack.yaml: a table naming them in the wrong order is
// then a mistake, where in plain markdown it is just another table.
func checkFiles(files []*sectionFile, r *linkResolver, subjects []string, authored bool) []checked {
	out := make([]checked, len(files))
	workers := max(1, min(runtime.GOMAXPROCS(0), len(files)/64))
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for i := w; i < len(files); i += workers {
				out[i] = checkFile(files[i], r, subjects, authored)
			}
		})
	}
	wg.Wait()
	return out
}

func checkFile(sf *sectionFile, r *linkResolver, subjects []string, authored bool) checked {
	if !sf.parsed {
		return checked{}
	}
	var c checked
	tables, ps := checkTables(sf.path, sf.body.tables, subjects, authored)
	c.problems = append(c.problems, ps...)
	shape := shapeProblems(sf.path, sf.body)
	c.problems = append(c.problems, shape...)
	links, ps := r.resolve(sf)
	c.problems = append(c.problems, ps...)
	// A body over a rendering limit stays out even of a pack that opens:
	// the limits are what keeps the renderer from hanging on it.
	if sf.hasID && !sf.dupID && len(shape) == 0 {
		c.section = sf.section(tables, links)
	}
	return c
}
