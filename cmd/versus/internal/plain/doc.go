// Package plain renders section markdown as plain text for pipes and
// files: what `versus show`, `versus compare --print` and `versus faq`
// print when stdout is not a terminal.
//
// The output reads like a manual page. It carries no markdown markup and
// no escape sequence:
//
//   - a level 1 heading is underlined with '=', a level 2 heading with '-';
//     deeper headings stand on a line of their own;
//   - paragraphs are wrapped at the width; emphasis, strong text, code
//     spans and strikethrough keep their text and lose their markers;
//   - list items hang: a wrapped line starts under the text of its item,
//     not under its marker ("-" for bullets, right-aligned numbers for
//     ordered lists);
//   - block quotes are prefixed with "| ";
//   - code blocks are indented by four columns and kept verbatim, with
//     tabs expanded to the next multiple of four;
//   - tables become aligned text columns whose cells wrap inside their
//     column; a table whose columns cannot fit without breaking words is
//     printed as one record per row ("header: cell" lines under the row's
//     first cell);
//   - a link to another file of the pack shows its text alone; a link
//     with a scheme (https:, mailto:) shows its text and a reference
//     number, "[1]", and the addresses are listed under "Links" at the end;
//   - HTML blocks and inline HTML are dropped, as glamour drops them.
//
// Every line fits the width, with two documented exceptions: a line of a
// code block, which is kept verbatim, and an address in the list of
// links, which is kept whole so that it can be copied. Text is measured
// in terminal cells (grapheme clusters, wide characters as two) with the
// ansi package, as the rest of versus measures it.
//
// Content is untrusted: every piece of text is passed through
// sanitize.Line after markdown escapes and character references are
// decoded, so the output carries no control character but newlines.
package plain
