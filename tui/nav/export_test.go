package nav

// Typed is the number being typed, or "".
func (d Digits) Typed() string { return d.typed }
