// Package search is the search engine of versus: one index over every
// searchable text of a knowledge pack (section titles, aliases, tags,
// summaries, body text, comparison-table rows, FAQ questions and answers).
//
// New builds an Index from a loaded pack; Index.Search and
// Index.SearchContext answer one query; a Session answers the queries of an
// interactive search box, one per keystroke, reusing the work of the
// previous query as the query grows.
//
// # Matching
//
// Text is cut into words: runs of letters and digits, with accents removed
// and case folded ("Café" is found by "cafe", "ﬂame" by "flame"), trailing
// '+' and '#' kept so that "C++" and "C#" are words, and each Han,
// Hiragana or Katakana character a word of its own. Words joined by '.',
// '/', '-', '_', ':' or an apostrophe ("Node.js", "async/await",
// "multi-threading") are also indexed as one joined word ("nodejs",
// "asyncawait"), so both spellings find them.
//
// The last query word, the one being typed, matches a text word exactly or
// as its prefix; the other query words match whole words only (a finished
// "i" or "do" would otherwise match the start of half the vocabulary).
// Short fields (titles, aliases, tags, questions) also match the whole
// query fuzzily with github.com/sahilm/fuzzy, but only when the match is
// tight: the matched characters form few runs, each starting a word (or,
// after a first run of two or more, being three or more long), since a
// scattered subsequence matches almost anything.
//
// # Ranking
//
// A hit's score is built in tiers, each outweighing everything below it:
//
//   - 10000 per query word matched: more matched words always win;
//   - 500 per class point, 2 for a word matched exactly, 1 for a prefix, 0
//     for a fuzzy match: an exact word beats a prefix beats a fuzzy match,
//     so a word found in one section puts that section first;
//   - the field's weight: title 100, alias 95, tag 80, table row 60,
//     question 50, summary 45, body heading 42, body and answer 30 (a fuzzy
//     match gets a share of it, by tightness);
//   - small bonuses: up to 20 for a prefix covering more of its word, up
//     to 30 for rare words (found in few sections), 15 when a short field
//     reads exactly as the query, up to 20 when the query words stand side
//     by side in query order (a phrase), 5 when the match starts the field.
//
// Hits are deduplicated: at most one for a section's names (title, aliases
// and tags together), at most one per other (section, field, heading anchor)
// and at most MaxPerSection per section. Sections come in the order of
// their best hit, each followed by its other hits.
//
// # Cost
//
// Word lookups go through an inverted index (a sorted term list, binary
// search for prefixes, postings of field ids); fuzzy matching runs only on
// the short fields that have a word starting with the query's first
// character and hold all of its characters. Candidates are ranked by the
// index alone, and only the best few hundred are verified in their text,
// for phrases and snippets. A query costs a few milliseconds of CPU on a
// pack of 10,000 sections (150,000 fields); see the benchmarks.
package search
