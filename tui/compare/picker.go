package compare

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"

	"charm.land/bubbles/v2/textinput"
	"github.com/sahilm/fuzzy"

	"github.com/versus-dev/versus/knowledge"
)

// picker chooses one aspect: a query, the aspects matching it and a
// cursor over them.
type picker struct {
	input   textinput.Model
	choices []choice // candidates, in the order offered for an empty query
	matches []match  // choices matching the query, best first
	query   string   // the query matches were computed for
	cursor  int
	offset  int // first match shown
}

// choice is an aspect the picker offers.
type choice struct {
	section *knowledge.Section
	label   string   // what is shown: number, title, aliases
	targets []target // the parts of the label a query is matched against
}

// target is a part of a choice's label matched on its own, so that a
// query matching the title is not scored against the aliases too.
type target struct {
	text   string
	offset int // byte offset of text in the label
}

// match is a choice matching the query and the bytes of its label that
// matched.
type match struct {
	choice  int
	matched []int
}

// newPicker offers the pack's aspects except skip, first first.
func newPicker(p *knowledge.Pack, first, skip string, st styles) picker {
	var aspects []*knowledge.Section
	if p != nil {
		aspects = p.Aspects()
	}
	digits := 1
	for _, s := range aspects {
		digits = max(digits, len(strconv.Itoa(s.Number)))
	}
	var head, rest []choice
	for _, s := range aspects {
		if s.ID == skip {
			continue
		}
		c := newChoice(s, digits)
		if s.ID == first {
			head = append(head, c)
		} else {
			rest = append(rest, c)
		}
	}
	pk := picker{choices: append(head, rest...)}
	pk.input = textinput.New()
	pk.input.Prompt = "› "
	pk.input.Placeholder = "type a number, a title or an alias"
	pk.input.SetStyles(st.input)
	pk.input.Focus()
	pk.refilter()
	return pk
}

// newChoice builds how an aspect is shown in the picker, "12  Title ·
// alias, alias", and the parts a query is matched against: the number
// with the title, and each alias.
func newChoice(s *knowledge.Section, digits int) choice {
	title := fmt.Sprintf("%*d  %s", digits, s.Number, s.Title)
	c := choice{section: s, label: title, targets: []target{{title, 0}}}
	for i, a := range s.Aliases {
		if i == 0 {
			c.label += " · "
		} else {
			c.label += ", "
		}
		c.targets = append(c.targets, target{a, len(c.label)})
		c.label += a
	}
	return c
}

// prefixBonus lifts a choice with a word starting with the query above
// scattered matches: fuzzy scoring alone puts "Packages and ecosystem"
// before "Performance" for "pe", rewarding two word starts.
const prefixBonus = 40

// refilter recomputes the matches for the input's query. A query that
// extends the previous one can only match what that one matched, so only
// those are searched again: typing stays cheap on large packs.
func (pk *picker) refilter() {
	q := strings.TrimSpace(pk.input.Value())
	defer func() { pk.query, pk.cursor, pk.offset = q, 0, 0 }()
	if q == "" {
		pk.matches = make([]match, len(pk.choices))
		for i := range pk.choices {
			pk.matches[i] = match{choice: i}
		}
		return
	}
	pool := make([]int, 0, len(pk.choices))
	if pk.query != "" && strings.HasPrefix(q, pk.query) {
		for _, mt := range pk.matches {
			pool = append(pool, mt.choice)
		}
	} else {
		for i := range pk.choices {
			pool = append(pool, i)
		}
	}
	var texts []string
	var owners []int // index into pool of each text's choice
	var offsets []int
	for i, c := range pool {
		for _, t := range pk.choices[c].targets {
			texts = append(texts, t.text)
			owners = append(owners, i)
			offsets = append(offsets, t.offset)
		}
	}
	// Per pool index: the best score of its targets, and the match.
	const none = math.MinInt
	scores := make([]int, len(pool))
	for i := range scores {
		scores[i] = none
	}
	best := make([]match, len(pool))
	word := strings.ToLower(q)
	prefixOK := !strings.Contains(word, " ")
	for _, f := range fuzzy.FindNoSort(q, texts) {
		score := f.Score
		if prefixOK && hasWordPrefix(texts[f.Index], word) {
			score += prefixBonus
		}
		o := owners[f.Index]
		if score <= scores[o] {
			continue
		}
		matched := f.MatchedIndexes
		if off := offsets[f.Index]; off > 0 {
			for i := range matched {
				matched[i] += off
			}
		}
		best[o], scores[o] = match{choice: pool[o], matched: matched}, score
	}
	order := make([]int, 0, len(pool))
	for o, sc := range scores {
		if sc != none {
			order = append(order, o)
		}
	}
	// Best score first; equal scores keep the offered order.
	sort.SliceStable(order, func(i, j int) bool { return scores[order[i]] > scores[order[j]] })
	out := make([]match, 0, len(order)+1)
	// A query that is an aspect's number puts that aspect first.
	if n, err := strconv.Atoi(q); err == nil {
		for _, c := range pool {
			if pk.choices[c].section.Number == n {
				out = append(out, match{choice: c, matched: numberBytes(pk.choices[c].label)})
			}
		}
	}
	for _, o := range order {
		if len(out) > 0 && out[0].choice == pool[o] {
			continue
		}
		out = append(out, best[o])
	}
	pk.matches = out
}

// hasWordPrefix reports whether a word of text starts with the lower-case
// prefix.
func hasWordPrefix(text, prefix string) bool {
	lower := strings.ToLower(text)
	for i := 0; i < len(lower); {
		j := strings.Index(lower[i:], prefix)
		if j < 0 {
			return false
		}
		at := i + j
		if at == 0 || !isWordByte(lower[at-1]) {
			return true
		}
		i = at + 1
	}
	return false
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= '0' && b <= '9' || b >= 0x80
}

// numberBytes are the bytes of the number at the start of a label.
func numberBytes(l string) []int {
	var out []int
	for i := 0; i < len(l); i++ {
		switch {
		case l[i] >= '0' && l[i] <= '9':
			out = append(out, i)
		case l[i] != ' ':
			return out
		}
	}
	return out
}

// move moves the cursor by d, keeping it within the matches and in view
// of a list rows tall.
func (pk *picker) move(d, rows int) {
	if len(pk.matches) == 0 {
		return
	}
	pk.cursor = min(max(pk.cursor+d, 0), len(pk.matches)-1)
	pk.scrollTo(rows)
}

// scrollTo keeps the cursor within the rows shown.
func (pk *picker) scrollTo(rows int) {
	rows = max(rows, 1)
	if pk.cursor < pk.offset {
		pk.offset = pk.cursor
	}
	if pk.cursor >= pk.offset+rows {
		pk.offset = pk.cursor - rows + 1
	}
	pk.offset = min(max(pk.offset, 0), max(len(pk.matches)-rows, 0))
}

// chosen returns the aspect under the cursor.
func (pk picker) chosen() (*knowledge.Section, bool) {
	if pk.cursor < 0 || pk.cursor >= len(pk.matches) {
		return nil, false
	}
	return pk.choices[pk.matches[pk.cursor].choice].section, true
}
