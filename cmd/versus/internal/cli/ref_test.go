package cli

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestStrictReferences checks every rule of a REF on the built-in pack:
// what resolves prints the section, anything else exits 2 with nothing on
// stdout and at most 5 suggestions on stderr.
func TestStrictReferences(t *testing.T) {
	resolves := []struct {
		args []string
		want string // in the output
	}{
		{[]string{"show", "performance"}, "Performance"},     // id
		{[]string{"show", "12"}, "Memory"},                   // aspect number
		{[]string{"show", "gil"}, "Scalability"},             // alias
		{[]string{"show", "perf"}, "Performance"},            // unique prefix of a title
		{[]string{"show", "memory and resource use"}, "Mem"}, // exact title
		{[]string{"perf"}, "Performance"},                    // bare REF, piped
		{[]string{"show", "faq"}, "FAQ"},
	}
	for _, tt := range resolves {
		r := versus(t, tt.args...)
		if r.code != 0 || !strings.Contains(r.stdout, tt.want) {
			t.Errorf("versus %s: exit %d, stdout lacks %q; stderr %q", strings.Join(tt.args, " "), r.code, tt.want, r.stderr)
		}
	}

	refused := []struct {
		args    []string
		suggest string // a section id the suggestions must hold, "" for none
	}{
		{[]string{"show", "nonsense"}, ""},
		{[]string{"show", "foo"}, "memory"},
		{[]string{"show", "0"}, ""},
		{[]string{"show", "19"}, ""},
		{[]string{"show", "pythn"}, "python-use-cases"},
		{[]string{"show", "perfromance"}, "performance"},
		{[]string{"compare", "1", "nonsense"}, ""},
		{[]string{"nonsense"}, ""},
		{[]string{"pythn"}, "python-use-cases"},
		{[]string{"open", "nonsense"}, ""},
		{[]string{"show", "c"}, ""}, // ambiguous: several titles start with it
	}
	for _, tt := range refused {
		name := "versus " + strings.Join(tt.args, " ")
		r := versus(t, tt.args...)
		if r.code != 2 || r.stdout != "" {
			t.Errorf("%s: exit %d, stdout %q; want exit 2 and nothing", name, r.code, r.stdout)
			continue
		}
		if !strings.HasPrefix(r.stderr, "versus: section ") {
			t.Errorf("%s: stderr %q does not explain the reference", name, r.stderr)
		}
		// Suggestions are the indented lines.
		n := strings.Count(r.stderr, "\n  ")
		if n > 5 {
			t.Errorf("%s: %d suggestions, want at most 5:\n%s", name, n, r.stderr)
		}
		if tt.suggest != "" && !strings.Contains(r.stderr, " "+tt.suggest+" ") {
			t.Errorf("%s: suggestions lack %s:\n%s", name, tt.suggest, r.stderr)
		}
	}
}

func TestMistypedCommand(t *testing.T) {
	for typed, want := range map[string]string{"lst": "list", "shwo": "show", "serach": "search", "compar": "compare"} {
		r := versus(t, typed)
		msg := `versus: unknown command "` + typed + `"; did you mean "` + want + `"?`
		if r.code != 2 || r.stdout != "" || !strings.Contains(r.stderr, msg) {
			t.Errorf("versus %s: exit %d, stdout %q, stderr %q; want exit 2 and %q", typed, r.code, r.stdout, r.stderr, msg)
		}
	}
	// After a folder, a command's name is no section: the message says
	// how to run the command on the folder.
	dir := writePack(t, map[string]string{"a.md": "# Alpha\n"})
	for _, typed := range []string{"list", "lst"} {
		r := versus(t, dir, typed)
		msg := `versus: "` + typed + `" names no section of ` + dir + `; to run "list" on it: versus list ` + shellWord(dir)
		if r.code != 2 || !strings.Contains(r.stderr, msg) {
			t.Errorf("versus DIR %s: exit %d, stderr %q; want exit 2 and %q", typed, r.code, r.stderr, msg)
		}
	}
	// A reference close to a command name is still a reference.
	if r := versus(t, "faq"); r.code != 0 || strings.Contains(r.stderr, "unknown command") {
		t.Errorf("versus faq: exit %d, stderr %q", r.code, r.stderr)
	}
}

func TestSearchHonesty(t *testing.T) {
	// A capped list says how many it leaves out, on stderr when piped.
	r := versus(t, "search", "gil", "--limit", "2")
	if r.code != 0 || !strings.Contains(r.stderr, "more (use --limit)") || strings.Contains(r.stdout, "more (use --limit)") {
		t.Errorf("search gil --limit 2: exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
	all := versus(t, "search", "gil", "--limit", "0")
	if all.code != 0 || all.stderr != "" || strings.Count(all.stdout, "\n") <= strings.Count(r.stdout, "\n") {
		t.Errorf("search gil --limit 0 shows no more than --limit 2:\n%s", all.stdout)
	}

	// No hits: exit 1, with and without --json, and a suggestion.
	for _, args := range [][]string{{"search", "pyhtonn"}, {"search", "pyhtonn", "--json"}} {
		r := versus(t, args...)
		if r.code != 1 || !strings.Contains(r.stderr, "did you mean: python") {
			t.Errorf("versus %s: exit %d, stderr %q; want exit 1 and a suggestion", strings.Join(args, " "), r.code, r.stderr)
		}
	}
	r = versus(t, "search", "pyhtonn", "--json")
	var hits []any
	if err := json.Unmarshal([]byte(r.stdout), &hits); err != nil || len(hits) != 0 {
		t.Errorf("search --json with no hits printed %q, want []", r.stdout)
	}

	// Typos are forgiven.
	r = versus(t, "search", "pythn", "--json", "--limit", "3")
	if r.code != 0 || !strings.Contains(r.stdout, `"python-use-cases"`) {
		t.Errorf("search pythn: exit %d\n%s", r.code, r.stdout)
	}
}
