#include "render/text_width.h"

#include <utf8proc.h>

#include <algorithm>

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

/// Bytes of `s`'s longest start that fits `room` columns; at least one
/// character, so that a line narrower than a character still moves on.
std::size_t fitting_bytes(std::string_view s, int room) {
  int used = 0;
  std::size_t at = 0;
  while (at < s.size()) {
    const auto [len, w] = next_char(s, at);
    if (at > 0 && used + w > room) break;
    used += w;
    at += len;
  }
  return at;
}

void wrap_paragraph(std::string_view p, int width, std::vector<std::string_view>& out) {
  const std::size_t before = out.size();
  std::size_t start = 0, end = 0;  // the line being filled: p[start, end)
  int used = 0;
  bool has_word = false;
  for (std::size_t at = 0; at < p.size();) {
    const std::size_t word_at = p.find_first_not_of(' ', at);
    if (word_at == std::string_view::npos) break;
    std::size_t word_end = p.find(' ', word_at);
    if (word_end == std::string_view::npos) word_end = p.size();
    at = word_end;
    std::string_view word = p.substr(word_at, word_end - word_at);
    int ww = display_width(word);
    if (has_word && used + static_cast<int>(word_at - end) + ww > width) {
      out.push_back(p.substr(start, end - start));
      start = end = word_at;
      used = 0;
      has_word = false;
    } else {
      used += static_cast<int>(word_at - end);
      end = word_at;
    }
    while (used + ww > width) {
      if (used >= width) {  // an indent as wide as the line goes
        start = end;
        used = 0;
        continue;
      }
      const std::size_t n = fitting_bytes(word, width - used);
      out.push_back(p.substr(start, end + n - start));
      word.remove_prefix(n);
      start = end = end + n;
      used = 0;
      ww = display_width(word);
    }
    end += word.size();
    used += ww;
    has_word = has_word || !word.empty();
  }
  if (has_word || out.size() == before) out.push_back(p.substr(start, end - start));
}

}  // namespace

std::vector<std::string_view> wrap_width(std::string_view s, int width) {
  width = std::max(width, 1);
  std::vector<std::string_view> out;
  for (std::size_t start = 0;;) {
    const std::size_t nl = s.find('\n', start);
    wrap_paragraph(s.substr(start, nl == std::string_view::npos ? s.npos : nl - start), width, out);
    if (nl == std::string_view::npos) break;
    start = nl + 1;
  }
  return out;
}

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
