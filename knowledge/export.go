package knowledge

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"go.yaml.in/yaml/v3"
)

// ExportOptions are what a pack states in pack.yaml that a folder or a
// file of plain markdown does not: Export takes them from here. An empty
// Summary is the first section's.
type ExportOptions struct {
	Title    string
	Summary  string
	Subjects []string // at least two, for pack.yaml
	AsOf     string   // YYYY-MM-DD
}

// ExportFile is one file of an exported pack.
type ExportFile struct {
	Path string // slash-separated, inside the pack
	Data []byte
}

// maxSummary is the longest summary Export takes from a first paragraph,
// in characters.
const maxSummary = 160

// Export writes an opened pack, folder or file out as the files of a pack
// (pack.yaml first, then one markdown file per section) ready to edit:
// each section gets front matter (id, title, kind, number, and a summary
// from its first paragraph); links between the parts of a single file
// become links between their files; links that would lead nowhere in the
// pack (broken ones, links to files that are not sections) become their
// text; FAQ sections are written with their questions as "##" headings.
// Sections keep their paths when they have files of their own; the parts
// of a single file are named after their ids.
func Export(p *Pack, o ExportOptions) ([]ExportFile, error) {
	if len(o.Subjects) < 2 {
		return nil, fmt.Errorf("a pack compares at least two subjects, got %d", len(o.Subjects))
	}
	paths := make(map[string]string, len(p.Sections)) // by section id
	var list []string
	for _, s := range p.Sections {
		name := s.File
		if p.Source == SourceFile {
			name = s.ID + ".md"
		}
		paths[s.ID] = name
		list = append(list, name)
	}
	md := newParser()
	sections := make([][]byte, len(p.Sections))
	for i, s := range p.Sections {
		data, summary, err := exportSection(md, s, paths, p.Source == SourceFile)
		if err != nil {
			return nil, fmt.Errorf("write %s: %w", paths[s.ID], err)
		}
		sections[i] = data
		if o.Summary == "" {
			o.Summary = summary
		}
	}
	if o.Summary == "" {
		o.Summary = o.Title
	}
	manifest := struct {
		Title    string   `yaml:"title"`
		Summary  string   `yaml:"summary"`
		Subjects []string `yaml:"subjects,flow"`
		AsOf     string   `yaml:"as_of"`
		Sections []string `yaml:"sections"`
	}{o.Title, o.Summary, o.Subjects, o.AsOf, list}
	data, err := yaml.Marshal(manifest)
	if err != nil {
		return nil, fmt.Errorf("write %s: %w", manifestFile, err)
	}
	files := append(make([]ExportFile, 0, len(p.Sections)+1), ExportFile{manifestFile, data})
	for i, s := range p.Sections {
		files = append(files, ExportFile{paths[s.ID], sections[i]})
	}
	return files, nil
}

// sectionFront is the front matter Export writes.
type sectionFront struct {
	ID      string `yaml:"id"`
	Title   string `yaml:"title"`
	Kind    Kind   `yaml:"kind"`
	Number  int    `yaml:"number,omitempty"`
	Summary string `yaml:"summary,omitempty"`
}

// exportSection writes one section's file, and returns the summary it
// gave the section.
func exportSection(md parser.Parser, s *Section, paths map[string]string, single bool) ([]byte, string, error) {
	body := exportBody(s, paths, single)
	front := sectionFront{ID: s.ID, Title: s.Title, Kind: s.Kind, Number: s.Number, Summary: s.Summary}
	if s.Kind == KindFAQ && len(s.FAQ) > 0 {
		body = faqBody(s.FAQ)
	} else if front.Summary == "" {
		front.Summary = firstParagraph(md, []byte(body))
	}
	fm, err := yaml.Marshal(front)
	if err != nil {
		return nil, "", err
	}
	var b bytes.Buffer
	b.WriteString(fmDelim + "\n")
	b.Write(fm)
	b.WriteString(fmDelim + "\n\n")
	b.WriteString(strings.TrimLeft(body, "\n"))
	if !strings.HasSuffix(body, "\n") {
		b.WriteByte('\n')
	}
	return b.Bytes(), front.Summary, nil
}

// exportBody is the section's body with its links made to work in the
// pack.
func exportBody(s *Section, paths map[string]string, single bool) string {
	return rewriteLinks(s.Body, s.Links, func(l Link, text string) (string, bool) {
		switch {
		case l.Broken, l.Target == "" && !isExternal(decodeDest(l.Dest)):
			return text, true
		case single && l.Target != "":
			// A part's own heading becomes its title, in front matter: a
			// link to it leads to the file.
			own := l.Anchor == "" || slugify(l.Anchor) == l.Target
			if l.Target == s.ID && !own {
				return "", false
			}
			dest := paths[l.Target]
			if !own {
				dest += "#" + l.Anchor
			}
			return "[" + text + "](" + dest + ")", true
		}
		return "", false
	})
}

// faqBody writes FAQ entries as a pack's faq section holds them.
func faqBody(entries []FAQEntry) string {
	var b strings.Builder
	for _, e := range entries {
		b.WriteString("## ")
		b.WriteString(e.Question)
		b.WriteString("\n\n")
		if e.Answer != "" {
			b.WriteString(e.Answer)
			b.WriteString("\n\n")
		}
	}
	return b.String()
}

// firstParagraph returns the plain text of the first paragraph of a body,
// cut at a word to at most maxSummary characters.
func firstParagraph(md parser.Parser, body []byte) string {
	doc := md.Parse(text.NewReader(body))
	for n := doc.FirstChild(); n != nil; n = n.NextSibling() {
		if _, ok := n.(*ast.Paragraph); !ok {
			continue
		}
		p := &bodyParser{src: body}
		t := p.text(n)
		if t == "" {
			continue
		}
		if utf8.RuneCountInString(t) <= maxSummary {
			return t
		}
		r := []rune(t)[:maxSummary]
		cut := string(r)
		if i := strings.LastIndexByte(cut, ' '); i > maxSummary/2 {
			cut = cut[:i]
		}
		return strings.TrimRight(cut, " ,;:") + "…"
	}
	return ""
}
