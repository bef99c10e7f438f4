package search

// IsSubsequence lets the external tests check fuzzy matches with the rule
// the engine uses.
var IsSubsequence = isSubsequence
