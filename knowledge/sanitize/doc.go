// Package sanitize neutralises control characters and terminal escape
// sequences in untrusted pack text before it can reach a terminal.
//
// Pack content is untrusted: glamour copies escape sequences from markdown to
// its output (raw ESC bytes, and character references such as "&#27;" that
// it decodes with html.UnescapeString in text, code spans and inline HTML),
// and the Bubble Tea renderer lets DCS, APC, C1 controls, carriage returns
// and bidi overrides through. Without this package a pack could write to the
// clipboard (OSC 52), retitle the window, hide or overwrite text, or make the
// terminal answer back (less CVE-2022-46663, git CVE-2024-52005, kubectl
// CVE-2021-25743).
//
// # Visible forms
//
// Nothing is silently deleted: every dangerous character is replaced by a
// visible, harmless form, as git, less and bat do, so a reader sees that a
// pack carries something odd:
//
//   - C0 controls U+0000–U+001F become caret notation: NUL "^@", ENQ "^E",
//     BEL "^G", BS "^H", CR "^M", ESC "^[", and so on; DEL becomes "^?".
//     Neutralising the ESC byte makes the whole sequence visible harmless
//     text: an OSC 52 clipboard write "ESC]52;c;...BEL" shows as
//     "^[]52;c;...^G", and the text after an unterminated sequence survives.
//   - C1 controls U+0080–U+009F encoded in UTF-8, bidi controls (U+061C,
//     U+200E, U+200F, U+202A–U+202E, U+2066–U+2069) and invisible format
//     characters (U+200B–U+200D, U+2060–U+2064, U+206A–U+206F, U+FEFF,
//     U+2028, U+2029, U+180E, U+FFF9–U+FFFB, tags U+E0000–U+E007F) become
//     "<U+XXXX>", as less shows them: "evil\u202etxt.exe" shows as
//     "evil<U+202E>txt.exe". Emoji sequences joined by U+200D show their
//     parts and "<U+200D>".
//   - Bytes that are not valid UTF-8, including lone 8-bit C1 bytes such as
//     0x9B (CSI), become U+FFFD, the replacement character.
//   - In markdown, a character reference that decodes to any of the above
//     keeps its text: "&#27;" is written "&amp;#27;" and renders as "&#27;".
//
// # Filters
//
// Three filters serve three kinds of text:
//
//   - [Line] for one-line fields (titles, aliases, tags, table cells, heading
//     and link text, file names in messages): tab, newline and carriage
//     return become a space. Its output is plain text, not markdown.
//   - [Block] for markdown source, such as whole section files: tab and
//     newline stay, CRLF becomes LF, and references are rewritten as above.
//     Block never adds or removes a '\n', so line numbers computed on its
//     output match the source. Glamour's rendering of Block's output carries
//     no sequence but glamour's own SGR and OSC 8. Any text handed to glamour
//     must go through Block right before, including one-line fields such as
//     a summary: YAML escapes ("\e", "\x26#27;") decode after the loader's
//     Block pass over the file.
//   - [Terminal] as the last filter before bytes reach a terminal: it keeps
//     SGR sequences (CSI ... m) and well-formed OSC 8 hyperlinks with a clean
//     URI, which versus emits through glamour and lipgloss, and neutralises
//     everything else. It cannot tell who wrote a well-formed hyperlink:
//     Block is what keeps content from writing one.
//
// All three return their argument itself, without allocating, when it needs
// no change, so they cost a scan on clean text. [Safe] and [SafeStyled]
// check output for tests of every path that writes pack text.
package sanitize
