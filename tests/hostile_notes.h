/// Hostile notes: Markdown built to make a parser slow or greedy (issue 14).
/// Each pattern is a note body of about `bytes` bytes; the growth test reads
/// them at two sizes and bench/hostile.py times them at 1 MiB through the
/// `goals_hostile_note` tool, so both use this one generator.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace goals_test {

/// One hostile pattern: its name and what it attacks.
struct HostilePattern {
  std::string_view name;
  std::string_view attacks;
};

inline const std::vector<HostilePattern>& hostile_patterns() {
  static const std::vector<HostilePattern> all = {
      {"image-brackets", "`![[]()` repeated (CVE-2023-22486)"},
      {"emphasis-runs", "`*a ` runs then `_a*_ ` runs (CVE-2023-22483)"},
      {"strike-open", "`~` then `a~~ ` repeated"},
      {"strike-double", "`~~` then `a~ ` repeated"},
      {"wide-table", "one table header of tens of thousands of columns"},
      {"lines-then-tables", "many lines, then `a|b` / `-|-` (GHSL-2022-089/111)"},
      {"table-then-rows", "many lines, a table, then `c|d` rows"},
      {"reference-expansion", "`[x]: /long-url` then `[x]` repeated (GHSL-2022-109)"},
      {"many-tables", "many 1000x499 tables, each under the per-table limit"},
      {"link-title-paren", "`[ (](` repeated: an unclosed `(` title"},
      {"wikilinks-one-line", "`[[a]] ` thousands of times on one line"},
      {"strike-stretches", "`~~` then `a~ ` runs, as many paragraphs as fit the markup limits"},
      // Stopped by the guards before issue 14; kept so they stay stopped.
      {"open-brackets", "`[` repeated (inline nodes)"},
      {"deep-quotes", "`>` nested on one line"},
      {"list-staircase", "list items each indented one step deeper"},
      {"huge-table", "one table of more cells than the limit"},
      {"backticks", "backtick runs of growing length"},
      {"link-closers", "`a]` repeated: closers with no openers"},
      {"nested-emphasis", "`*a **a ` nested emphasis openers"},
  };
  return all;
}

/// `unit` repeated until the result holds about `bytes` bytes.
inline std::string repeat_to(std::string_view unit, std::size_t bytes) {
  std::string s;
  s.reserve(bytes + unit.size());
  while (s.size() + unit.size() <= bytes) s += unit;
  return s;
}

/// The body of `pattern` at about `bytes` bytes; empty for an unknown name.
inline std::string hostile_note(std::string_view pattern, std::size_t bytes) {
  const std::size_t half = bytes / 2;
  if (pattern == "image-brackets") return repeat_to("![[]()", bytes);
  if (pattern == "emphasis-runs") return repeat_to("*a ", half) + repeat_to("_a*_ ", half);
  if (pattern == "strike-open") return "~" + repeat_to("a~~ ", bytes);
  if (pattern == "strike-double") return "~~" + repeat_to("a~ ", bytes);
  if (pattern == "wide-table") return repeat_to("|a", half) + "|\n" + repeat_to("|-", half) + "|\n";
  if (pattern == "lines-then-tables") return repeat_to("x\n", half) + repeat_to("a|b\n-|-\n", half);
  if (pattern == "table-then-rows")
    return repeat_to("x\n", half) + "a|b\n-|-\n" + repeat_to("c|d\n", half);
  if (pattern == "reference-expansion")
    return "[x]: /" + std::string(half, 'u') + "\n\n" + repeat_to("[x]", half);
  if (pattern == "many-tables") {
    const std::string table = repeat_to("|a", 2000) + "|\n" + repeat_to("|-", 2000) + "|\n" +
                              repeat_to("a\n", 998) + "\n";
    return repeat_to(table, bytes);
  }
  if (pattern == "link-title-paren") return repeat_to("[ (](", bytes);
  if (pattern == "wikilinks-one-line") return repeat_to("[[a]] ", bytes) + "\n";
  if (pattern == "strike-stretches")
    return repeat_to("~~" + repeat_to("a~ ", 3066) + "\n\n", bytes);
  if (pattern == "open-brackets") return repeat_to("[", bytes);
  if (pattern == "deep-quotes") return repeat_to(">", bytes) + " a\n";
  if (pattern == "list-staircase") {
    std::string s;
    for (std::size_t depth = 0; s.size() < bytes; ++depth)
      s += std::string(depth % 4000, ' ') + "- a\n";
    return s;
  }
  if (pattern == "huge-table") return "a|b\n-|-\n" + repeat_to("c|d\n", bytes);
  if (pattern == "backticks") {
    std::string s;
    for (std::size_t k = 1; s.size() < bytes; ++k) s += std::string(k % 500, '`') + "a";
    return s;
  }
  if (pattern == "link-closers") return repeat_to("a]", bytes);
  if (pattern == "nested-emphasis") return repeat_to("*a **a ", bytes);
  return {};
}

}  // namespace goals_test
