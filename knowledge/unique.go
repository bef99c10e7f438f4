package knowledge

import "strconv"

// uniqueNames hands out names that differ from every name taken before:
// heading anchors within a body, section ids within a pack. It keeps, for
// each base, how far its numbering has gone, so that thousands of names
// on one base (identical headings; headings in a script that ids drop,
// all "section") cost time linear in their number: trying every number
// from the first each time made a 224 KB file of 16,000 Chinese headings
// take over a minute to open.
type uniqueNames struct {
	taken map[string]bool
	tried map[string]int // names of each base tried so far
	first int            // the number the second name of a base gets
}

// newUniqueNames numbers the second name of a base first: forges give
// the second "Usage" heading the anchor "usage-1"; versus gives the
// second "usage" section the id "usage-2".
func newUniqueNames(first int) uniqueNames {
	return uniqueNames{taken: map[string]bool{}, tried: map[string]int{}, first: first}
}

// take marks name as taken by someone else.
func (u *uniqueNames) take(name string) { u.taken[name] = true }

// give returns base, or base numbered first, first+1..., whichever is the
// first not taken, and takes it.
func (u *uniqueNames) give(base string) string {
	n := u.tried[base]
	name := base
	for {
		if n > 0 {
			name = base + "-" + strconv.Itoa(u.first+n-1)
		}
		n++
		if !u.taken[name] {
			break
		}
	}
	u.tried[base] = n
	u.taken[name] = true
	return name
}
