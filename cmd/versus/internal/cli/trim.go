package cli

import (
	"bytes"
	"io"
)

// lineTrimmer drops the spaces that end a line of what passes through
// it. Blanks are held back until something other than a newline follows
// them, so a line split across writes is trimmed all the same; blanks
// still held at the end were trailing ones.
type lineTrimmer struct {
	w      io.Writer
	spaces int
}

func (t *lineTrimmer) Write(p []byte) (int, error) {
	out := make([]byte, 0, len(p))
	for _, c := range p {
		switch c {
		case ' ':
			t.spaces++
			continue
		case '\n':
			t.spaces = 0
		default:
			out = append(out, bytes.Repeat([]byte{' '}, t.spaces)...)
			t.spaces = 0
		}
		out = append(out, c)
	}
	if _, err := t.w.Write(out); err != nil {
		return 0, err
	}
	return len(p), nil
}
