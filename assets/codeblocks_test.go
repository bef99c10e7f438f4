package assets_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/text"
	"go.yaml.in/yaml/v3"

	"github.com/versus-dev/versus/knowledge"
)

// codeBlock is one code block of a section body.
type codeBlock struct {
	File string // path of the section file inside the pack
	Line int    // 1-based line of the opening fence in that file
	Lang string // the first word of the info string; "" when untagged
	Code string
	// Fenced is false for an indented code block, which cannot carry a
	// language and so is never highlighted.
	Fenced bool
}

func (b codeBlock) where() string { return fmt.Sprintf("%s:%d", b.File, b.Line) }

// codeBlocks returns every code block of the pack's sections, in pack
// order, found by parsing each body with goldmark (CommonMark and GFM, the
// syntax glamour renders), so that fences inside lists and quotes count
// and fence-like lines inside other blocks do not.
func codeBlocks(p *knowledge.Pack) []codeBlock {
	md := goldmark.New(goldmark.WithExtensions(extension.GFM))
	var out []codeBlock
	for _, s := range p.Sections {
		src := []byte(s.Body)
		doc := md.Parser().Parse(text.NewReader(src))
		_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
			if !entering {
				return ast.WalkContinue, nil
			}
			switch n := n.(type) {
			case *ast.FencedCodeBlock:
				b := codeBlock{File: s.File, Lang: string(n.Language(src)), Code: blockText(n, src), Fenced: true}
				b.Line = s.BodyLine + fenceLine(n, src)
				out = append(out, b)
				return ast.WalkSkipChildren, nil
			case *ast.CodeBlock:
				b := codeBlock{File: s.File, Code: blockText(n, src)}
				b.Line = s.BodyLine + firstLine(n, src)
				out = append(out, b)
				return ast.WalkSkipChildren, nil
			}
			return ast.WalkContinue, nil
		})
	}
	return out
}

func blockText(n ast.Node, src []byte) string {
	var b strings.Builder
	lines := n.Lines()
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		b.Write(seg.Value(src))
	}
	return b.String()
}

// fenceLine returns the 0-based line of a fenced block's opening fence
// within src: the line of its info string, or the line before its first
// content line.
func fenceLine(n *ast.FencedCodeBlock, src []byte) int {
	if n.Info != nil {
		return bytes.Count(src[:n.Info.Segment.Start], []byte("\n"))
	}
	return max(firstLine(n, src)-1, 0)
}

func firstLine(n ast.Node, src []byte) int {
	if n.Lines().Len() == 0 {
		return 0
	}
	return bytes.Count(src[:n.Lines().At(0).Start], []byte("\n"))
}

// checker checks the syntax of one language's blocks. It returns the
// tool's complaint, or "" when the block is valid.
type checker func(t *testing.T, b codeBlock) string

// TestCodeBlocksCompile checks every code block of the default pack the
// way a reader would run it: JavaScript with node --check, TypeScript
// after Node's own type stripping, Python with ast.parse, shell with
// bash -n, and the data formats with their parsers. A block without a
// language, or in a language nobody checks, fails: the pack promises
// highlighted code that runs.
//
// The tools are found on PATH. Without node (or, for TypeScript, without
// a stripper: node:module's stripTypeScriptTypes, or the amaro package in
// $VERSUS_AMARO_DIR, which .ci/run installs), the affected blocks are
// skipped with a message, except under CI=true, where they fail.
func TestCodeBlocksCompile(t *testing.T) {
	p := loadPack(t)
	blocks := codeBlocks(p)
	if len(blocks) < 20 {
		t.Fatalf("found %d code blocks in the pack, want at least 20: did the markdown walk break?", len(blocks))
	}
	tools := findTools()
	checkers := map[string]checker{
		"js":         tools.checkJS(".mjs"),
		"javascript": tools.checkJS(".mjs"),
		"mjs":        tools.checkJS(".mjs"),
		"cjs":        tools.checkJS(".cjs"),
		"ts":         tools.checkTS,
		"typescript": tools.checkTS,
		"python":     tools.checkPython, // replaced by the batch below
		"py":         tools.checkPython,
		"sh":         tools.checkShell,
		"bash":       tools.checkShell,
		"json":       checkJSON,
		"yaml":       checkYAML,
		"toml":       tools.checkTOML,                                  // replaced by the batch below
		"text":       func(*testing.T, codeBlock) string { return "" }, // plain text: nothing to run
	}
	// Python and TOML blocks are parsed in one batch up front; their
	// subtests report the answers.
	parsed := map[int]string{}
	var pyBlocks []codeBlock
	var pyKinds []string
	var pyIndex []int
	for i, b := range blocks {
		if kind := map[string]string{"python": "python", "py": "python", "toml": "toml"}[b.Lang]; kind != "" && b.Fenced {
			pyBlocks, pyKinds, pyIndex = append(pyBlocks, b), append(pyKinds, kind), append(pyIndex, i)
		}
	}
	if len(pyBlocks) > 0 && tools.python != "" {
		for j, msg := range tools.pythonParses(t, pyBlocks, pyKinds) {
			parsed[pyIndex[j]] = msg
		}
	}
	batched := func(i int) checker {
		return func(t *testing.T, b codeBlock) string {
			need(t, tools.python, "python3")
			return parsed[i]
		}
	}
	for i, b := range blocks {
		t.Run(b.where(), func(t *testing.T) {
			switch {
			case !b.Fenced:
				t.Fatalf("%s: indented code block: use a fenced block with a language tag", b.where())
			case b.Lang == "":
				t.Fatalf("%s: fenced code block without a language tag", b.where())
			case strings.TrimSpace(b.Code) == "":
				t.Fatalf("%s: empty %s block", b.where(), b.Lang)
			}
			check, ok := checkers[b.Lang]
			if _, done := parsed[i]; done {
				check = batched(i)
			}
			if !ok {
				t.Fatalf("%s: no syntax check for language %q; use one of js, ts, python, sh, json, yaml, toml, text", b.where(), b.Lang)
			}
			if msg := check(t, b); msg != "" {
				t.Errorf("%s: %s block does not parse:\n%s\n--- block ---\n%s", b.where(), b.Lang, msg, b.Code)
			}
		})
	}
}

// tools holds the paths of the programs the checks run.
type tools struct {
	node, python, bash string
	// amaro is the folder holding node_modules/amaro, used to strip types
	// when this node has no stripTypeScriptTypes of its own.
	amaro string
}

func findTools() tools {
	var tl tools
	tl.node, _ = exec.LookPath("node")
	tl.python, _ = exec.LookPath("python3")
	tl.bash, _ = exec.LookPath("bash")
	if dir := os.Getenv("VERSUS_AMARO_DIR"); dir != "" {
		if _, err := os.Stat(filepath.Join(dir, "node_modules", "amaro")); err == nil {
			tl.amaro = dir
		}
	}
	return tl
}

// need skips the test when a tool is missing, or fails it under CI=true,
// where every block must be checked.
func need(t *testing.T, path, what string) {
	t.Helper()
	if path != "" {
		return
	}
	if os.Getenv("CI") == "true" {
		t.Fatalf("%s is not available, and CI=true requires every code block to be checked (.ci/run installs it)", what)
	}
	t.Skipf("%s is not available: code block not checked (set CI=true to make this an error)", what)
}

// run runs a tool with input on stdin and returns its complaint: its
// output when it exits non-zero.
func run(t *testing.T, input string, name string, args ...string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Stdin = strings.NewReader(input)
	out, err := cmd.CombinedOutput()
	var exit *exec.ExitError
	if errors.As(err, &exit) {
		if msg := strings.TrimSpace(string(out)); msg != "" {
			return msg
		}
		return exit.String()
	}
	if err != nil {
		t.Fatalf("running %s: %v", name, err)
	}
	return ""
}

// checkJS returns a checker that writes a block to a file with the given
// extension (.mjs: an ES module, so import and top-level await parse) and
// runs node --check on it.
func (tl tools) checkJS(ext string) checker {
	return func(t *testing.T, b codeBlock) string {
		need(t, tl.node, "node")
		return tl.nodeCheck(t, b.Code, ext)
	}
}

func (tl tools) nodeCheck(t *testing.T, code, ext string) string {
	t.Helper()
	file := filepath.Join(t.TempDir(), "block"+ext)
	if err := os.WriteFile(file, []byte(code), 0o600); err != nil {
		t.Fatal(err)
	}
	return run(t, "", tl.node, "--check", file)
}

// stripScript reads TypeScript on stdin and prints it with its types
// replaced by blanks, the way node runs .ts files: with node:module's
// stripTypeScriptTypes when this node has it, else with amaro, the
// package Node itself embeds for the job, in strip-only mode. Both refuse
// syntax that needs code generation (enum, namespaces with values,
// parameter properties), as node does without
// --experimental-transform-types.
const stripScript = `
const src = require('node:fs').readFileSync(0, 'utf8');
const mod = require('node:module');
let out;
if (typeof mod.stripTypeScriptTypes === 'function') {
  process.removeAllListeners('warning');
  out = mod.stripTypeScriptTypes(src, { mode: 'strip' });
} else {
  const amaro = require(require('node:path').join(process.env.VERSUS_AMARO_DIR, 'node_modules', 'amaro'));
  out = amaro.transformSync(src, { mode: 'strip-only' }).code;
}
process.stdout.write(out);
`

func (tl tools) checkTS(t *testing.T, b codeBlock) string {
	need(t, tl.node, "node")
	if tl.amaro == "" && !tl.nodeStrips() {
		need(t, "", "a TypeScript stripper (node >= 22.13, or amaro in $VERSUS_AMARO_DIR)")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, tl.node, "-e", stripScript)
	cmd.Env = append(os.Environ(), "VERSUS_AMARO_DIR="+tl.amaro)
	cmd.Stdin = strings.NewReader(b.Code)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	js, err := cmd.Output()
	if err != nil {
		return "type stripping refused it: " + strings.TrimSpace(stderr.String())
	}
	return tl.nodeCheck(t, string(js), ".mjs")
}

// nodeStrips reports whether this node can strip types itself.
func (tl tools) nodeStrips() bool {
	probe := "process.exit(typeof require('node:module').stripTypeScriptTypes === 'function' ? 0 : 1)"
	return exec.Command(tl.node, "-e", probe).Run() == nil
}

// pythonScript reads a JSON list of [kind, code] pairs and prints a JSON
// list of complaints, "" for each block that parses: Python source with
// ast.parse, TOML with tomllib. One interpreter checks them all, since
// starting one costs more than parsing.
const pythonScript = `
import ast, json, sys
out = []
for kind, code in json.load(sys.stdin):
    try:
        if kind == "toml":
            import tomllib
            tomllib.loads(code)
        else:
            ast.parse(code)
        out.append("")
    except Exception as e:
        out.append(f"{type(e).__name__}: {e}")
json.dump(out, sys.stdout)
`

// pythonParses checks blocks of kind "python" or "toml" in one python3
// process and returns their complaints, in order.
func (tl tools) pythonParses(t *testing.T, blocks []codeBlock, kinds []string) []string {
	t.Helper()
	need(t, tl.python, "python3")
	pairs := make([][2]string, len(blocks))
	for i, b := range blocks {
		pairs[i] = [2]string{kinds[i], b.Code}
	}
	in, err := json.Marshal(pairs)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, tl.python, "-c", pythonScript)
	cmd.Stdin = bytes.NewReader(in)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("python3 checking %d blocks: %v\n%s", len(blocks), err, stderr.String())
	}
	var msgs []string
	if err := json.Unmarshal(out, &msgs); err != nil || len(msgs) != len(blocks) {
		t.Fatalf("python3 checking %d blocks: unexpected answer %q (%v)", len(blocks), out, err)
	}
	return msgs
}

func (tl tools) checkPython(t *testing.T, b codeBlock) string {
	return tl.pythonParses(t, []codeBlock{b}, []string{"python"})[0]
}

func (tl tools) checkTOML(t *testing.T, b codeBlock) string {
	return tl.pythonParses(t, []codeBlock{b}, []string{"toml"})[0]
}

func (tl tools) checkShell(t *testing.T, b codeBlock) string {
	need(t, tl.bash, "bash")
	return run(t, b.Code, tl.bash, "-n")
}

func checkJSON(_ *testing.T, b codeBlock) string {
	var v any
	if err := json.Unmarshal([]byte(b.Code), &v); err != nil {
		return err.Error()
	}
	return ""
}

func checkYAML(_ *testing.T, b codeBlock) string {
	var v any
	if err := yaml.Unmarshal([]byte(b.Code), &v); err != nil {
		return err.Error()
	}
	return ""
}

// TestCodeBlockChecksCatchErrors makes sure the checks above can fail: a
// broken block of each checked language is reported, and TypeScript that
// only runs with --experimental-transform-types is refused.
func TestCodeBlockChecksCatchErrors(t *testing.T) {
	tl := findTools()
	bad := []struct {
		name  string
		check checker
		code  string
	}{
		{"js", tl.checkJS(".mjs"), "const x = ;\n"},
		{"ts syntax", tl.checkTS, "let x: number = ;\n"},
		{"ts enum", tl.checkTS, "enum Color { Red, Green }\n"},
		{"python", tl.checkPython, "def f(:\n    pass\n"},
		{"sh", tl.checkShell, "if true; then\n"},
		{"json", checkJSON, "{\"a\": }\n"},
		{"yaml", checkYAML, "a: [1, 2\n"},
		{"toml", tl.checkTOML, "a = \n"},
	}
	for _, c := range bad {
		t.Run(c.name, func(t *testing.T) {
			if msg := c.check(t, codeBlock{File: "test.md", Line: 1, Lang: c.name, Code: c.code, Fenced: true}); msg == "" {
				t.Errorf("broken %s block passed the check:\n%s", c.name, c.code)
			}
		})
	}
	good := codeBlock{File: "test.md", Line: 1, Lang: "ts", Code: "export const f = (x: number): string => String(x);\n", Fenced: true}
	if msg := tl.checkTS(t, good); msg != "" {
		t.Errorf("valid TypeScript refused: %s", msg)
	}
}
