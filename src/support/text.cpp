#include "goals/support/text.h"

#include <utf8proc.h>

#include "support/path_internal.h"

namespace goals {

std::string_view trim(std::string_view s, std::string_view chars) {
  const std::size_t a = s.find_first_not_of(chars);
  if (a == std::string_view::npos) return s.substr(s.size());
  return s.substr(a, s.find_last_not_of(chars) - a + 1);
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
