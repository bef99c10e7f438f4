package action

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// env is an environment for one test.
func env(kv ...string) func(string) string {
	m := map[string]string{}
	for i := 0; i+1 < len(kv); i += 2 {
		m[kv[i]] = kv[i+1]
	}
	return func(k string) string { return m[k] }
}

// script writes an executable shell script named name in dir that
// records its arguments, one per line, in dir/name.args, then runs body.
func script(t *testing.T, dir, name, body string) string {
	t.Helper()
	path := filepath.Join(dir, name)
	src := "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done > \"$0.args\"\n" + body + "\n"
	if err := os.WriteFile(path, []byte(src), 0o755); err != nil {
		t.Fatal(err)
	}
	return path
}

// recordedArgs returns what the script at path recorded.
func recordedArgs(t *testing.T, path string) []string {
	t.Helper()
	data, err := os.ReadFile(path + ".args")
	if err != nil {
		t.Fatalf("the script did not run: %v", err)
	}
	return strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
}

// lookIn is a LookPath that finds programs only in dir.
func lookIn(dir string) func(string) (string, error) {
	return func(name string) (string, error) {
		if filepath.IsAbs(name) {
			name = filepath.Base(name)
		}
		p := filepath.Join(dir, name)
		if _, err := os.Stat(p); err != nil {
			return "", err
		}
		return p, nil
	}
}
