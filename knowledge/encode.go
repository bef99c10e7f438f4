package knowledge

import (
	"bytes"
	"encoding/gob"
	"errors"
	"fmt"
)

// EncodePack writes a loaded pack in the compact form DecodePack reads.
// The built-in pack is stored this way at build time (go generate in
// package assets), so that versus starts without parsing its markdown:
// decoding takes well under a millisecond where Load takes tens.
//
// The form is gob of the Pack's exported fields, so a field added to Pack
// or Section is carried without a change here. It is deterministic: the
// same pack always gives the same bytes, which is how a stale generated
// form is caught.
func EncodePack(p *Pack) ([]byte, error) {
	if p == nil {
		return nil, errors.New("encode pack: no pack")
	}
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(p); err != nil {
		return nil, fmt.Errorf("encode pack: %w", err)
	}
	return buf.Bytes(), nil
}

// DecodePack reads a pack written by EncodePack. The data is trusted to
// have come from EncodePack of a pack Load accepted: nothing is checked
// again, and text is used as it was sanitized then.
func DecodePack(data []byte) (*Pack, error) {
	p := new(Pack)
	if err := gob.NewDecoder(bytes.NewReader(data)).Decode(p); err != nil {
		return nil, fmt.Errorf("decode pack: %w", err)
	}
	p.byID = make(map[string]*Section, len(p.Sections))
	for _, s := range p.Sections {
		if s == nil || s.ID == "" || p.byID[s.ID] != nil {
			return nil, errors.New("decode pack: a section without a unique id")
		}
		p.byID[s.ID] = s
	}
	return p, nil
}
