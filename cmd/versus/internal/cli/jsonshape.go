package cli

import (
	"encoding/json"
	"fmt"

	"github.com/versus-dev/versus/knowledge"
)

// The JSON shapes below are a stable interface for scripts, documented in
// the README. Add fields; never rename or remove one.

type jsonListItem struct {
	ID     string `json:"id"`
	Title  string `json:"title"`
	Kind   string `json:"kind"`
	Number int    `json:"number,omitempty"`
}

type jsonTable struct {
	Header []string   `json:"header"`
	Rows   [][]string `json:"rows"`
}

type jsonLink struct {
	Text   string `json:"text"`
	Dest   string `json:"dest"`             // as written in the markdown
	Target string `json:"target,omitempty"` // section id; absent for external links
	Anchor string `json:"anchor,omitempty"`
	Broken bool   `json:"broken,omitempty"` // leads to no file or heading of the pack
}

type jsonSection struct {
	ID       string      `json:"id"`
	Title    string      `json:"title"`
	Kind     string      `json:"kind"`
	Number   int         `json:"number,omitempty"`
	Summary  string      `json:"summary,omitempty"`
	Markdown string      `json:"markdown"`
	Tables   []jsonTable `json:"tables"`
	Links    []jsonLink  `json:"links"`
}

type jsonCompare struct {
	Left  jsonSection `json:"left"`
	Right jsonSection `json:"right"`
}

type jsonHit struct {
	ID      string `json:"id"`
	Title   string `json:"title"`
	Kind    string `json:"kind"`
	Field   string `json:"field"`
	Snippet string `json:"snippet"`
	Score   int    `json:"score"`
}

type jsonFAQ struct {
	Question string `json:"question"`
	Answer   string `json:"answer"`
}

func listItem(s *knowledge.Section) jsonListItem {
	return jsonListItem{ID: s.ID, Title: s.Title, Kind: string(s.Kind), Number: s.Number}
}

func sectionJSON(s *knowledge.Section) jsonSection {
	out := jsonSection{
		ID: s.ID, Title: s.Title, Kind: string(s.Kind), Number: s.Number,
		Summary: s.Summary, Markdown: s.Body,
		Tables: []jsonTable{}, Links: []jsonLink{},
	}
	for _, t := range s.Tables {
		rows := t.Rows
		if rows == nil {
			rows = [][]string{}
		}
		out.Tables = append(out.Tables, jsonTable{Header: t.Header, Rows: rows})
	}
	for _, l := range s.Links {
		out.Links = append(out.Links, jsonLink{Text: l.Text, Dest: l.Dest, Target: l.Target, Anchor: l.Anchor, Broken: l.Broken})
	}
	return out
}

// writeJSON prints v indented. encoding/json escapes every control
// character, so JSON output is terminal-safe whatever the pack holds.
func (a *app) writeJSON(v any) error {
	enc := json.NewEncoder(a.env.Stdout)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false) // markdown is full of < > &; scripts want it as written
	if err := enc.Encode(v); err != nil {
		return fmt.Errorf("write json: %w", err)
	}
	return nil
}
