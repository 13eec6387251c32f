// Hostile notes: each must finish quickly, without crashing, with the right
// diagnostics. The sizes are small enough to be obviously bounded if the
// guards work, and large enough to stall or abort cmark-gfm if they did not.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "goals/markdown.h"
#include "markdown_internal.h"

namespace goals {
namespace {

using ::testing::IsEmpty;
using ::testing::SizeIs;

std::string repeat(std::string_view s, std::size_t n) {
  std::string out;
  out.reserve(s.size() * n);
  for (std::size_t i = 0; i < n; ++i) out.append(s);
  return out;
}

TEST(MarkdownGuard, AutolinkCrashLineParses) {
  Diagnostics d;
  BodyFacts f = parse_body("o:@a.b\n\nx o:@a.b [[A]]\n- o:@a.b\n", 1, "n.md", &d);
  EXPECT_THAT(d, IsEmpty());
  ASSERT_THAT(f.links, SizeIs(1));
  EXPECT_EQ(f.links[0].target, "A");
  EXPECT_THAT(f.items, SizeIs(1));
}

TEST(MarkdownGuard, HugeTableIsReadAsPlainText) {
  std::string body = "intro [[Before]]\n\n|" + repeat(" h |", 1000) + "\n|" + repeat("---|", 1000) +
                     "\n" + repeat("| [[Row]] |\n", 2000);
  Diagnostics d;
  BodyFacts f = parse_body(body, 4, "big.md", &d);
  ASSERT_THAT(d, SizeIs(1));
  EXPECT_EQ(d[0].rule, "table-too-large");
  EXPECT_EQ(d[0].severity, Severity::Warning);
  EXPECT_EQ(d[0].path, "big.md");
  EXPECT_EQ(d[0].line, 6);  // the header line, in file lines
  EXPECT_EQ(d[0].column, 1);
  EXPECT_NE(d[0].message.find("plain text"), std::string::npos);
  EXPECT_FALSE(d[0].help.empty());
  ASSERT_THAT(f.links, SizeIs(2001));
  EXPECT_EQ(f.links[0].target, "Before");
  EXPECT_EQ(f.links[1].target, "Row");
  EXPECT_EQ(f.links[1].line, 8);
  EXPECT_EQ(f.links[1].column, 3);
  EXPECT_EQ(f.links.back().line, 8 + 1999);
}

TEST(MarkdownGuard, TableLimitCountsColumnsTimesRows) {
  BodyLimits limits;
  limits.max_table_cells = 8;
  const std::string small = "| a | b |\n|---|---|\n| [[A\\|x]] | 2 |\n| 3 | 4 |\n";  // 2 x 3
  const std::string large =
      "> | a | b | c |\n> |:-|-:|:-:|\n> | 1 | 2 | 3 |\n> | [[B]] |\n";  // 3 x 3
  Diagnostics d;
  BodyFacts f = parse_body(small, 1, "n.md", &d, limits);
  EXPECT_THAT(d, IsEmpty());
  ASSERT_THAT(f.links, SizeIs(1));
  EXPECT_EQ(f.links[0].alias, "x");
  f = parse_body(small + "\n" + large, 1, "n.md", &d, limits);
  ASSERT_THAT(d, SizeIs(1));
  EXPECT_EQ(d[0].line, 6);
  // Read as paragraphs, the links keep their columns.
  ASSERT_THAT(f.links, SizeIs(2));
  EXPECT_EQ(f.links[0].target, "A");
  EXPECT_EQ(f.links[0].alias, "x");
  EXPECT_EQ(f.links[0].column, 3);
  EXPECT_EQ(f.links[1].target, "B");
  EXPECT_EQ(f.links[1].line, 9);
  EXPECT_EQ(f.links[1].column, 5);
}

TEST(MarkdownGuard, LargeTableScanIsPerTable) {
  markdown_internal::Lines lines("| a |\n|---|\n| 1 |\n|-|\n|-|\n\n| b | c |\n|--|--|\n");
  auto found = markdown_internal::find_large_tables(lines, 1);
  ASSERT_THAT(found, SizeIs(2));  // not one per delimiter-like row
  EXPECT_EQ(found[0].line, 0);
  EXPECT_EQ(found[0].columns, 1u);
  EXPECT_EQ(found[0].rows, 3u);
  EXPECT_EQ(found[1].line, 6);
  EXPECT_EQ(found[1].columns, 2u);
  EXPECT_EQ(found[1].rows, 0u);
  EXPECT_THAT(markdown_internal::find_large_tables(markdown_internal::Lines("---\n|---|\n"), 0),
              IsEmpty());  // a delimiter row needs a header line with a pipe
}

void expect_too_deep(const std::string& body, int line) {
  Diagnostics d;
  BodyFacts f = parse_body(body, 3, "deep.md", &d);
  ASSERT_THAT(d, SizeIs(1));
  EXPECT_EQ(d[0].rule, "note-too-deep");
  EXPECT_EQ(d[0].severity, Severity::Error);
  EXPECT_EQ(d[0].path, "deep.md");
  EXPECT_EQ(d[0].line, line);
  EXPECT_EQ(d[0].column, 1);
  EXPECT_FALSE(d[0].message.empty());
  EXPECT_FALSE(d[0].help.empty());
  EXPECT_TRUE(f.links.empty() && f.items.empty() && f.headings.empty());
}

TEST(MarkdownGuard, DeepQuotesAreRefused) {
  expect_too_deep("[[A]]\n" + repeat(repeat("> ", 10000) + "x\n", 100) + repeat("y\n", 10000), 4);
}

TEST(MarkdownGuard, DeepListsAreRefused) {
  expect_too_deep(repeat(repeat(" -", 10000) + " x\n", 100) + repeat("y\n", 10000), 3);
  expect_too_deep(repeat("1. ", 101) + "x\n", 3);
  expect_too_deep("> " + repeat("- > ", 51) + "x\n", 3);
}

TEST(MarkdownGuard, StaircaseListsAreRefused) {
  std::string body;
  for (int i = 0; i < 1000; ++i)
    body += std::string(static_cast<std::size_t>(2 * i), ' ') + "- x\n";
  body += repeat("y\n", 10000);
  expect_too_deep(body, 3 + 100);
}

TEST(MarkdownGuard, DepthLimitIsInclusive) {
  BodyLimits limits;
  limits.max_container_depth = 5;
  Diagnostics d;
  BodyFacts f = parse_body("> > - - > [[A]]\n", 1, "n.md", &d, limits);
  EXPECT_THAT(d, IsEmpty());
  ASSERT_THAT(f.links, SizeIs(1));
  EXPECT_EQ(f.links[0].column, 11);
  f = parse_body("- a\n  - b\n    - c\n      - d\n        - e\n          - f\n", 1, "n.md", &d,
                 limits);
  ASSERT_THAT(d, SizeIs(1));
  EXPECT_EQ(d[0].line, 6);
  // Ordinary nesting that returns to the left margin never accumulates.
  d.clear();
  parse_body(repeat("- a\n  - b\n    - c\n\ntext\n", 1000), 1, "n.md", &d, limits);
  EXPECT_THAT(d, IsEmpty());
}

TEST(MarkdownGuard, UnclosedWikiLinks) {
  Diagnostics d;
  BodyFacts f =
      parse_body(repeat("[[", 50000) + "\n" + repeat("[[a ", 50000) + "]]\n", 1, "n.md", &d);
  EXPECT_THAT(d, IsEmpty());
  ASSERT_THAT(f.links, SizeIs(1));  // the innermost opener before the closer
  EXPECT_EQ(f.links[0].target, "a");
  EXPECT_EQ(f.links[0].line, 2);
  EXPECT_EQ(f.links[0].column, 4 * 49999 + 1);
}

TEST(MarkdownGuard, MegabyteLineOfBrackets) {
  Diagnostics d;
  BodyFacts f = parse_body(std::string(1 << 20, '['), 1, "n.md", &d);
  EXPECT_THAT(d, IsEmpty());
  EXPECT_THAT(f.links, IsEmpty());
}

TEST(MarkdownGuard, ManySpeculativeOpeners) {
  // Each would scan to the end of the line if scans were not bounded.
  for (std::string_view unit : {"[a](b ", "[a](<b ", "[a](b \"t ", "[k:: v ", "(k:: v ", "![",
                                "$a ", "<!-- ", "<ab:c ", "` ", "``a ", "[a]", "[[a]", "a:: "}) {
    Diagnostics d;
    BodyFacts f = parse_body(repeat(unit, 20000) + "\n", 1, "n.md", &d);
    EXPECT_THAT(d, IsEmpty()) << unit;
  }
}

TEST(MarkdownGuard, ManyCommentMarkers) {
  Diagnostics d;
  BodyFacts f = parse_body(repeat("%% [[a]] ", 50000) + "\n\n" + repeat("%%\n\n[[b]]\n\n", 5000), 1,
                           "n.md", &d);
  EXPECT_THAT(d, IsEmpty());
  // Comments alternate: every second link is outside one.
  EXPECT_THAT(f.links, SizeIs(25000 + 2500));
}

TEST(MarkdownGuard, ManyDollars) {
  Diagnostics d;
  BodyFacts f =
      parse_body(repeat("$$ $ [[a]] ", 30000) + "\n" + repeat("$a ", 50000), 1, "n.md", &d);
  EXPECT_THAT(d, IsEmpty());
}

TEST(MarkdownGuard, ControlBytesAndInvalidUtf8) {
  static constexpr char kBody[] =
      "a\0b [[x\0y]] #t\xff\xfe \xC3 [[\xF0\x9F]]\n- \0[ ] \x01\n# \xE2\x82\n";
  const std::string body(kBody, sizeof kBody - 1);
  Diagnostics d;
  BodyFacts f = parse_body(body, 1, "n.md", &d);
  EXPECT_THAT(d, IsEmpty());
  EXPECT_FALSE(f.links.empty());
}

// Every position the reader reports points at the right byte of the body,
// whatever the input: random mixes of the constructs it looks for.
TEST(MarkdownGuard, RandomInputsGiveConsistentPositions) {
  const std::vector<std::string_view> tokens = {"[[",      "]]",   "[",
                                                "]",       "(",    ")",
                                                "!",       "#",    "#t",
                                                "%%",      "$",    "$$",
                                                "`",       "```",  "\n",
                                                "\n\n",    "> ",   "- ",
                                                "* ",      "1. ",  "  ",
                                                "    ",    "\t",   "|",
                                                "|---|",   "\\",   "&amp;",
                                                "::",      " ^id", "x",
                                                "é",       "\r\n", "\r",
                                                "[ ] ",    "[x] ", "---",
                                                "===",     "<!--", "-->",
                                                "<",       ">",    "*",
                                                "_",       "~~",   "http://",
                                                "N.md",    "# ",   "## ",
                                                "[!tip] ", "k:: ", "📅 2025-01-02",
                                                "|"};
  std::mt19937 rng(12345);
  for (int doc = 0; doc < 3000; ++doc) {
    std::string body;
    const int len = static_cast<int>(rng() % 60);
    for (int t = 0; t < len; ++t) body += tokens[rng() % tokens.size()];
    Diagnostics d;
    const int first = 1 + static_cast<int>(rng() % 5);
    BodyFacts f = parse_body(body, first, "r.md", &d);
    std::string_view text = body;
    if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
    markdown_internal::Lines lines(text);
    auto at = [&](int line, int col) -> char {
      std::string_view s = lines[line - first];
      EXPECT_GE(line, first) << body;
      EXPECT_LT(line - first, lines.count()) << body;
      EXPECT_GE(col, 1) << body;
      EXPECT_LE(static_cast<std::size_t>(col), s.size()) << body;
      return col >= 1 && static_cast<std::size_t>(col) <= s.size() ? s[col - 1] : '\0';
    };
    for (const Link& l : f.links) {
      char c = at(l.line, l.column);
      EXPECT_TRUE(c == '[' || c == '!') << body;
      char e = at(l.line, l.end_column);
      EXPECT_TRUE(e == ']' || e == ')') << body;
    }
    for (const Tag& t : f.tags) EXPECT_EQ(at(t.line, t.column), '#') << body;
    for (const BlockId& b : f.block_ids) EXPECT_EQ(at(b.line, b.column), '^') << body;
    for (const ListItem& it : f.items) {
      char c = at(it.line, it.column);
      EXPECT_TRUE(c == '-' || c == '*' || c == '1') << body;
    }
    for (const Callout& c : f.callouts) EXPECT_EQ(at(c.line, c.column), '>') << body;
    for (const Heading& h : f.headings) {
      char c = at(h.line, h.column);
      EXPECT_TRUE(c != ' ' && c != '\t') << body;
    }
    for (const Field& fl : f.fields) {
      char c = at(fl.line, fl.column);
      EXPECT_TRUE(c != ' ' && c != '\t') << body;
    }
    if (HasFailure()) return;
  }
}

}  // namespace
}  // namespace goals
