#include "render/changes.h"

#include <algorithm>

#include "goals/support/text.h"

namespace goals {

namespace {

// The lines of `text`, each without its line ending (`\n`, `\r\n` or a lone `\r`).
std::vector<std::string_view> lines_of(std::string_view text) {
  std::vector<std::string_view> out;
  for (std::size_t at = 0; at < text.size(); at = next_line_start(text, at))
    out.push_back(line_at(text, at));
  return out;
}

enum class Op : char { Same = ' ', Del = '-', Add = '+' };
struct DiffLine {
  Op op;
  std::string_view text;
  int a = 0, b = 0;  // 1-based line in before / after (of the side it is on)
};

// The edit script of a and b by longest common subsequence, after their
// common head and tail are set aside (a verb's change touches few lines).
std::vector<DiffLine> script(const std::vector<std::string_view>& a,
                             const std::vector<std::string_view>& b) {
  std::size_t head = 0;
  while (head < a.size() && head < b.size() && a[head] == b[head]) ++head;
  std::size_t tail = 0;
  while (tail < a.size() - head && tail < b.size() - head &&
         a[a.size() - 1 - tail] == b[b.size() - 1 - tail])
    ++tail;
  const std::size_t n = a.size() - head - tail, m = b.size() - head - tail;
  std::vector<DiffLine> out;
  for (std::size_t i = 0; i < head; ++i)
    out.push_back({Op::Same, a[i], static_cast<int>(i + 1), static_cast<int>(i + 1)});
  if (n * m <= 4'000'000) {
    std::vector<std::vector<int>> lcs(n + 1, std::vector<int>(m + 1, 0));
    for (std::size_t i = n; i-- > 0;)
      for (std::size_t j = m; j-- > 0;)
        lcs[i][j] = a[head + i] == b[head + j] ? lcs[i + 1][j + 1] + 1
                                               : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    std::size_t i = 0, j = 0;
    while (i < n || j < m) {
      const int ai = static_cast<int>(head + i + 1), bj = static_cast<int>(head + j + 1);
      if (i < n && j < m && a[head + i] == b[head + j]) {
        out.push_back({Op::Same, a[head + i], ai, bj});
        ++i, ++j;
      } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
        out.push_back({Op::Del, a[head + i], ai, bj});  // removals first, as diff -u
        ++i;
      } else {
        out.push_back({Op::Add, b[head + j], ai, bj});
        ++j;
      }
    }
  } else {
    for (std::size_t i = 0; i < n; ++i)
      out.push_back({Op::Del, a[head + i], static_cast<int>(head + i + 1), 0});
    for (std::size_t j = 0; j < m; ++j)
      out.push_back({Op::Add, b[head + j], 0, static_cast<int>(head + j + 1)});
  }
  for (std::size_t k = 0; k < tail; ++k)
    out.push_back({Op::Same, a[head + n + k], static_cast<int>(head + n + k + 1),
                   static_cast<int>(head + m + k + 1)});
  return out;
}

}  // namespace

std::string unified_diff(std::string_view path, std::string_view before, std::string_view after) {
  if (before == after) return "";
  const std::vector<std::string_view> a = lines_of(before), b = lines_of(after);
  const std::vector<DiffLine> s = script(a, b);
  constexpr std::size_t kContext = 3;
  std::string out = "--- a/" + std::string(path) + "\n+++ b/" + std::string(path) + "\n";
  std::size_t k = 0;
  while (k < s.size()) {
    // The next change, and the hunk around it: changes closer than twice
    // the context share a hunk.
    while (k < s.size() && s[k].op == Op::Same) ++k;
    if (k == s.size()) break;
    const std::size_t first = k >= kContext ? k - kContext : 0;
    std::size_t last = k;
    for (std::size_t q = k; q < s.size(); ++q) {
      if (s[q].op != Op::Same)
        last = q;
      else if (q - last > 2 * kContext)
        break;
    }
    const std::size_t end = std::min(s.size(), last + kContext + 1);
    int a_start = 0, b_start = 0, a_len = 0, b_len = 0;
    for (std::size_t q = first; q < end; ++q) {
      if (s[q].op != Op::Add) {
        if (a_len++ == 0) a_start = s[q].a;
      }
      if (s[q].op != Op::Del) {
        if (b_len++ == 0) b_start = s[q].b;
      }
    }
    // An empty side starts, as diff says, at the line before it.
    if (a_len == 0) a_start = first < s.size() ? s[first].a - 1 : 0;
    if (b_len == 0) b_start = first < s.size() ? s[first].b - 1 : 0;
    out += "@@ -" + std::to_string(a_start) + (a_len == 1 ? "" : "," + std::to_string(a_len)) +
           " +" + std::to_string(b_start) + (b_len == 1 ? "" : "," + std::to_string(b_len)) +
           " @@\n";
    for (std::size_t q = first; q < end; ++q)
      out += static_cast<char>(s[q].op) + printable(s[q].text, 0) + "\n";
    k = end;
  }
  return out;
}

void render_changes_text(std::ostream& os, const std::vector<Change>& changes,
                         const std::vector<NoteDiff>& diffs, bool dry_run, const Style& style) {
  for (const NoteDiff& d : diffs) os << unified_diff(d.path, d.before, d.after);
  for (const Change& c : changes) {
    std::string where = c.path + (c.line > 0 ? ":" + std::to_string(c.line) : "");
    os << (dry_run ? "would be " : "") << style.bold(c.action) << "  " << printable(where) << "  "
       << printable(c.subject);
    if (!c.detail.empty()) os << "  " << style.dim("(" + printable(c.detail) + ")");
    os << '\n';
  }
}

void render_changes_json(std::ostream& os, const std::vector<Change>& changes,
                         const std::vector<NoteDiff>& diffs, bool dry_run) {
  Json list = Json::array();
  for (const Change& c : changes)
    list.push_back({{"path", c.path},
                    {"line", c.line > 0 ? Json(c.line) : Json(nullptr)},
                    {"action", c.action},
                    {"subject", c.subject},
                    {"detail", c.detail}});
  Json j = {{"schema_version", kSchemaVersion}, {"dry_run", dry_run}, {"changes", list}};
  if (dry_run) {
    std::string diff;
    for (const NoteDiff& d : diffs) diff += unified_diff(d.path, d.before, d.after);
    j["diff"] = diff;
  }
  os << json_text(j) << '\n';
}

}  // namespace goals
