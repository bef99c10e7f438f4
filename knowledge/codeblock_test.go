package knowledge

import (
	"reflect"
	"strings"
	"testing"
)

func TestCodeBlocks(t *testing.T) {
	body := "Intro.\n" + // line 10
		"\n" +
		"```js\n" + // 12
		"const x = 1;\n" +
		"\tindented();\n" +
		"```\n" + // 15
		"\n" +
		"Text with `inline code` and\n" +
		"\n" +
		"    an indented block\n" + // 19
		"    of two lines\n" +
		"\n" +
		"~~~\n" + // 22
		"~~~\n" +
		"\n" +
		"- a list\n" +
		"\n" +
		"  ```python title=\"x\"\n" + // 27
		"  print(1)\n" +
		"  ```\n"
	s := &Section{Body: body, BodyLine: 10}
	want := []CodeBlock{
		{Lang: "js", Code: "const x = 1;\n\tindented();\n", Line: 12, End: 14},
		{Code: "an indented block\nof two lines\n", Line: 19, End: 20},
		{Lang: "python", Code: "print(1)\n", Line: 27, End: 28},
	}
	if got := s.CodeBlocks(); !reflect.DeepEqual(got, want) {
		t.Fatalf("CodeBlocks:\n%+v\nwant\n%+v", got, want)
	}
	for line, wantLine := range map[int]int{1: 12, 12: 12, 14: 12, 15: 19, 20: 19, 21: 27, 28: 27, 99: 27} {
		if b, ok := s.CodeBlockAt(line); !ok || b.Line != wantLine {
			t.Errorf("CodeBlockAt(%d) = block at %d, %v; want the one at %d", line, b.Line, ok, wantLine)
		}
	}
	if _, ok := (&Section{Body: "No code, only `inline`."}).CodeBlockAt(1); ok {
		t.Error("a block found in a section without any")
	}
}

// FuzzCodeBlocks: any body gives blocks inside it, in order, and no panic.
func FuzzCodeBlocks(f *testing.F) {
	f.Add("```go\nx\n```\n")
	f.Add("    indented\n\n~~~\n~~~\n")
	f.Add("> ```\n> quoted\n- ```\n  listed\n")
	f.Add("```\nunclosed\n")
	f.Fuzz(func(t *testing.T, body string) {
		s := &Section{Body: body, BodyLine: 5}
		last := 5 + strings.Count(body, "\n")
		prev := 0
		for _, b := range s.CodeBlocks() {
			if b.Line < 5 || b.Line > b.End || b.End > last || b.Line < prev || b.Code == "" {
				t.Fatalf("block %+v out of place (body lines 5..%d, previous at %d)", b, last, prev)
			}
			prev = b.Line
		}
	})
}
