package sanitize

import "strings"

// output builds the result of one pass over s lazily: as long as nothing
// needs replacing no memory is allocated and s itself is the result.
type output struct {
	s       string
	b       strings.Builder
	last    int  // s[last:] has not been copied to b yet
	started bool // b holds the output up to s[last]
}

// replace records that s[i:i+n] is replaced and returns the builder to write
// the replacement to. Replacements must be recorded in increasing order of i.
func (o *output) replace(i, n int) *strings.Builder {
	if !o.started {
		// Room for a few visible forms without growing again.
		o.b.Grow(len(o.s) + 32)
		o.started = true
	}
	o.b.WriteString(o.s[o.last:i])
	o.last = i + n
	return &o.b
}

// String returns the result of the pass.
func (o *output) String() string {
	if !o.started {
		return o.s
	}
	o.b.WriteString(o.s[o.last:])
	return o.b.String()
}
