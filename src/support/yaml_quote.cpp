#include "goals/support/yaml_quote.h"

#include <cstdio>
#include <cstring>

#include "goals/support/text.h"
#include "support/utf8_internal.h"

namespace goals {

using detail::decode_at;
using detail::is_c1;
using detail::kReplacement;
using detail::utf8_len_at;

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// `YYYY-M-D` at the start, the shape of YAML 1.1 timestamps.
bool starts_like_date(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size() && i < 4 && is_digit(s[i])) ++i;
  if (i != 4 || i >= s.size() || s[i] != '-') return false;
  ++i;
  const std::size_t m = i;
  while (i < s.size() && is_digit(s[i])) ++i;
  if (i == m || i - m > 2 || i >= s.size() || s[i] != '-') return false;
  ++i;
  return i < s.size() && is_digit(s[i]);
}

// Code points a plain scalar must not carry: C1 controls (U+0085 is a line
// break in YAML 1.1), the Unicode line and paragraph separators, the byte
// order mark and the non-characters U+FFFE/U+FFFF.
bool needs_escape(char32_t cp) {
  return is_c1(cp) || cp == 0x2028 || cp == 0x2029 || cp == 0xFEFF || cp == 0xFFFE || cp == 0xFFFF;
}

bool plain_is_safe(std::string_view s) {
  if (s.empty()) return false;
  if (detail::first_invalid_utf8(s) != std::string_view::npos) return false;
  const char first = s.front();
  const char last = s.back();
  if (first == ' ' || first == '\t' || last == ' ' || last == '\t') return false;
  // YAML indicators, plus characters that start other readings: `.inf`,
  // `+1`, `~` (null), `<<` (merge key), `=` (YAML 1.1 value key).
  if (std::strchr("-?:,[]{}#&*!|>'\"%@`.+~<=", first)) return false;
  // Booleans and nulls of YAML 1.1 and 1.2, in any letter case.
  static constexpr std::string_view kWords[] = {"y",   "n",    "yes",   "no",  "on",
                                                "off", "true", "false", "null"};
  const std::string lower = ascii_lower(s);
  for (std::string_view w : kWords) {
    if (lower == w) return false;
  }
  // Numbers in every notation (012, 0x1F, 1_000, 1e3, 1:20 sexagesimal) are
  // a single word starting with a digit; timestamps may hold a space.
  if (is_digit(first) &&
      (s.find_first_of(" \t") == std::string_view::npos || starts_like_date(s))) {
    return false;
  }
  for (std::size_t i = 0; i < s.size();) {
    const char c = s[i];
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x20 || u == 0x7F) return false;
    // Flow indicators anywhere, so the value is also safe inside `[a, b]`
    // (and `[[links]]` are always quoted, as Obsidian writes them).
    if (c == ',' || c == '[' || c == ']' || c == '{' || c == '}') return false;
    // yaml-cpp (0.7) rejects `?` inside a plain scalar in flow context,
    // though YAML allows it.
    if (c == '?') return false;
    if (c == ':' && (i + 1 == s.size() || s[i + 1] == ' ' || s[i + 1] == '\t')) return false;
    if (c == '#' && (s[i - 1] == ' ' || s[i - 1] == '\t')) return false;  // i > 0: first checked
    if (u >= 0x80) {
      const std::size_t len = utf8_len_at(s, i);
      if (needs_escape(decode_at(s, i, len))) return false;
      i += len;
      continue;
    }
    ++i;
  }
  return true;
}

void append_hex_escape(std::string* out, char32_t cp) {
  char buf[16];
  if (cp <= 0xFF) {
    std::snprintf(buf, sizeof buf, "\\x%02X", static_cast<unsigned>(cp));
  } else {
    std::snprintf(buf, sizeof buf, "\\u%04X", static_cast<unsigned>(cp));
  }
  *out += buf;
}

}  // namespace

std::string yaml_quote(std::string_view text) {
  if (plain_is_safe(text)) return std::string(text);
  std::string out;
  out.reserve(text.size() + 2);
  out += '"';
  for (std::size_t i = 0; i < text.size();) {
    const char c = text[i];
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x80) {
      if (c == '"') {
        out += "\\\"";
      } else if (c == '\\') {
        out += "\\\\";
      } else if (c == '\n') {
        out += "\\n";
      } else if (c == '\t') {
        out += "\\t";
      } else if (u < 0x20 || u == 0x7F) {
        append_hex_escape(&out, u);
      } else {
        out += c;
      }
      ++i;
      continue;
    }
    const std::size_t len = utf8_len_at(text, i);
    if (len == 0) {
      out += kReplacement;
      ++i;
      continue;
    }
    const char32_t cp = decode_at(text, i, len);
    if (needs_escape(cp)) {
      append_hex_escape(&out, cp);
    } else {
      out.append(text.substr(i, len));
    }
    i += len;
  }
  out += '"';
  return out;
}

}  // namespace goals
