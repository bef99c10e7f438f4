package layout

// Wide is the width from which the panes of a view sit side by side: the
// section list beside the reader, the FAQ's answer beside its questions,
// the two compared aspects. Narrower, they stack or show one at a time.
const Wide = 100

// Rect is an area of the screen or of a pane.
type Rect struct{ X, Y, W, H int }

// Contains reports whether the cell (x, y) is inside r.
func (r Rect) Contains(x, y int) bool {
	return x >= r.X && x < r.X+r.W && y >= r.Y && y < r.Y+r.H
}

// Inner is the area inside a one-cell border.
func (r Rect) Inner() Rect {
	return Rect{r.X + 1, r.Y + 1, max(0, r.W-2), max(0, r.H-2)}
}

// DefaultMeasure is the widest prose is rendered when the pane is wider:
// lines of about 100 columns (96 between glamour's margins) read better
// than lines that run across a wide terminal. The reader and the FAQ's
// answer share it; --width changes it for both.
const DefaultMeasure = 100

// MinMeasure is the narrowest measure accepted, the narrowest --width the
// CLI takes.
const MinMeasure = 20

// Measure is the measure a --width setting asks for: DefaultMeasure for
// 0 (no setting), never less than MinMeasure.
func Measure(setting int) int {
	if setting <= 0 {
		return DefaultMeasure
	}
	return max(setting, MinMeasure)
}
