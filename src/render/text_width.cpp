#include "render/text_width.h"

#include <utf8proc.h>

namespace goals {

namespace {

/// The next character of `s` from `at`: its byte length and column width.
std::pair<std::size_t, int> next_char(std::string_view s, std::size_t at) {
  utf8proc_int32_t cp = 0;
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(s.data() + at);
  const utf8proc_ssize_t n = utf8proc_iterate(p, static_cast<utf8proc_ssize_t>(s.size() - at), &cp);
  if (n <= 0) return {1, 1};
  // Control characters never reach here printed as such; count them as one.
  const int w = cp < 0x20 ? 1 : utf8proc_charwidth(cp);
  return {static_cast<std::size_t>(n), w};
}

}  // namespace

int display_width(std::string_view s) {
  int width = 0;
  for (std::size_t at = 0; at < s.size();) {
    const auto [len, w] = next_char(s, at);
    width += w;
    at += len;
  }
  return width;
}

std::string fit_width(std::string_view s, int width, std::string_view ellipsis) {
  if (display_width(s) <= width) return std::string(s);
  const int room = width - display_width(ellipsis);
  if (room < 0) return std::string();
  int used = 0;
  std::size_t at = 0;
  while (at < s.size()) {
    const auto [len, w] = next_char(s, at);
    if (used + w > room) break;
    used += w;
    at += len;
  }
  // No dangling space before the ellipsis.
  std::size_t end = at;
  while (end > 0 && s[end - 1] == ' ') --end;
  return std::string(s.substr(0, end)) + std::string(ellipsis);
}

std::string pad_width(std::string_view s, int width, std::string_view ellipsis) {
  std::string out = fit_width(s, width, ellipsis);
  const int w = display_width(out);
  if (w < width) out.append(static_cast<std::size_t>(width - w), ' ');
  return out;
}

}  // namespace goals
