/// Display widths of UTF-8 text on a terminal, so that columns line up and
/// lines fit: wide characters (CJK, most emoji) take two columns, combining
/// marks none (utf8proc's tables).
#pragma once

#include <string>
#include <string_view>

namespace goals {

/// Columns `s` takes; an invalid byte counts as one (it prints as U+FFFD).
int display_width(std::string_view s);

/// `s` cut to at most `width` columns, ending in `ellipsis` when cut; never
/// splits a character.
std::string fit_width(std::string_view s, int width, std::string_view ellipsis);

/// fit_width(), then spaces up to exactly `width` columns.
std::string pad_width(std::string_view s, int width, std::string_view ellipsis);

}  // namespace goals
