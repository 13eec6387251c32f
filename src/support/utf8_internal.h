/// UTF-8 validation and decoding shared by the readers and writers.
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>

namespace goals::detail {

/// Offset of the first byte that is not part of well-formed UTF-8 (no
/// overlongs, surrogates or code points above U+10FFFF), or npos.
inline std::size_t first_invalid_utf8(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size();
  std::size_t i = 0;
  while (i < n) {
    // ASCII runs dominate Markdown: test eight bytes at a time.
    while (i + 8 <= n) {
      std::uint64_t w;
      std::memcpy(&w, p + i, 8);
      if (w & 0x8080808080808080ULL) break;
      i += 8;
    }
    if (i >= n) break;
    unsigned char c = p[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    std::size_t len;
    unsigned char lo = 0x80, hi = 0xBF;  // bounds of the second byte
    if (c >= 0xC2 && c <= 0xDF) {
      len = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
      len = 3;
      if (c == 0xE0) lo = 0xA0;
      if (c == 0xED) hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      len = 4;
      if (c == 0xF0) lo = 0x90;
      if (c == 0xF4) hi = 0x8F;
    } else {
      return i;
    }
    if (i + 1 >= n || p[i + 1] < lo || p[i + 1] > hi) return i;
    for (std::size_t k = 2; k < len; ++k) {
      if (i + k >= n || (p[i + k] & 0xC0) != 0x80) return i;
    }
    i += len;
  }
  return std::string_view::npos;
}

inline constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

// Length of the well-formed UTF-8 sequence starting at s[i], or 0 when the
// bytes there are not one (the same rules as first_invalid_utf8).
inline std::size_t utf8_len_at(std::string_view s, std::size_t i) {
  const auto c = static_cast<unsigned char>(s[i]);
  std::size_t len = 0;
  if (c < 0x80) return 1;
  if (c >= 0xC2 && c <= 0xDF) len = 2;
  if (c >= 0xE0 && c <= 0xEF) len = 3;
  if (c >= 0xF0 && c <= 0xF4) len = 4;
  if (len == 0 || i + len > s.size()) return 0;
  return first_invalid_utf8(s.substr(i, len)) == std::string_view::npos ? len : 0;
}

/// How far to step over the character at s[i] in text that may hold invalid
/// UTF-8: utf8_len_at(), or 1 for a byte that starts no well-formed
/// sequence (decoders replace each such byte on its own).
inline std::size_t utf8_step(std::string_view s, std::size_t i) {
  const std::size_t len = utf8_len_at(s, i);
  return len == 0 ? 1 : len;
}

/// Where to cut `s` at byte `i` (at most s.size()) without splitting a
/// character: `i` moved back to the first byte of the character it falls in,
/// but never before `from`.
inline std::size_t utf8_floor(std::string_view s, std::size_t i, std::size_t from = 0) {
  if (i >= s.size()) return s.size();
  while (i > from && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
  return i;
}

// Code point of a well-formed sequence of `len` bytes at s[i].
inline char32_t decode_at(std::string_view s, std::size_t i, std::size_t len) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data() + i);
  if (len == 1) return p[0];
  char32_t cp = p[0] & (0xFF >> (len + 1));
  for (std::size_t k = 1; k < len; ++k) cp = (cp << 6) | (p[k] & 0x3F);
  return cp;
}

/// True for the C1 control characters U+0080..U+009F.
inline bool is_c1(char32_t cp) { return cp >= 0x80 && cp <= 0x9F; }

}  // namespace goals::detail
