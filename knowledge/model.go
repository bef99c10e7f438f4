package knowledge

// Kind says what role a section plays in a pack.
type Kind string

// The kinds of section a pack may hold.
const (
	KindOverview  Kind = "overview"  // introductions, at-a-glance facts, origins
	KindAspect    Kind = "aspect"    // one compared aspect, usually numbered
	KindGuide     Kind = "guide"     // advice: use cases, how to choose
	KindFAQ       Kind = "faq"       // questions as ## headings, answers as bodies
	KindReference Kind = "reference" // sources and further reading
)

// Kinds lists every valid Kind in a stable order.
func Kinds() []Kind {
	return []Kind{KindOverview, KindAspect, KindGuide, KindFAQ, KindReference}
}

// Group names the group sections of kind k are listed under, in the
// browser's section list and in `versus list` alike.
func (k Kind) Group() string {
	switch k {
	case KindOverview:
		return "Overview"
	case KindAspect:
		return "Aspects"
	case KindGuide:
		return "Guides"
	case KindFAQ:
		return "FAQ"
	case KindReference:
		return "References"
	}
	return string(k)
}

// Valid reports whether k is one of Kinds.
func (k Kind) Valid() bool {
	for _, v := range Kinds() {
		if k == v {
			return true
		}
	}
	return false
}

// Pack is a loaded knowledge pack. It is read-only after Load.
type Pack struct {
	Title    string   // from pack.yaml
	Summary  string   // from pack.yaml
	Subjects []string // the things compared, in column order (e.g. Node.js, Python)
	AsOf     string   // date the content is current as of, YYYY-MM-DD

	Sections []*Section // in the order pack.yaml lists them

	// Source says what was opened: a pack, a folder of plain markdown, or
	// one markdown file.
	Source SourceKind

	// Problems lists the content problems of a pack that opened anyway
	// (dead links, missing anchors, tables of the wrong shape, section
	// files that could not be read), sorted by file then line. Each names
	// its file by its path inside the pack. Empty for a clean pack.
	Problems Problems

	byID map[string]*Section
}

// SourceKind says what kind of source a Pack was opened from.
type SourceKind int

// The kinds of source.
const (
	SourcePack   SourceKind = iota // a folder with pack.yaml
	SourceFolder                   // a folder of markdown without pack.yaml
	SourceFile                     // one markdown file, split at its headings
)

// Section returns the section with the given id, or nil.
func (p *Pack) Section(id string) *Section {
	return p.byID[id]
}

// SectionAt returns the section a problem at file and line concerns: the
// section of that file whose body starts last on or before the line (a
// single markdown file holds several), or its first section for a problem
// before any body (front matter, line 0). It returns nil for a file that
// has no section (one that could not be read, pack.yaml).
func (p *Pack) SectionAt(file string, line int) *Section {
	var found *Section
	for _, s := range p.Sections {
		if s.File != file {
			continue
		}
		if found == nil || s.BodyLine <= line {
			found = s
		}
	}
	return found
}

// Aspects returns the sections of kind aspect, in pack order.
func (p *Pack) Aspects() []*Section {
	var out []*Section
	for _, s := range p.Sections {
		if s.Kind == KindAspect {
			out = append(out, s)
		}
	}
	return out
}

// FAQ returns every FAQ entry of the pack's faq sections, in pack order.
func (p *Pack) FAQ() []FAQEntry {
	var out []FAQEntry
	for _, s := range p.Sections {
		out = append(out, s.FAQ...)
	}
	return out
}

// Section is one markdown file of a pack.
type Section struct {
	ID      string   // unique slug from front matter
	Title   string   // from front matter
	Kind    Kind     // from front matter
	Number  int      // aspect number; 0 when the section has none
	Aliases []string // other names readers search for
	Tags    []string // search keywords
	Summary string   // optional short summary (markdown inline text)

	// Group names the run of sections this one belongs to in a list: the
	// folder it lies in, for a folder of plain markdown. Empty in a pack,
	// whose sections are grouped by kind.
	Group string

	File     string // path of the file inside the pack, slash-separated
	Body     string // markdown after the front matter, sanitized
	BodyLine int    // 1-based line of the file on which Body starts

	Headings []Heading
	Tables   []Table
	Links    []Link
	FAQ      []FAQEntry // only for sections of kind faq
}

// ListGroup names the group the section is listed under: its Group (its
// folder, in a folder of plain markdown), else its kind's.
func (s *Section) ListGroup() string {
	if s.Group != "" {
		return s.Group
	}
	return s.Kind.Group()
}

// ComparisonTables returns the section's tables whose columns are the
// criterion followed by one column per subject.
func (s *Section) ComparisonTables() []Table {
	var out []Table
	for _, t := range s.Tables {
		if t.Comparison {
			out = append(out, t)
		}
	}
	return out
}

// Heading is a markdown heading of a section body.
type Heading struct {
	Level  int    // 1 to 6
	Text   string // plain text of the heading
	Anchor string // GitHub-style anchor, see Anchor
	Line   int    // 1-based line in the section file
}

// Table is a GFM table of a section body. Cells hold plain text: inline
// markup is reduced to its text.
type Table struct {
	Header     []string
	Rows       [][]string
	Comparison bool // header is a criterion column then one column per subject
	Line       int  // 1-based line of the header row in the section file
}

// Link is a link found in a section body.
type Link struct {
	Text   string // the link text, plain
	Dest   string // destination as written
	Target string // id of the linked section; empty for external links
	Anchor string // heading anchor within Target, without '#'; may be empty
	Line   int    // 1-based line in the section file

	// Broken is set on a link into the pack whose file or heading does
	// not exist; the pack's Problems say why.
	Broken bool
	// Start and End are the byte range of the link in the section's
	// Body, when it could be placed (End is 0 otherwise); Document shows
	// a broken link placed this way as text marked broken.
	Start, End int
}

// Shown is what a reader sees of the link: its text, or its address when
// it has none (a badge without alt text, or "[](url)").
func (l Link) Shown() string {
	if l.Text == "" {
		return l.Dest
	}
	return l.Text
}

// External reports whether the link leaves the pack (a URL).
func (l Link) External() bool { return l.Target == "" && !l.Broken }

// FAQEntry is one question of a faq section and its answer.
type FAQEntry struct {
	Question  string // the ## heading text
	Answer    string // markdown of the answer body
	SectionID string // the faq section holding it
	Anchor    string // anchor of the question heading
	Line      int    // 1-based line of the question in the section file
}
