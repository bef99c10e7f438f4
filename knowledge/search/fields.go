package search

import (
	"strings"

	"github.com/versus-dev/versus/knowledge"
)

// rawField is one searchable text of a section before indexing.
type rawField struct {
	kind   kind
	flags  uint8
	anchor string
	text   string // plain text on one line
}

// sectionFields appends the searchable texts of s to dst, in reading order:
// title, aliases, tags, summary, then the body (with its tables and FAQ
// entries where they stand).
func sectionFields(dst []rawField, e *extractor, s *knowledge.Section, blocks []block) ([]rawField, []block) {
	add := func(k kind, flags uint8, anchor, text string) {
		if text = oneLineString(text); text != "" {
			dst = append(dst, rawField{kind: k, flags: flags, anchor: anchor, text: text})
		}
	}
	add(kTitle, 0, "", s.Title)
	for _, a := range s.Aliases {
		add(kAlias, 0, "", a)
	}
	for _, t := range s.Tags {
		add(kTag, 0, "", t)
	}
	if s.Summary != "" {
		blocks = e.blocks(blocks[:0], s.Summary)
		add(kSummary, 0, "", joinBlocks(blocks))
	}

	// Body blocks, each under the anchor of the heading above it. In an FAQ
	// section the questions and answers are indexed from s.FAQ instead, so
	// the blocks under a question heading are skipped.
	faq := make(map[string]bool, len(s.FAQ))
	for _, q := range s.FAQ {
		faq[q.Anchor] = true
	}
	headingAnchor := make(map[int]string, len(s.Headings))
	for _, h := range s.Headings {
		headingAnchor[h.Line] = h.Anchor
	}
	titleKey := foldKey(s.Title)
	blocks = e.bodyBlocks(blocks[:0], s)
	anchor, skipping := "", false
	for _, b := range blocks {
		if b.heading {
			a, ok := headingAnchor[s.BodyLine+b.line]
			if !ok || s.BodyLine == 0 {
				a = knowledge.Anchor(b.text)
			}
			anchor = a
			if len(s.FAQ) > 0 && b.level <= 2 {
				skipping = faq[a]
			}
			if skipping || b.level == 1 && foldKey(b.text) == titleKey {
				continue // the title is indexed already
			}
			add(kBody, flagHeading, anchor, b.text)
			continue
		}
		if !skipping {
			add(kBody, 0, anchor, b.text)
		}
	}

	for _, t := range s.Tables {
		a := tableAnchor(s, t)
		var row strings.Builder
		for _, cells := range t.Rows {
			row.Reset()
			for _, c := range cells {
				c = oneLineString(c)
				if c == "" {
					continue
				}
				if row.Len() > 0 {
					row.WriteString(tableSep)
				}
				row.WriteString(c)
			}
			add(kTable, 0, a, row.String())
		}
	}

	for _, q := range s.FAQ {
		add(kQuestion, 0, q.Anchor, q.Question)
		blocks = e.blocks(blocks[:0], q.Answer)
		for _, b := range blocks {
			add(kAnswer, 0, q.Anchor, b.text)
		}
	}
	return dst, blocks
}

// tableAnchor returns the anchor of the last heading above table t.
func tableAnchor(s *knowledge.Section, t knowledge.Table) string {
	a := ""
	for _, h := range s.Headings {
		if h.Line < t.Line {
			a = h.Anchor
		}
	}
	return a
}

func joinBlocks(blocks []block) string {
	if len(blocks) == 1 {
		return blocks[0].text
	}
	var b strings.Builder
	for i, bl := range blocks {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(bl.text)
	}
	return b.String()
}

// foldKey returns the folded words of s joined by single spaces: two texts
// with the same key read the same to search.
func foldKey(s string) string {
	var t tokenizer
	t.run(s)
	return string(t.key(nil))
}

// key appends the folded words of the last text, joined by spaces.
func (t *tokenizer) key(dst []byte) []byte {
	for i := range t.toks {
		if i > 0 {
			dst = append(dst, ' ')
		}
		dst = append(dst, t.word(i)...)
	}
	return dst
}
