package search

// Field names the part of a section a hit matched.
type Field string

// The searchable fields of a section.
const (
	FieldTitle    Field = "title"    // the section title
	FieldAlias    Field = "alias"    // one of the section's aliases
	FieldTag      Field = "tag"      // one of the section's tags
	FieldSummary  Field = "summary"  // the section summary
	FieldTable    Field = "table"    // one table row, its cells joined by " · "
	FieldQuestion Field = "question" // an FAQ question
	FieldAnswer   Field = "answer"   // a paragraph of an FAQ answer
	FieldBody     Field = "body"     // a paragraph, list item, heading or code block of the body
)

// kind is a Field as a small number, the index into kinds.
type kind uint8

const (
	kTitle kind = iota
	kAlias
	kTag
	kSummary
	kTable
	kQuestion
	kAnswer
	kBody
	numKinds
)

// kindInfo describes how a kind of field is searched and ranked.
type kindInfo struct {
	field  Field
	weight int  // see the package documentation, Ranking
	short  bool // matched fuzzily as well as word by word
}

// info returns how fields of kind k are searched and ranked.
func (k kind) info() kindInfo {
	switch k {
	case kTitle:
		return kindInfo{FieldTitle, 100, true}
	case kAlias:
		return kindInfo{FieldAlias, 95, true}
	case kTag:
		return kindInfo{FieldTag, 80, true}
	case kSummary:
		return kindInfo{FieldSummary, 45, false}
	case kTable:
		return kindInfo{FieldTable, 60, false}
	case kQuestion:
		return kindInfo{FieldQuestion, 50, true}
	case kAnswer:
		return kindInfo{FieldAnswer, 30, false}
	default:
		return kindInfo{FieldBody, 30, false}
	}
}

// Field flags.
const (
	flagHeading uint8 = 1 << iota // a heading of the body
)

// headingBonus lifts a body heading above body paragraphs (to 42, between
// summaries and bodies): a heading names what follows it.
const headingBonus = 12

// tableSep joins the cells of a table row.
const tableSep = " · "
