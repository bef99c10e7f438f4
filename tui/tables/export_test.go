package tables

// Filter returns the matrix filter as typed.
func (m Model) Filter() string { return m.filter.Value() }

// filterRows is narrowRows over every row: what the filter shows for
// query typed from scratch, the reference the incremental path is
// checked against.
func filterRows(rows []row, query string) []int32 {
	return narrowRows(rows, terms(query), nil)
}
