// Hostile notes: each must finish quickly, without crashing, with the right
// diagnostics. The sizes are small enough to be obviously bounded if the
// guards work, and large enough to stall or abort cmark-gfm if they did not.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <limits>
#include <optional>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "goals/parse/markdown.h"
#include "parse/markdown_internal.h"

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

TEST(MarkdownGuard, CostlyTableScanIsPerTable) {
  using markdown_internal::TableCost;
  BodyLimits limits;
  limits.max_table_cells = 4;
  // The first table (1 x 4 cells) fits, the second (2 x 1) would bring the
  // note to 6 cells; `|-|` rows inside a table are rows, not tables of their own.
  markdown_internal::Lines lines("| a |\n|---|\n| 1 |\n|-|\n|-|\n\n| b | c |\n|--|--|\n");
  auto found = markdown_internal::find_costly_tables(lines, limits);
  ASSERT_THAT(found, SizeIs(1));
  EXPECT_EQ(found[0].line, 7);
  EXPECT_EQ(found[0].why, TableCost::Cells);
  EXPECT_EQ(found[0].columns, 2u);
  EXPECT_EQ(found[0].rows, 0u);
  EXPECT_EQ(found[0].lead_lines, 1u);
  // A delimiter row needs a line before it in the same paragraph.
  EXPECT_THAT(markdown_internal::find_costly_tables(markdown_internal::Lines("---\n\n|---|\n"), {}),
              IsEmpty());
}

TEST(MarkdownGuard, CostlyTablesByKind) {
  using markdown_internal::TableCost;
  BodyLimits limits;
  limits.max_table_lead_lines = 3;
  limits.max_table_columns = 4;
  auto why = [&](const std::string& body) {
    std::vector<TableCost> out;
    for (const auto& t :
         markdown_internal::find_costly_tables(markdown_internal::Lines(body), limits))
      out.push_back(t.why);
    return out;
  };
  EXPECT_THAT(why("x\ny\na|b\n-|-\n"), IsEmpty());  // 3 lines up to the header
  EXPECT_THAT(why("w\nx\ny\na|b\n-|-\n"), ::testing::ElementsAre(TableCost::LongLead));
  EXPECT_THAT(why("w\nx\n\ny\na|b\n-|-\n"), IsEmpty());  // a blank line ends the paragraph
  EXPECT_THAT(why("w\nx\n# H\na|b\n-|-\n"), IsEmpty());  // and so does a heading
  EXPECT_THAT(why("a|b|c|d\n-|-|-|-\n"), IsEmpty());     // 4 cells
  EXPECT_THAT(why("a|b\n-|-\nc|d|e|f|g\n"), ::testing::ElementsAre(TableCost::Columns));
  // Past four `|---|`-like rows in one paragraph, the rest are plain text.
  EXPECT_THAT(why("a|b\n-|-\n-|-\n-|-\n-|-\n-|-\n-|-\n"),
              ::testing::ElementsAre(TableCost::Repeated, TableCost::Repeated));
}

TEST(MarkdownGuard, UnmadeDelimiterRowIsText) {
  const std::string body = "a|b\n-|-\n> | :-- | --- |\n- | - |\n";
  const markdown_internal::Lines lines(body);
  std::string fed = body;
  for (int l = 1; l < 4; ++l) markdown_internal::unmake_delimiter_row(lines, l, &fed);
  EXPECT_EQ(fed, "a|b\ny|-\n> | y-- | --- |\n- | y |\n");  // a list marker stays one
}

TEST(MarkdownGuard, CostlyReferenceDefinitions) {
  const std::string body = "[x]: /" + std::string(1000, 'u') + "\n\n" + repeat("[x] ", 100);
  const markdown_internal::Lines lines(body);
  // 100 uses (and the definition's own `]`) of a 1002-byte definition.
  EXPECT_THAT(markdown_internal::costly_reference_definitions(lines, body, 200000), IsEmpty());
  EXPECT_THAT(markdown_internal::costly_reference_definitions(lines, body, 100000),
              ::testing::ElementsAre(0u));
  Diagnostics d;
  const BodyFacts f = parse_body("[[A]]\n\n" + repeat("[x]: /" + std::string(4000, 'u') + "\n", 2) +
                                     "\n" + repeat("[x]\n", 1 << 18) + "[[B]]\n",
                                 1, "refs.md", &d);
  ASSERT_THAT(d, SizeIs(1));
  EXPECT_EQ(d[0].rule, "note-too-costly");
  EXPECT_EQ(d[0].line, 3);
  EXPECT_EQ(d[0].message,
            "2 link reference definitions would be copied into more links than the note can "
            "afford; they were read as plain text");
  ASSERT_THAT(f.links, SizeIs(2));  // the rest of the note is read
  EXPECT_EQ(f.links[1].target, "B");
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

// Every fact of a body, one per line, to compare two parses. Without
// `heading_text`, headings leave out their text: cmark-gfm's text of a
// heading tame_inline_markup rewrote is replaced by the source's.
std::string facts_text(const BodyFacts& f, bool heading_text) {
  std::string s;
  auto at = [](int line, int column) {
    return std::to_string(line) + ":" + std::to_string(column) + " ";
  };
  auto date = [](const std::optional<Date>& d) { return d ? d->str() + " " : "- "; };
  for (const Heading& h : f.headings)
    s += "heading " + at(h.line, h.column) + std::to_string(h.level) + " [" + h.raw + "] [" +
         (heading_text ? h.text : "") + "]\n";
  for (const Link& l : f.links) {
    s += "link " + at(l.line, l.column) + std::to_string(l.end_column) + " [" + l.target;
    for (const std::string& h : l.headings()) s += "#" + h;
    if (!l.block_id().empty()) s += "#^" + l.block_id();
    s += "|" + l.alias + "]" + (l.embed ? " embed" : "") + (l.markdown ? " md" : "") + "\n";
  }
  for (const Tag& t : f.tags) s += "tag " + at(t.line, t.column) + t.name + "\n";
  for (const ListItem& i : f.items) {
    s += "item " + at(i.line, i.column) + std::to_string(i.depth) + " " +
         std::to_string(i.section) + " [" + std::string(1, i.task) + "] " + date(i.fields.due) +
         date(i.fields.scheduled) + date(i.fields.start) + date(i.fields.done) +
         date(i.fields.created) + i.text + "\n";
  }
  for (const Field& x : f.fields)
    s += "field " + at(x.line, x.column) + x.key + "=" + x.value + "\n";
  for (const Callout& c : f.callouts)
    s += "callout " + at(c.line, c.column) + c.type + " " + std::string(1, c.fold) + c.title + "\n";
  for (const BlockId& b : f.block_ids) s += "block " + at(b.line, b.column) + b.id + "\n";
  return s;
}

BodyFacts parse_with_budget(std::string_view body, std::size_t budget, Diagnostics* d = nullptr) {
  return markdown_internal::parse_body_with_markup_budget(body, 1, "n.md", d, {}, budget);
}

constexpr std::size_t kNoBudget = std::numeric_limits<std::size_t>::max();

std::size_t markup_bytes(std::string_view s) {
  std::size_t n = 0;
  for (char c : s) n += std::string_view("!&*<[\\]_`~").find(c) != std::string_view::npos;
  return n;
}

// What cmark-gfm gets for `body` when every line with markup is rewritten.
std::string tamed(std::string_view body) {
  return markdown_internal::tame_inline_markup(markdown_internal::Lines(body), 0).value();
}

// cmark-gfm builds an inline node for about every `[` or emphasis delimiter
// of a paragraph (8 MiB of `[` took 1.8 GiB). Here it gets a copy without
// them, and the links on such a line are still read from the source, at
// their columns. (Peak RSS of this test, by hand: see the report.)
TEST(MarkdownGuard, FourMegabyteLinesOfMarkup) {
  constexpr std::size_t kSize = std::size_t{4} << 20;
  for (std::string_view unit : {"[", "*a ", "_a "}) {
    const std::string flood = repeat(unit, kSize / unit.size());
    const std::string body = "[[A]] " + flood + " [[B|b]]\n\n- " + flood + "\n";
    const markdown_internal::Lines lines(body);
    const auto copy =
        markdown_internal::tame_inline_markup(lines, markdown_internal::kMarkupBudget);
    ASSERT_TRUE(copy.has_value()) << unit;
    EXPECT_EQ(copy->size(), body.size());
    EXPECT_LT(markup_bytes(*copy), 16u) << unit;
    Diagnostics d;
    BodyFacts f = parse_body(body, 3, "flood.md", &d);
    EXPECT_THAT(d, IsEmpty()) << unit;
    ASSERT_THAT(f.links, SizeIs(2)) << unit;
    EXPECT_EQ(f.links[0].target, "A");
    EXPECT_EQ(f.links[0].line, 3);
    EXPECT_EQ(f.links[0].column, 1);
    EXPECT_EQ(f.links[1].target, "B");
    EXPECT_EQ(f.links[1].alias, "b");
    EXPECT_EQ(f.links[1].line, 3);
    EXPECT_EQ(f.links[1].column, static_cast<int>(flood.size()) + 8);
    EXPECT_EQ(f.links[1].end_column, static_cast<int>(flood.size()) + 14);
    ASSERT_THAT(f.items, SizeIs(1)) << unit;  // the block structure is cmark-gfm's still
    EXPECT_EQ(f.items[0].line, 5);
  }
}

// A stretch of non-blank lines with more than 1024 markup bytes is
// rewritten, but for its headings; a rewritten line keeps only the markup
// that can decide the block structure (here, for a link reference
// definition: its first brackets, a `<`).
TEST(MarkdownGuard, StretchesPastTheirMarkupAreRewritten) {
  const std::string line = "[[[[[[[[[[ *a* _b_ ![x](y) <c> `d` ~~e~~ &amp; \\!\n";  // 27 bytes
  const std::string body = repeat(line, 37) + "\n" + repeat(line, 38);
  const markdown_internal::Lines lines(body);
  EXPECT_EQ(
      markdown_internal::tame_inline_markup(lines, markdown_internal::kMarkupBudget).value(),
      repeat(line, 37) + "\n" + repeat("[[yyyyyyyy yay yby yyxy(y) <c> ydy yyeyy yamp; yy\n", 38));
  EXPECT_FALSE(markdown_internal::tame_inline_markup(lines, kNoBudget).has_value());
  EXPECT_FALSE(markdown_internal::tame_inline_markup(markdown_internal::Lines(repeat(line, 37)),
                                                     markdown_internal::kMarkupBudget));

  // The budget is the body's: past it, stretches are rewritten too, but for
  // their headings (ATX, and a setext heading's lines) while it lasts.
  const std::string note = "# [[H|h]] *a*\n[[a]] [[b]]\n\nSetext *s*\n===\n";
  EXPECT_EQ(markdown_internal::tame_inline_markup(markdown_internal::Lines(note), 8).value(),
            "# [[H|h]] *a*\n[[ayy yybyy\n\nSetext *s*\n===\n");
  EXPECT_EQ(markdown_internal::tame_inline_markup(markdown_internal::Lines(note), 7).value(),
            "# [[H|h]] *a*\n[[ayy yybyy\n\nSetext ysy\n===\n");
  // In a rewritten stretch, a heading keeps at most 256 bytes, and all its
  // headings 1024.
  const std::string wide =
      "# " + repeat("*", 257) + "\n# " + repeat("*", 256) + "\n" + repeat("a*", 600) + "\n";
  EXPECT_EQ(markdown_internal::tame_inline_markup(markdown_internal::Lines(wide),
                                                  markdown_internal::kMarkupBudget)
                .value(),
            "# " + repeat("y", 257) + "\n# " + repeat("*", 256) + "\n" + repeat("ay", 600) + "\n");
  const std::string stretch = repeat("# " + repeat("*", 200) + "\n", 6);
  const std::string tamed_stretch =
      markdown_internal::tame_inline_markup(markdown_internal::Lines(stretch),
                                            markdown_internal::kMarkupBudget)
          .value();
  EXPECT_EQ(markup_bytes(tamed_stretch), 1000u);  // five headings of the six
  // The text of a rewritten heading is its source's, links replaced.
  EXPECT_EQ(parse_with_budget(note, kNoBudget).headings.at(0).text, "h a");
  EXPECT_EQ(parse_with_budget(note, 5).headings.at(0).text, "h *a*");
  EXPECT_EQ(parse_with_budget(note, 8).headings.at(1).text, "Setext s");
}

// Markup bytes become 'y' (not 'x': `[!]` would become a task's `[x]`), but
// the ones that can decide the block structure stay.
TEST(MarkdownGuard, TamingKeepsTheBlockStructure) {
  const std::vector<std::pair<std::string_view, std::string_view>> cases = {
      {"- [ ] **a** [[b]]", "- [ ] yyayy [ybyy"},  // marker, checkbox; a `[` for a label
      {"* * * *", "* *****"},                      // still a thematic break
      {"_ _ _ [[a]]", "y y y [yayy"},              // not one
      {"```js *a*", "```js yay"},                  // a fence
      {"```js `x`", "yyyjs yxy"},                  // not one: its info string has a backtick
      {"~~~ *a*", "~~~ yay"},
      {"> [!tip] **T**", "> [ytip] yyTyy"},
      {"<div class=\"*\">", "<div class=\"y\">"},              // still a tag alone on its line
      {"| [[A\\|a]] | b |", "| [yAyyayy | b |"},               // the escaped pipe splits no cell
      {"[a]: <b\\>c> \"t\\\"u\"", "[a]: <b\\>c> \"t\\\"u\""},  // a reference definition
      {"x </script> *a*", "x </script> yay"},                  // ends an HTML block
      {"1. *a* ![[img.png]]", "1. yay y[yimg.pngyy"},
  };
  for (const auto& [line, expected] : cases) EXPECT_EQ(tamed(line), expected) << line;
  EXPECT_EQ(tamed("a [b]\r\nc *d*\re"), "a [by\r\nc ydy\re");
  EXPECT_FALSE(markdown_internal::tame_inline_markup(markdown_internal::Lines("plain\n"), 0));
  EXPECT_FALSE(markdown_internal::tame_inline_markup(markdown_internal::Lines("# *h*\n"), 8));
}

// A note with many links, in short stretches, is not rewritten; rewriting
// every line would change none of its facts either (headings' text aside).
TEST(MarkdownGuard, NotesReadTheSameRewrittenOrNot) {
  std::string note = "# Plan [[Goal|the goal]]\n\n";
  for (int i = 0; i < 2000; ++i) {
    const std::string n = std::to_string(i);
    note += "## Week " + n + " #week/" + n + "\n\n- [ ] call [[Person " + n + "]] 📅 2025-01-0" +
            std::to_string(i % 9 + 1) + "\n  - [x] read ![[scan " + n +
            ".png]] and [notes](Notes%20" + n + ".md#Top) ^b" + n + "\n\n> [!note]- Fold " + n +
            "\n> owner:: [[Owner " + n +
            "]] *now* `code [[not a link]]`\n\n| a | b |\n|---|:-:|\n| [[T" + n +
            "\\|t]] | **x** [k:: v] |\n\n";
  }
  ASSERT_FALSE(markdown_internal::tame_inline_markup(markdown_internal::Lines(note),
                                                     markdown_internal::kMarkupBudget));
  Diagnostics d;
  const BodyFacts f = parse_body(note, 1, "n.md", &d);
  EXPECT_THAT(d, IsEmpty());
  EXPECT_THAT(f.links, SizeIs(1 + 2000 * 5));
  EXPECT_EQ(facts_text(parse_with_budget(note, 0), true), facts_text(f, true));
  EXPECT_EQ(facts_text(parse_with_budget(note, kNoBudget), true), facts_text(f, true));

  int notes = 0;
  for (const auto& entry :
       std::filesystem::recursive_directory_iterator(GOALS_SOURCE_DIR "/examples")) {
    if (entry.path().extension() != ".md") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    const std::string body((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    EXPECT_EQ(facts_text(parse_with_budget(body, 0), false),
              facts_text(parse_with_budget(body, kNoBudget), false))
        << entry.path();
    ++notes;
  }
  EXPECT_GT(notes, 10);
}

// Random mixes of the constructs that decide blocks: the same facts when
// every line is rewritten.
TEST(MarkdownGuard, RandomInputsReadTheSameRewritten) {
  const std::vector<std::string_view> tokens = {
      "[[",    "]]",      "[",         "]",     "(",         ")",     "!",         "#t",   "`",
      "```",   "~~~",     "\n",        "\n\n",  "> ",        "- ",    "* ",        "1. ",  "2) ",
      "  ",    "    ",    "\t",        "\v",    "|",         "|---|", "| a | b |", "\\",   "\\|",
      "\\\"",  "\\)",     "\\>",       "&amp;", "::",        " ^id",  "x",         "\r\n", "[ ] ",
      "[x] ",  "---",     "===",       "<!--",  "-->",       "<",     ">",         "*",    "_",
      "~~",    "# ",      "[!tip] ",   "k:: ",  "\"",        " (t",   "[a]: ",     "]:",   ": <b",
      "<div>", "<a b=\"", "</script>", "]]>",   "<![CDATA[", "<?",    "?>",        "<!X",  "* * *",
      "_ _ _", "[[a|b]]", "[x](y)"};
  std::mt19937 rng(2024);
  for (int doc = 0; doc < 3000; ++doc) {
    std::string body;
    const int len = static_cast<int>(rng() % 60);
    for (int t = 0; t < len; ++t) body += tokens[rng() % tokens.size()];
    ASSERT_EQ(facts_text(parse_with_budget(body, 0), false),
              facts_text(parse_with_budget(body, kNoBudget), false))
        << body;
  }
}

}  // namespace
}  // namespace goals
