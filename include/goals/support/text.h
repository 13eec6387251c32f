/// Text helpers every stage shares: one idea of whitespace, one of ASCII
/// letter case. (Case folding for note names is fold_case() in
/// support/path_internal.h; UTF-8 characters are support/utf8_internal.h's.)
#pragma once

#include <string>
#include <string_view>

namespace goals {

/// ASCII whitespace: space, tab, LF, VT, FF and CR (C's isspace in any locale).
inline constexpr std::string_view kWhitespace = " \t\n\v\f\r";
/// Whitespace inside one line as Markdown and YAML read it: space and tab.
inline constexpr std::string_view kBlanks = " \t";

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
