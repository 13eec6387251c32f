#include "goals/support/text.h"

#include <utf8proc.h>

#include <algorithm>
#include <cstring>

#include "support/path_internal.h"

namespace goals {

std::string_view trim(std::string_view s, std::string_view chars) {
  const std::size_t a = s.find_first_not_of(chars);
  if (a == std::string_view::npos) return s.substr(s.size());
  return s.substr(a, s.find_last_not_of(chars) - a + 1);
}

std::size_t find_line_end(std::string_view text, std::size_t at) {
  if (at >= text.size()) return text.size();
  // memchr for the `\n`, then for a `\r` before it: linear in the line.
  const char* begin = text.data() + at;
  const std::size_t rest = text.size() - at;
  const void* nl = std::memchr(begin, '\n', rest);
  const std::size_t lf =
      nl == nullptr ? rest : static_cast<std::size_t>(static_cast<const char*>(nl) - begin);
  const void* cr = std::memchr(begin, '\r', lf);
  return at + (cr == nullptr ? lf : static_cast<std::size_t>(static_cast<const char*>(cr) - begin));
}

std::size_t next_line_start(std::string_view text, std::size_t at) {
  const std::size_t end = find_line_end(text, at);
  return end + line_ending_size(text, end);
}

std::string_view line_at(std::string_view text, std::size_t at) {
  if (at >= text.size()) return text.substr(text.size());
  return text.substr(at, find_line_end(text, at) - at);
}

TextPosition position_of(std::string_view text, std::size_t at) {
  at = std::min(at, text.size());
  TextPosition p;
  std::size_t start = 0;
  for (std::size_t end = find_line_end(text, 0); end < at; end = find_line_end(text, start)) {
    const std::size_t next = end + line_ending_size(text, end);
    if (next > at) break;  // `at` is the `\n` of a `\r\n`
    ++p.line;
    start = next;
  }
  p.column = static_cast<int>(at - start) + 1;
  return p;
}

std::string_view first_line_ending(std::string_view text) {
  const std::size_t end = find_line_end(text, 0);
  const std::size_t n = line_ending_size(text, end);
  return n == 0 ? std::string_view("\n") : text.substr(end, n);
}

std::string with_line_endings(std::string_view text, std::string_view eol) {
  std::string out;
  out.reserve(text.size() + text.size() / 16);
  for (std::size_t at = 0; at < text.size();) {
    const std::size_t end = find_line_end(text, at);
    out.append(text.substr(at, end - at));
    if (end == text.size()) break;
    out.append(eol);
    at = end + line_ending_size(text, end);
  }
  return out;
}

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = ascii_lower(c);
  return out;
}

bool iequals(std::string_view a, std::string_view b) {
  return a.size() == b.size() && istarts_with(a, b);
}

bool istarts_with(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i)
    if (ascii_lower(s[i]) != ascii_lower(prefix[i])) return false;
  return true;
}

namespace detail {

std::string fold_case(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c + ('a' - 'A')) : static_cast<char>(c);
      ++i;
      continue;
    }
    // Obsidian compares with JavaScript's toLowerCase, which knows all of
    // Unicode; utf8proc's simple lowercase matches it code point by code
    // point. A code point whose lowercase is longer or shorter in UTF-8 (the
    // Kelvin sign, a few Latin Extended letters) stays as written, so a folded
    // path keeps the byte length and offsets of the path it came from.
    utf8proc_int32_t cp = 0;
    const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i);
    const utf8proc_ssize_t n =
        utf8proc_iterate(p, static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
    if (n <= 0) {  // not UTF-8: the byte as it is
      out += static_cast<char>(c);
      ++i;
      continue;
    }
    utf8proc_uint8_t buf[4];
    const utf8proc_int32_t lower = utf8proc_tolower(cp);
    if (lower != cp && utf8proc_encode_char(lower, buf) == n)
      out.append(reinterpret_cast<const char*>(buf), static_cast<std::size_t>(n));
    else
      out.append(s.data() + i, static_cast<std::size_t>(n));
    i += static_cast<std::size_t>(n);
  }
  return out;
}

}  // namespace detail

}  // namespace goals
