package knowledge

import (
	"errors"
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"
)

// basePack is a small valid pack that the problem fixtures break one way
// each. Line numbers matter: the fixtures name them.
func basePack() fstest.MapFS {
	return fstest.MapFS{
		"pack.yaml": file(`title: Go vs Rust
summary: Two languages.
subjects: [Go, Rust]
as_of: 2025-06-01
sections:
  - a.md
  - b.md
`),
		"a.md": file(`---
id: a
title: Speed
kind: aspect
number: 1
---

# Speed

| Criterion | Go | Rust |
| --- | --- | --- |
| Startup | Fast | Fast |

See [the intro](b.md#intro).
`),
		"b.md": file(`---
id: b
title: Overview
kind: overview
---

## Intro

Text.
`),
	}
}

func file(s string) *fstest.MapFile { return &fstest.MapFile{Data: []byte(s), Mode: 0o644} }

// problemStrings loads fsys and returns its problems as FILE:LINE: message
// strings; it fails the test when Load returns an error of another type.
func problemStrings(t *testing.T, fsys fs.FS) []string {
	t.Helper()
	p, err := Load(fsys)
	if err == nil {
		if p == nil {
			t.Fatal("Load returned neither a pack nor an error")
		}
		return nil
	}
	if p != nil {
		t.Errorf("Load returned a pack along with problems")
	}
	var ps Problems
	if !errors.As(err, &ps) {
		t.Fatalf("Load error is %T, want Problems: %v", err, err)
	}
	out := make([]string, len(ps))
	for i, pr := range ps {
		out[i] = pr.String()
	}
	return out
}

func mustLoad(t *testing.T, fsys fs.FS) *Pack {
	t.Helper()
	p, err := Load(fsys)
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	return p
}

func equalLines(t *testing.T, got, want []string) {
	t.Helper()
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("problems:\n got: %s\nwant: %s", strings.Join(got, "\n      "), strings.Join(want, "\n      "))
	}
}
