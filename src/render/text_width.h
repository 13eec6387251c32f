/// Display widths of UTF-8 text on a terminal, so that columns line up and
/// lines fit: wide characters (CJK, most emoji) take two columns, combining
/// marks none (utf8proc's tables).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace goals {

/// Columns `s` takes; an invalid byte counts as one (it prints as U+FFFD).
int display_width(std::string_view s);

/// `s` cut to at most `width` columns, ending in `ellipsis` when cut; never
/// splits a character.
std::string fit_width(std::string_view s, int width, std::string_view ellipsis);

/// fit_width(), then spaces up to exactly `width` columns.
std::string pad_width(std::string_view s, int width, std::string_view ellipsis);

/// `s` broken into lines of at most `width` columns (at least 1): at each
/// newline, and at spaces, which a break swallows. A word wider than a line
/// is cut where the line ends, never inside a character. A paragraph's
/// leading spaces stay (an indent); trailing ones go. Each line is a view
/// into `s`, so callers can map it back to styled ranges.
std::vector<std::string_view> wrap_width(std::string_view s, int width);

}  // namespace goals
