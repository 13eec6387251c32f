/// Text helpers every stage shares: one idea of whitespace, one of line
/// endings, one of ASCII letter case. (Case folding for note names is fold_case() in
/// support/path_internal.h; UTF-8 characters are support/utf8_internal.h's.)
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace goals {

/// ASCII whitespace: space, tab, LF, VT, FF and CR (C's isspace in any locale).
inline constexpr std::string_view kWhitespace = " \t\n\v\f\r";
/// Whitespace inside one line as Markdown and YAML read it: space and tab.
inline constexpr std::string_view kBlanks = " \t";

// Line endings, as CommonMark (and so cmark-gfm, and YAML 1.2) reads them: a
// `\n`, a `\r\n` or a lone `\r` each end one line. Old Mac exports end every
// line in a lone `\r`; a note's lines, and the line numbers in diagnostics,
// are the same whichever of the three it uses.

/// The length of the line ending starting at `text[at]`: 2 for `\r\n`, 1 for
/// `\n` or a lone `\r`, 0 for any other byte or past the end.
constexpr std::size_t line_ending_size(std::string_view text, std::size_t at) {
  if (at >= text.size()) return 0;
  if (text[at] == '\n') return 1;
  if (text[at] != '\r') return 0;
  return at + 1 < text.size() && text[at + 1] == '\n' ? 2 : 1;
}

/// The offset of the first line ending at or after `at` (the line's end),
/// text.size() when there is none.
std::size_t find_line_end(std::string_view text, std::size_t at);

/// Where the line after the one holding `at` starts (past its line ending);
/// text.size() when that line is the last.
std::size_t next_line_start(std::string_view text, std::size_t at);

/// The line starting at `at`, without its line ending.
std::string_view line_at(std::string_view text, std::size_t at);

/// A 1-based line and byte column.
struct TextPosition {
  int line = 1;
  int column = 1;
  friend bool operator==(const TextPosition&, const TextPosition&) = default;
};

/// The line and column of byte `at` of `text` (at most text.size()); the `\n`
/// of a `\r\n` stands on the line it ends.
TextPosition position_of(std::string_view text, std::size_t at);

/// The line ending `text` uses, by its first: "\r\n", "\r" or "\n" ("\n"
/// when it has none).
std::string_view first_line_ending(std::string_view text);

/// `text` with each of its line endings (`\n`, `\r\n` or a lone `\r`) written as `eol`.
std::string with_line_endings(std::string_view text, std::string_view eol);

/// `s` without the characters of `chars` at either end.
std::string_view trim(std::string_view s, std::string_view chars = kWhitespace);

/// `c` with A-Z lowercased; every other byte (UTF-8 included) as it is.
constexpr char ascii_lower(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}
/// `s` with A-Z lowercased.
std::string ascii_lower(std::string_view s);
/// True when `a` and `b` differ at most in the case of ASCII letters.
bool iequals(std::string_view a, std::string_view b);
/// True when `s` starts with `prefix`, ignoring the case of ASCII letters.
bool istarts_with(std::string_view s, std::string_view prefix);

}  // namespace goals
