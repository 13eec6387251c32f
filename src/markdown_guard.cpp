// Line splitting and the linear pre-scans that keep hostile notes away from
// cmark-gfm's worst cases (see BodyLimits).
#include <cstring>

#include "markdown_internal.h"

namespace goals::markdown_internal {

namespace {

bool is_blank_char(char c) { return c == ' ' || c == '\t'; }

// Columns of a GFM delimiter row (`| --- | :-: |`, also inside `>` quotes); 0 if it is not one.
std::size_t delimiter_columns(std::string_view s) {
  std::size_t i = 0;
  const std::size_t n = s.size();
  while (i < n && (is_blank_char(s[i]) || s[i] == '>')) ++i;
  bool pipe = false;
  std::size_t cols = 0;
  if (i < n && s[i] == '|') {
    pipe = true;
    ++i;
  }
  while (true) {
    while (i < n && is_blank_char(s[i])) ++i;
    if (i == n) break;
    if (s[i] == ':') ++i;
    const std::size_t dashes = i;
    while (i < n && s[i] == '-') ++i;
    if (i == dashes) return 0;
    if (i < n && s[i] == ':') ++i;
    while (i < n && is_blank_char(s[i])) ++i;
    ++cols;
    if (i == n) break;
    if (s[i] != '|') return 0;
    pipe = true;
    ++i;
  }
  return pipe ? cols : 0;
}

bool is_blank_line(std::string_view s) {
  for (char c : s)
    if (!is_blank_char(c) && c != '>') return false;
  return true;
}

}  // namespace

Lines::Lines(std::string_view text) : text_(text) {
  const std::size_t n = text.size();
  const bool has_cr = std::memchr(text.data(), '\r', n) != nullptr;
  std::size_t i = 0;
  start_.push_back(0);
  while (true) {
    std::size_t eol = n;
    if (!has_cr) {
      const void* p = std::memchr(text.data() + i, '\n', n - i);
      if (p != nullptr) eol = static_cast<std::size_t>(static_cast<const char*>(p) - text.data());
    } else {
      for (std::size_t k = i; k < n; ++k) {
        if (text[k] == '\n' || text[k] == '\r') {
          eol = k;
          break;
        }
      }
    }
    end_.push_back(static_cast<std::uint32_t>(eol));
    if (eol == n) break;
    std::size_t next =
        text[eol] == '\r' && eol + 1 < n && text[eol + 1] == '\n' ? eol + 2 : eol + 1;
    if (next >= n) break;
    start_.push_back(static_cast<std::uint32_t>(next));
    i = next;
  }
}

std::string_view Lines::operator[](int i) const {
  if (i < 0 || i >= count()) return {};
  const auto k = static_cast<std::size_t>(i);
  return text_.substr(start_[k], end_[k] - start_[k]);
}

std::optional<DeepLine> find_deep_nesting(const Lines& lines, int max_depth) {
  // Content columns of the list items open above, estimated from indentation:
  // a staircase of items (one marker per line, each indented further) nests
  // as deep as markers on one line do, and costs cmark as much.
  std::vector<std::size_t> open_items;
  for (int l = 0; l < lines.count(); ++l) {
    std::string_view s = lines[l];
    const std::size_t n = s.size();
    std::size_t i = 0;
    std::size_t col = 0;  // virtual column (tab stops of 4)
    auto skip_blanks = [&] {
      for (; i < n && is_blank_char(s[i]); ++i) col = s[i] == '\t' ? (col / 4 + 1) * 4 : col + 1;
    };
    int quotes = 0;
    skip_blanks();
    while (i < n && s[i] == '>') {
      ++quotes;
      ++i;
      ++col;
      skip_blanks();
    }
    if (i == n) continue;  // blank lines close nothing
    while (!open_items.empty() && col < open_items.back()) open_items.pop_back();
    while (i < n) {
      const char c = s[i];
      std::size_t len = 0;
      if (c == '>') {
        ++quotes;
        len = 1;
      } else if ((c == '-' || c == '*' || c == '+') && (i + 1 == n || is_blank_char(s[i + 1]))) {
        len = 1;
      } else {
        std::size_t j = i;
        while (j < n && j - i < 10 && s[j] >= '0' && s[j] <= '9') ++j;
        if (j > i && j - i <= 9 && j < n && (s[j] == '.' || s[j] == ')') &&
            (j + 1 == n || is_blank_char(s[j + 1])))
          len = j + 1 - i;
      }
      if (len == 0) break;
      i += len;
      col += len;
      const std::size_t marker_end = col;
      skip_blanks();
      if (c != '>') open_items.push_back(col - marker_end > 4 || i == n ? marker_end + 1 : col);
    }
    const std::size_t depth = open_items.size() + static_cast<std::size_t>(quotes);
    if (depth > static_cast<std::size_t>(max_depth)) return DeepLine{l, static_cast<int>(depth)};
  }
  return std::nullopt;
}

std::vector<LargeTable> find_large_tables(const Lines& lines, std::size_t max_cells) {
  std::vector<LargeTable> found;
  const int count = lines.count();
  for (int l = 1; l < count; ++l) {
    const std::size_t cols = delimiter_columns(lines[l]);
    if (cols == 0 || lines[l - 1].find('|') == std::string_view::npos) continue;
    // Rows run to the next blank line; that stretch is this table's, so the
    // scan resumes after it and every line is looked at most twice.
    int end = l + 1;
    while (end < count && !is_blank_line(lines[end])) ++end;
    const auto rows = static_cast<std::size_t>(end - l - 1);
    // 64-bit products cannot overflow: both factors are below 2^32.
    if (cols * (rows + 1) > max_cells) found.push_back({l - 1, cols, rows});
    l = end;
  }
  return found;
}

}  // namespace goals::markdown_internal
