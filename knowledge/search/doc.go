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
// "i" or "do" would otherwise match the start of half the vocabulary). A
// query of one-letter words alone finds nothing. Text in caret notation
// ("^L", "^[", how the sanitizer shows control characters) is no word.
//
// People mistype, so a query word also matches, ranked below its own
// letters:
//
//   - its other number ("threads" finds "thread", "library" finds
//     "libraries");
//   - its two halves, when it is words run together and both are words of
//     the text ("eventloop" finds "event loop"); two query words run
//     together match one word of the text ("type script" finds
//     "TypeScript");
//   - words within its typo budget (see knowledge/typo: one edit from 4
//     letters, two from 8, a swap of neighbours counting as one), and, for
//     the last word, words whose start is within it. Typos are looked up
//     only for words that match nothing as typed, unless no section then
//     holds every word: a second pass forgives every word, as Typesense
//     does with its typo budget. Candidate words are found by length
//     buckets and a letter-set filter before a banded edit distance, and
//     capped at the closest and commonest 48.
//
// Every query word must match (AND), each possibly by any of these, in
// some field of a section, not necessarily the same field. Short fields
// (titles, aliases, tags, questions) also match the whole query fuzzily
// with github.com/sahilm/fuzzy, but only when the match is tight: the
// matched characters form few runs, each starting a word (or, after a
// first run of two or more, being three or more long), since a scattered
// subsequence matches almost anything.
//
// When nothing matches, Index.Suggest offers queries that would: words
// that match nothing replaced by the nearest words of the pack, or left
// out.
//
// # Ranking
//
// A hit's score is built in tiers, each outweighing everything below it:
//
//   - 25000 per query word the field matched: fields holding more of the
//     query come first;
//   - 500 per class point of each word's match: 6 exact, 5 prefix, 4 other
//     number or run-together, 3 one typo, 2 one typo in a prefix, 1 two
//     typos, 0 two typos in a prefix or the fuzzy match of a short field;
//   - the field's weight: title 100, alias 95, tag 80, table row 60,
//     question 50, summary 45, body heading 42, body and answer 30 (a fuzzy
//     match gets a share of it, by tightness);
//   - small bonuses: up to 20 for a prefix covering more of its word, up
//     to 30 for rare words (found in few sections), 15 when a short field
//     reads exactly as the query, up to 20 when the query words stand
//     close together in query order (full points side by side, half within
//     four words), 5 when the match starts the field.
//
// Hits are deduplicated: at most one for a section's names (title, aliases
// and tags together), at most one per other (section, field, heading
// anchor), one per (section, field, snippet) and at most MaxPerSection per
// section. Sections come in the order of their best hit, each followed by
// its other hits; Hit.SectionHits says how many fields of the section
// matched in all.
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
