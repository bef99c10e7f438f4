package memory

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"unicode/utf8"
)

// Version is the format of the state files this build writes and reads.
const Version = 1

// Limits on one decoded file, well above anything versus writes.
const (
	maxFileSize = 4 << 20 // bytes
	maxString   = 1024    // bytes of one id, anchor or key
	maxLine     = 1 << 24 // a rendered line number
)

// file is the JSON form of a State.
type file struct {
	Version   int        `json:"version"`
	Pack      string     `json:"pack"` // the key, for a person reading the file
	Resume    *Place     `json:"resume,omitempty"`
	Bookmarks []Bookmark `json:"bookmarks,omitempty"`
	Back      []Place    `json:"back,omitempty"`
	Forward   []Place    `json:"forward,omitempty"`
	Recent    []Place    `json:"recent,omitempty"`
}

// Encode returns the file form of s for the pack with the given key. It
// fails only on a State that Decode would refuse.
func Encode(key string, s State) ([]byte, error) {
	f := file{
		Version:   Version,
		Pack:      key,
		Resume:    s.Resume,
		Bookmarks: s.Bookmarks,
		Back:      s.Back,
		Forward:   s.Forward,
		Recent:    s.Recent,
	}
	if err := f.check(); err != nil {
		return nil, err
	}
	data, err := json.MarshalIndent(f, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("encoding state: %w", err)
	}
	return append(data, '\n'), nil
}

// Decode reads a state file, returning the key of the pack it belongs to
// and its State. Anything but one JSON object of this version, within the
// limits versus writes, is an error: a truncated or garbled file is never
// half read.
func Decode(data []byte) (key string, s State, err error) {
	if len(data) > maxFileSize {
		return "", State{}, fmt.Errorf("%d bytes, more than a state file ever holds", len(data))
	}
	if !utf8.Valid(data) {
		return "", State{}, errors.New("not UTF-8 text")
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	var f file
	if err := dec.Decode(&f); err != nil {
		return "", State{}, fmt.Errorf("not a state file: %w", err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return "", State{}, errors.New("not a state file: text after the end")
	}
	if f.Version != Version {
		return "", State{}, fmt.Errorf("format version %d, this versus reads version %d", f.Version, Version)
	}
	if err := f.check(); err != nil {
		return "", State{}, err
	}
	return f.Pack, State{
		Resume:    f.Resume,
		Bookmarks: f.Bookmarks,
		Back:      f.Back,
		Forward:   f.Forward,
		Recent:    f.Recent,
	}, nil
}

// check enforces the limits of a state file.
func (f *file) check() error {
	if err := checkString("pack key", f.Pack, false); err != nil {
		return err
	}
	if f.Resume != nil {
		if err := checkPlace("resume", *f.Resume); err != nil {
			return err
		}
	}
	if len(f.Bookmarks) > MaxBookmarks {
		return fmt.Errorf("%d bookmarks, more than %d", len(f.Bookmarks), MaxBookmarks)
	}
	for _, b := range f.Bookmarks {
		if err := checkPlace("bookmark", Place{Section: b.Section, Anchor: b.Anchor}); err != nil {
			return err
		}
	}
	for _, l := range []struct {
		name   string
		places []Place
		max    int
	}{{"back", f.Back, MaxHistory}, {"forward", f.Forward, MaxHistory}, {"recent", f.Recent, MaxRecent}} {
		if len(l.places) > l.max {
			return fmt.Errorf("%d %s places, more than %d", len(l.places), l.name, l.max)
		}
		for _, p := range l.places {
			if err := checkPlace(l.name, p); err != nil {
				return err
			}
		}
	}
	return nil
}

func checkPlace(what string, p Place) error {
	if err := checkString(what+" section", p.Section, false); err != nil {
		return err
	}
	if err := checkString(what+" anchor", p.Anchor, true); err != nil {
		return err
	}
	if p.Line < 0 || p.Line > maxLine || p.Total < 0 || p.Total > maxLine {
		return fmt.Errorf("%s: line %d of %d is out of range", what, p.Line, p.Total)
	}
	return nil
}

func checkString(what, s string, empty bool) error {
	switch {
	case s == "" && !empty:
		return fmt.Errorf("%s is empty", what)
	case len(s) > maxString:
		return fmt.Errorf("%s is %d bytes long", what, len(s))
	case !utf8.ValidString(s):
		return fmt.Errorf("%s is not UTF-8", what)
	}
	for _, r := range s {
		if r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) {
			return fmt.Errorf("%s holds a control character", what)
		}
	}
	return nil
}
