// Hostile front matter: each case must load without a crash, in bounded time,
// and yield the documented diagnostic. The inputs were measured against the
// Debian yaml-cpp 0.7.0 build (see src/frontmatter.cpp).
#include <fmt/format.h>
#include <gtest/gtest.h>

#include <map>
#include <string>

#include "goals/parse/frontmatter.h"

namespace goals {
namespace {

const std::map<std::string, std::string> kNoAliases;

struct Outcome {
  bool ok = false;
  RawProperties props;
  Diagnostics diags;
};

Outcome run(std::string_view yaml, const FrontMatterLimits& limits = {}) {
  Outcome o;
  o.ok = parse_front_matter(yaml, 2, "n.md", kNoAliases, &o.props, &o.diags, limits);
  return o;
}

void expect_invalid(const Outcome& o, int line, int col, std::string_view words) {
  EXPECT_FALSE(o.ok);
  EXPECT_TRUE(o.props.entries.empty());
  ASSERT_EQ(o.diags.size(), 1u);
  const Diagnostic& d = o.diags[0];
  EXPECT_EQ(d.rule, "invalid-frontmatter");
  EXPECT_EQ(d.severity, Severity::Error);
  EXPECT_EQ(d.path, "n.md");
  EXPECT_EQ(d.line, line) << d.message;
  EXPECT_EQ(d.column, col) << d.message;
  EXPECT_NE(d.message.find(words), std::string::npos) << d.message;
  EXPECT_FALSE(d.help.empty());
}

TEST(FrontMatterGuard, SelfReferencingAlias) {
  Outcome o = run("a: &a [*a]\nb: 1\n");
  EXPECT_TRUE(o.ok);
  EXPECT_TRUE(o.diags.empty());
  ASSERT_NE(o.props.find("a"), nullptr);
  EXPECT_EQ(o.props.find("a")->shape, RawProperty::Shape::Map);  // unreadable shape
  EXPECT_EQ(o.props.find("b")->items[0].text, "1");
}

TEST(FrontMatterGuard, SelfReferencingMapAlias) {
  Outcome o = run("a: &a {x: *a}\nb: &b [[*b]]\n");
  EXPECT_TRUE(o.ok);
  EXPECT_EQ(o.props.find("a")->shape, RawProperty::Shape::Map);
  EXPECT_EQ(o.props.find("b")->shape, RawProperty::Shape::Map);
}

std::string billion_laughs(int levels, int fan) {
  std::string y = "l0: &l0 [";
  for (int j = 0; j < fan; ++j) y += j ? ", lol" : "lol";
  y += "]\n";
  for (int i = 1; i < levels; ++i) {
    y += fmt::format("l{0}: &l{0} [", i);
    for (int j = 0; j < fan; ++j) y += fmt::format("{}*l{}", j ? ", " : "", i - 1);
    y += "]\n";
  }
  return y;
}

TEST(FrontMatterGuard, BillionLaughs) {
  Outcome o = run(billion_laughs(9, 9) + "title: ok\n");
  EXPECT_TRUE(o.ok);
  EXPECT_TRUE(o.diags.empty());
  EXPECT_EQ(o.props.find("l0")->shape, RawProperty::Shape::List);
  EXPECT_EQ(o.props.find("l0")->items.size(), 9u);
  EXPECT_EQ(o.props.find("l8")->shape, RawProperty::Shape::Map);  // lists of lists: not read
  EXPECT_EQ(o.props.find("title")->items[0].text, "ok");
}

TEST(FrontMatterGuard, AliasFanOutHitsTheNodeBudget) {
  // Each key re-reads the same 1000-item list through an alias.
  std::string y = "big: &big [";
  for (int i = 0; i < 1000; ++i) y += i ? ",x" : "x";
  y += "]\n";
  for (int i = 0; i < 50; ++i) y += fmt::format("k{}: *big\n", i);
  Outcome o = run(y);
  expect_invalid(o, 1, 1, "more than 10000 values");
}

TEST(FrontMatterGuard, NulByte) {
  std::string y("title: a\nmetric: x\0y\n", 21);
  Outcome o = run(y);
  expect_invalid(o, 3, 10, "NUL");
}

TEST(FrontMatterGuard, UnterminatedQuoteSwallowingKeys) {
  Outcome o = run("title: \"abc\nstatus: active\n");
  expect_invalid(o, 2, 8, "never closed");
  EXPECT_NE(o.diags[0].message.find("`status:` on line 3"), std::string::npos)
      << o.diags[0].message;
}

TEST(FrontMatterGuard, UnterminatedSingleQuote) {
  Outcome o = run("type: goal\ntitle: 'abc\nstatus: active\nother: 'x'\n");
  expect_invalid(o, 3, 8, "never closed");
}

TEST(FrontMatterGuard, UnterminatedQuoteAtEnd) {
  // yaml-cpp 0.7.0 accepts this silently as "abc ".
  Outcome o = run("a: 1\ntitle: \"abc\n");
  expect_invalid(o, 3, 8, "never closed");
}

TEST(FrontMatterGuard, UnterminatedQuoteInList) {
  Outcome o = run("goals:\n  - \"[[A]]\n  - x\nstatus: active\n");
  expect_invalid(o, 3, 5, "never closed");
}

TEST(FrontMatterGuard, TooLarge) {
  std::string y = "title: ";
  y += std::string(64 * 1024 - y.size() - 1, 'x');
  y += "\n";
  ASSERT_EQ(y.size(), 64u * 1024u);
  Outcome fits = run(y);
  EXPECT_TRUE(fits.ok);
  EXPECT_EQ(fits.props.find("title")->items[0].text.size(), 64u * 1024u - 8u);
  y.insert(y.begin(), 'x');  // 64 KiB + 1
  Outcome o = run(y);
  expect_invalid(o, 1, 1, "65537 bytes");
}

TEST(FrontMatterGuard, HugeInputIsRejectedBeforeYaml) {
  // A would-be allocation bomb: 16 MiB of nested flow and anchors.
  std::string y;
  y.reserve(16u << 20);
  while (y.size() < (16u << 20)) y += "k: &a [*a, [*a, {x: *a}]]\n";
  Outcome o = run(y);
  expect_invalid(o, 1, 1, "at most 65536 are read");
}

TEST(FrontMatterGuard, FlowNesting) {
  std::string ok = "a: " + std::string(32, '[') + "x" + std::string(32, ']') + "\n";
  Outcome fine = run(ok);
  EXPECT_TRUE(fine.ok) << (fine.diags.empty() ? "" : fine.diags[0].message);
  std::string deep = "a: " + std::string(33, '[') + "x" + std::string(33, ']') + "\n";
  Outcome o = run(deep);
  expect_invalid(o, 2, 36, "33 levels");
  std::string mixed = "a: ";
  for (int i = 0; i < 33; ++i) mixed += i % 2 ? "{k: " : "[";
  Outcome m = run(mixed + "\n");
  expect_invalid(m, 2, 3 + 16 * 5 + 1, "33 levels");  // the 33rd opener
}

TEST(FrontMatterGuard, FlowBracketsInQuotesDoNotCount) {
  std::string y = "a: \"" + std::string(100, '[') + "\"\nb: '" + std::string(100, '{') + "'\n";
  Outcome o = run(y);
  EXPECT_TRUE(o.ok);
  EXPECT_EQ(o.props.find("a")->items[0].text, std::string(100, '['));
}

TEST(FrontMatterGuard, BlockNesting) {
  auto nested = [](int levels) {
    std::string y;
    for (int i = 0; i <= levels; ++i)
      y += std::string(i * 2, ' ') + "k" + std::to_string(i) + ":\n";
    return y;
  };
  Outcome fine = run(nested(32));
  EXPECT_TRUE(fine.ok);
  EXPECT_EQ(fine.props.find("k0")->shape, RawProperty::Shape::Map);
  Outcome o = run(nested(33));
  expect_invalid(o, 35, 67, "33 levels");
}

TEST(FrontMatterGuard, CompactSequenceNesting) {
  std::string y = "a:\n  ";
  for (int i = 0; i < 33; ++i) y += "- ";
  y += "x\n";
  Outcome o = run(y);
  expect_invalid(o, 3, 67, "33 levels");
}

TEST(FrontMatterGuard, VeryDeepNestingIsBounded) {
  std::string y = "a: " + std::string(100000 / 2, '[') + "\n";
  Outcome o = run(y);
  expect_invalid(o, 2, 36, "33 levels");
}

TEST(FrontMatterGuard, ARepeatedKeyLeavesNoProperties) {
  // yaml-cpp 0.7.0 keeps both pairs in the map; Obsidian's reader refuses
  // the whole front matter, and its Properties view is empty. So is ours.
  Outcome o = run("status: active\ntitle: t\nstatus: done\nstatus: paused\n");
  EXPECT_FALSE(o.ok);
  EXPECT_TRUE(o.props.entries.empty());
  ASSERT_EQ(o.diags.size(), 2u);
  EXPECT_EQ(o.diags[0].rule, "duplicate-key");
  EXPECT_EQ(o.diags[0].severity, Severity::Error);
  EXPECT_EQ(o.diags[0].line, 4);
  EXPECT_EQ(o.diags[0].column, 1);
  EXPECT_NE(o.diags[0].message.find("also on line 2"), std::string::npos) << o.diags[0].message;
  EXPECT_FALSE(o.diags[0].help.empty());
  EXPECT_EQ(o.diags[1].line, 5);
  EXPECT_NE(o.diags[1].message.find("also on line 4"), std::string::npos) << o.diags[1].message;
}

TEST(FrontMatterGuard, TopLevelList) {
  Outcome o = run("- a\n- b\n");
  expect_invalid(o, 2, 1, "a list");
}

TEST(FrontMatterGuard, TopLevelScalar) {
  Outcome o = run("just some text\n");
  expect_invalid(o, 2, 1, "a single value");
}

TEST(FrontMatterGuard, CommentsOnlyIsEmpty) {
  Outcome o = run("# nothing here\n\n");
  EXPECT_TRUE(o.ok);
  EXPECT_TRUE(o.props.entries.empty());
  EXPECT_TRUE(o.diags.empty());
}

TEST(FrontMatterGuard, ComplexKeysAreSkipped) {
  Outcome o = run("? [a, b]\n: 1\nc: 2\n");
  EXPECT_TRUE(o.ok);
  ASSERT_EQ(o.props.entries.size(), 1u);
  EXPECT_EQ(o.props.entries[0].first, "c");
}

TEST(FrontMatterGuard, ManyKeysStayLinear) {
  std::string y;
  for (int i = 0; i < 3000; ++i) y += "key" + std::to_string(i) + ": v\n";
  Outcome o = run(y);
  EXPECT_TRUE(o.ok);
  EXPECT_EQ(o.props.entries.size(), 3000u);
}

TEST(FrontMatterGuard, Garbage) {
  // Assorted inputs that broke YAML parsers; none may crash or hang.
  const char* inputs[] = {"{",
                          "[",
                          "]",
                          "}",
                          "&",
                          "*",
                          "*a",
                          "&a",
                          "!",
                          "!!",
                          "%YAML 1.2\n",
                          "? ",
                          ": ",
                          "-",
                          "- - - -",
                          "a: *undefined\n",
                          "a: &x\nb: *x\n",
                          "a: !!binary xyz\n",
                          "\"",
                          "'",
                          "a: [1, {b: [2, {c: 3}]}\n",
                          "a: b: c\n",
                          "<<: *x\n",
                          "a: @b\n",
                          "a: `b\n",
                          "a: |\n",
                          "a: >-\n  x\n y\n",
                          "a:\n- b\n-\n- [\n",
                          "\t",
                          "\r",
                          "\r\r\r",
                          "a: 1\r",
                          "\xFF\xFE",
                          "\xEF\xBB\xBF"
                          "a: 1\n",
                          "a: \"\\x\"\n",
                          "a: \"\\u12\"\n",
                          "a: \"\\U0011FFFF\"\n"};
  for (const char* in : inputs) {
    Outcome o = run(in);
    if (!o.ok) {
      ASSERT_EQ(o.diags.size(), 1u) << in;
      EXPECT_EQ(o.diags[0].rule, "invalid-frontmatter") << in;
      EXPECT_GE(o.diags[0].line, 1) << in;
      EXPECT_GE(o.diags[0].column, 1) << in;
    }
  }
}

TEST(FrontMatterGuard, SmallLimitsApply) {
  FrontMatterLimits limits;
  limits.max_bytes = 10;
  expect_invalid(run("title: abcdefgh\n", limits), 1, 1, "at most 10");
  limits = {};
  limits.max_nesting = 2;
  expect_invalid(run("a: [[[x]]]\n", limits), 2, 6, "3 levels");
  limits = {};
  limits.node_budget = 5;
  expect_invalid(run("a: [1, 2, 3, 4, 5, 6]\n", limits), 1, 1, "more than 5 values");
}

}  // namespace
}  // namespace goals
