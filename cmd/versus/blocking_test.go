package main

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// blockingQueries are the APIs that ask the terminal a question and wait
// for its answer, seconds on a terminal that never gives one. versus asks
// with tea.RequestBackgroundColor and re-themes when the answer comes.
var blockingQueries = map[string][]string{
	"charm.land/lipgloss/v2": {"HasDarkBackground", "BackgroundColor"},
}

// blockingPackages wait at import: compat queries the terminal when a
// colour is first resolved.
var blockingPackages = []string{"charm.land/lipgloss/v2/compat"}

// TestNothingWaitsForTheTerminal reads every package of this module that
// the binary links and fails if one imports a package or calls a function
// that waits for the terminal's answer. It is the deterministic half of
// TestSilentTerminal: a wall-clock bound on the first frame cannot tell a
// five-second wait from a machine too busy to run the program, this can.
//
// fang, which renders --help, calls lipgloss.HasDarkBackground itself; on
// a terminal that answers nothing `versus --help` waits for it. Only
// help pays that; it is not ours to change.
func TestNothingWaitsForTheTerminal(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go list")
	}
	out, err := exec.Command("go", "list", "-deps", "-f",
		"{{if not .Standard}}{{.Module}}\t{{.ImportPath}}\t{{.Dir}}\t{{join .GoFiles \",\"}}{{end}}", ".").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	self, err := exec.Command("go", "list", "-m").Output()
	if err != nil {
		t.Fatalf("go list -m: %v", err)
	}
	module := strings.TrimSpace(string(self))
	checked := 0
	for line := range strings.Lines(string(out)) {
		f := strings.Split(strings.TrimSpace(line), "\t")
		if len(f) != 4 || strings.Fields(f[0])[0] != module {
			continue
		}
		for _, name := range strings.Split(f[3], ",") {
			checkFile(t, filepath.Join(f[2], name))
			checked++
		}
	}
	if checked == 0 {
		t.Fatalf("no file of %s found in the binary's packages", module)
	}
}

// checkFile reports each import of a blocking package and each call of a
// blocking function through the file's name for its package.
func checkFile(t *testing.T, path string) {
	t.Helper()
	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution)
	if err != nil {
		t.Fatal(err)
	}
	names := map[string]string{} // local name → import path
	for _, imp := range file.Imports {
		p, _ := strconv.Unquote(imp.Path.Value)
		for _, bad := range blockingPackages {
			if p == bad {
				t.Errorf("%s imports %s, which waits for the terminal", fset.Position(imp.Pos()), p)
			}
		}
		local := p[strings.LastIndex(p, "/")+1:]
		if strings.HasPrefix(local, "v") && strings.Count(p, "/") > 1 { // charm.land/lipgloss/v2 is lipgloss
			trimmed := strings.TrimSuffix(p, "/"+local)
			local = trimmed[strings.LastIndex(trimmed, "/")+1:]
		}
		if imp.Name != nil {
			local = imp.Name.Name
		}
		names[local] = p
	}
	ast.Inspect(file, func(n ast.Node) bool {
		sel, ok := n.(*ast.SelectorExpr)
		if !ok {
			return true
		}
		id, ok := sel.X.(*ast.Ident)
		if !ok {
			return true
		}
		for _, fn := range blockingQueries[names[id.Name]] {
			if sel.Sel.Name == fn {
				t.Errorf("%s calls %s.%s, which waits for the terminal's answer; use tea.RequestBackgroundColor", fset.Position(sel.Pos()), id.Name, fn)
			}
		}
		return true
	})
}
