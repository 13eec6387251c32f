/// Path and text helpers shared by the loader's sources (filesystem, resolver,
/// vault). Not part of the public API.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace goals::detail {

/// Splits a '/' path into its components, dropping empty ones and ".".
/// ".." is kept (callers decide what it means).
std::vector<std::string_view> split_path(std::string_view p);

/// Lexical normalization: collapses duplicate slashes, drops ".", applies
/// "..". An absolute path never climbs above "/". A relative path that would
/// climb above its start is clamped there and `*escaped` is set. A relative
/// path that normalizes to nothing yields "".
std::string normalize_lexical(std::string_view p, bool* escaped = nullptr);

/// True if `path` is `root` or lies below it (both normalized absolute paths).
bool is_inside(std::string_view path, std::string_view root);

/// True if the file name ends in ".md", in any letter case.
bool has_md_extension(std::string_view p);

/// Lowercases for case-insensitive comparison as Obsidian does (JavaScript's
/// toLowerCase), code point by code point; the few whose lowercase has
/// another UTF-8 length are kept, so the result has the input's byte length.
/// Bytes that are not UTF-8 are kept as they are, so it never fails.
/// Defined in support/text.cpp.
std::string fold_case(std::string_view s);

}  // namespace goals::detail
