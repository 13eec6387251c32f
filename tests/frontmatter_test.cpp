#include "goals/parse/frontmatter.h"

#include <gtest/gtest.h>

#include <map>
#include <string>

#include "parse/frontmatter_internal.h"

namespace goals {
namespace {

const std::map<std::string, std::string> kAliases{{"due", "deadline"}, {"updated", "reviewed"}};

// Parses `text` as a whole note's front matter; returns the properties.
RawProperties parse(std::string_view text, Diagnostics* diags, bool* ok = nullptr) {
  FrontMatterSplit s = split_front_matter(text);
  EXPECT_TRUE(s.present) << text;
  RawProperties props;
  bool r = parse_front_matter(s.yaml, s.yaml_first_line, "n.md", kAliases, &props, diags);
  if (ok != nullptr) *ok = r;
  return props;
}

TEST(FrontMatterSplit, Basic) {
  std::string_view text = "---\ntitle: x\n---\n# Body\n";
  FrontMatterSplit s = split_front_matter(text);
  EXPECT_TRUE(s.present);
  EXPECT_FALSE(s.unclosed);
  EXPECT_EQ(s.yaml, "title: x\n");
  EXPECT_EQ(s.yaml_first_line, 2);
  EXPECT_EQ(s.body, "# Body\n");
  EXPECT_EQ(s.body_first_line, 4);
}

TEST(FrontMatterSplit, NoFrontMatter) {
  FrontMatterSplit s = split_front_matter("# Title\n---\na: 1\n---\n");
  EXPECT_FALSE(s.present);
  EXPECT_FALSE(s.unclosed);
  EXPECT_EQ(s.body, "# Title\n---\na: 1\n---\n");
  EXPECT_EQ(s.body_first_line, 1);
  EXPECT_FALSE(split_front_matter("").present);
  EXPECT_FALSE(split_front_matter("---").present);
  EXPECT_FALSE(split_front_matter("----\na: 1\n---\n").present);
  EXPECT_FALSE(split_front_matter("--- \na: 1\n---\n").present);
}

TEST(FrontMatterSplit, NotAtByteZero) {
  for (std::string_view text : {"\n---\na: 1\n---\n", " ---\na: 1\n---\n", "x\n---\na: 1\n---\n"}) {
    FrontMatterSplit s = split_front_matter(text);
    EXPECT_FALSE(s.present) << text;
    EXPECT_FALSE(s.unclosed) << text;
    EXPECT_EQ(s.body, text);
  }
}

TEST(FrontMatterSplit, BomIsSkippedAndNotInBody) {
  std::string text = "\xEF\xBB\xBF---\na: 1\n---\nbody\n";
  FrontMatterSplit s = split_front_matter(text);
  EXPECT_TRUE(s.present);
  EXPECT_EQ(s.yaml, "a: 1\n");
  EXPECT_EQ(s.body, "body\n");
  EXPECT_EQ(s.body_first_line, 4);
  FrontMatterSplit plain = split_front_matter("\xEF\xBB\xBF# Hi\n");
  EXPECT_FALSE(plain.present);
  EXPECT_EQ(plain.body, "# Hi\n");
}

TEST(FrontMatterSplit, Crlf) {
  FrontMatterSplit s = split_front_matter("---\r\na: 1\r\nb: 2\r\n---\r\nbody\r\n");
  EXPECT_TRUE(s.present);
  EXPECT_EQ(s.yaml, "a: 1\r\nb: 2\r\n");
  EXPECT_EQ(s.yaml_first_line, 2);
  EXPECT_EQ(s.body, "body\r\n");
  EXPECT_EQ(s.body_first_line, 5);
}

TEST(FrontMatterSplit, DotsCloseAndTrailingSpaces) {
  FrontMatterSplit s = split_front_matter("---\na: 1\n...\nbody");
  EXPECT_TRUE(s.present);
  EXPECT_EQ(s.yaml, "a: 1\n");
  EXPECT_EQ(s.body, "body");
  EXPECT_EQ(s.body_first_line, 4);
  FrontMatterSplit t = split_front_matter("---\na: 1\n---   \nbody");
  EXPECT_TRUE(t.present);
  EXPECT_EQ(t.body, "body");
}

TEST(FrontMatterSplit, ClosedAtEndOfFile) {
  FrontMatterSplit s = split_front_matter("---\na: 1\n---");
  EXPECT_TRUE(s.present);
  EXPECT_EQ(s.yaml, "a: 1\n");
  EXPECT_EQ(s.body, "");
  EXPECT_EQ(s.body_first_line, 4);
}

TEST(FrontMatterSplit, Empty) {
  FrontMatterSplit s = split_front_matter("---\n---\nbody\n");
  EXPECT_TRUE(s.present);
  EXPECT_EQ(s.yaml, "");
  EXPECT_EQ(s.body, "body\n");
  EXPECT_EQ(s.body_first_line, 3);
  RawProperties props;
  Diagnostics diags;
  EXPECT_TRUE(parse_front_matter(s.yaml, s.yaml_first_line, "n.md", kAliases, &props, &diags));
  EXPECT_TRUE(props.entries.empty());
  EXPECT_TRUE(diags.empty());
}

TEST(FrontMatterSplit, Unclosed) {
  std::string_view text = "---\ntitle: x\n# Body\n";
  FrontMatterSplit s = split_front_matter(text);
  EXPECT_FALSE(s.present);
  EXPECT_TRUE(s.unclosed);
  EXPECT_EQ(s.body, text);
  EXPECT_EQ(s.body_first_line, 1);
  EXPECT_TRUE(split_front_matter("---\n").unclosed);
}

TEST(FrontMatterParse, ScalarsWithPositions) {
  Diagnostics diags;
  RawProperties p = parse(
      "---\n"
      "type: goal\n"
      "title: \"Quoted title\"\n"
      "  # comment\n"
      "deadline: 2025-06-30\n"
      "empty:\n"
      "single: 'x'\n"
      "---\n",
      &diags);
  EXPECT_TRUE(diags.empty());
  ASSERT_EQ(p.entries.size(), 5u);
  EXPECT_EQ(p.entries[0].first, "type");
  const RawProperty* type = p.find("type");
  ASSERT_NE(type, nullptr);
  EXPECT_EQ(type->shape, RawProperty::Shape::Scalar);
  EXPECT_EQ(type->line, 2);
  EXPECT_EQ(type->column, 1);
  ASSERT_EQ(type->items.size(), 1u);
  EXPECT_EQ(type->items[0].text, "goal");
  EXPECT_EQ(type->items[0].line, 2);
  EXPECT_EQ(type->items[0].column, 7);
  EXPECT_FALSE(type->items[0].quoted);

  const RawProperty* title = p.find("title");
  ASSERT_NE(title, nullptr);
  EXPECT_EQ(title->items[0].text, "Quoted title");
  EXPECT_TRUE(title->items[0].quoted);
  EXPECT_EQ(title->items[0].line, 3);
  EXPECT_EQ(title->items[0].column, 8);  // the quote

  const RawProperty* deadline = p.find("deadline");
  ASSERT_NE(deadline, nullptr);
  EXPECT_EQ(deadline->line, 5);
  EXPECT_EQ(deadline->items[0].text, "2025-06-30");
  EXPECT_EQ(deadline->items[0].column, 11);

  const RawProperty* empty = p.find("empty");
  ASSERT_NE(empty, nullptr);
  EXPECT_EQ(empty->shape, RawProperty::Shape::Null);
  EXPECT_TRUE(empty->items.empty());
  EXPECT_EQ(empty->line, 6);

  EXPECT_TRUE(p.find("single")->items[0].quoted);
  EXPECT_EQ(p.find("nope"), nullptr);
}

TEST(FrontMatterParse, ListsBlockAndFlow) {
  Diagnostics diags;
  RawProperties p = parse(
      "---\n"
      "tags: [a, \"b\"]\n"
      "goals:\n"
      "  - \"[[Goal A]]\"\n"
      "  - Goal B\n"
      "  -\n"
      "---\n",
      &diags);
  EXPECT_TRUE(diags.empty());
  const RawProperty* tags = p.find("tags");
  ASSERT_NE(tags, nullptr);
  EXPECT_EQ(tags->shape, RawProperty::Shape::List);
  ASSERT_EQ(tags->items.size(), 2u);
  EXPECT_EQ(tags->items[1].text, "b");
  EXPECT_EQ(tags->items[1].column, 11);
  const RawProperty* goals = p.find("goals");
  ASSERT_NE(goals, nullptr);
  EXPECT_EQ(goals->shape, RawProperty::Shape::List);
  ASSERT_EQ(goals->items.size(), 2u);  // the empty `-` item is skipped
  EXPECT_EQ(goals->items[0].text, "[[Goal A]]");
  EXPECT_TRUE(goals->items[0].quoted);
  EXPECT_EQ(goals->items[0].line, 4);
  EXPECT_EQ(goals->items[0].column, 5);
  EXPECT_EQ(goals->items[1].text, "Goal B");
  EXPECT_EQ(goals->items[1].line, 5);
}

TEST(FrontMatterParse, UnquotedLinkIsANestedList) {
  Diagnostics diags;
  RawProperties p = parse(
      "---\n"
      "parent: [[Big Goal]]\n"
      "goals:\n"
      "  - [[A|alias]]\n"
      "  - \"[[B]]\"\n"
      "pair: [[A, B]]\n"
      "---\n",
      &diags);
  EXPECT_TRUE(diags.empty());
  const RawProperty* parent = p.find("parent");
  ASSERT_NE(parent, nullptr);
  EXPECT_EQ(parent->shape, RawProperty::Shape::NestedList);
  ASSERT_EQ(parent->items.size(), 1u);
  EXPECT_EQ(parent->items[0].text, "Big Goal");
  EXPECT_TRUE(parent->items[0].nested);
  EXPECT_FALSE(parent->items[0].quoted);
  EXPECT_EQ(parent->items[0].line, 2);
  EXPECT_EQ(parent->items[0].column, 9);  // the outer `[`
  const RawProperty* goals = p.find("goals");
  ASSERT_NE(goals, nullptr);
  EXPECT_EQ(goals->shape, RawProperty::Shape::NestedList);
  ASSERT_EQ(goals->items.size(), 2u);
  EXPECT_TRUE(goals->items[0].nested);
  EXPECT_EQ(goals->items[0].text, "A|alias");
  EXPECT_EQ(goals->items[0].column, 5);
  EXPECT_FALSE(goals->items[1].nested);
  EXPECT_EQ(goals->items[1].text, "[[B]]");
  // Two scalars in the inner list is not the `[[X]]` shape.
  EXPECT_EQ(p.find("pair")->shape, RawProperty::Shape::Map);
}

TEST(FrontMatterParse, MapValue) {
  Diagnostics diags;
  RawProperties p = parse("---\nmeta: {a: 1}\nx: 1\n---\n", &diags);
  EXPECT_EQ(p.find("meta")->shape, RawProperty::Shape::Map);
  EXPECT_EQ(p.find("x")->shape, RawProperty::Shape::Scalar);
}

TEST(FrontMatterParse, AliasReplacesKey) {
  Diagnostics diags;
  RawProperties p = parse("---\ndue: 2025-06-30\nupdated: 2025-01-01\n---\n", &diags);
  EXPECT_TRUE(diags.empty());
  ASSERT_EQ(p.entries.size(), 2u);
  EXPECT_EQ(p.entries[0].first, "deadline");
  EXPECT_EQ(p.entries[1].first, "reviewed");
  EXPECT_EQ(p.find("due"), nullptr);
  EXPECT_EQ(p.find("deadline")->items[0].text, "2025-06-30");
  EXPECT_EQ(p.find("deadline")->line, 2);
}

TEST(FrontMatterParse, AliasAndCanonicalBothPresent) {
  Diagnostics diags;
  RawProperties p = parse("---\ndeadline: 2025-06-30\ndue: 2025-07-01\n---\n", &diags);
  ASSERT_EQ(p.entries.size(), 1u);
  EXPECT_EQ(p.find("deadline")->items[0].text, "2025-07-01");  // last wins
  ASSERT_EQ(diags.size(), 1u);
  EXPECT_EQ(diags[0].rule, "duplicate-key");
  EXPECT_EQ(diags[0].severity, Severity::Error);
  EXPECT_EQ(diags[0].line, 3);
  EXPECT_EQ(diags[0].column, 1);
  EXPECT_NE(diags[0].message.find("`due`"), std::string::npos);
  EXPECT_NE(diags[0].message.find("`deadline`"), std::string::npos);
  EXPECT_FALSE(diags[0].help.empty());
}

TEST(FrontMatterParse, CrlfPositions) {
  Diagnostics diags;
  RawProperties p = parse("---\r\na: 1\r\nb: \"x\"\r\n---\r\n", &diags);
  EXPECT_TRUE(diags.empty());
  EXPECT_EQ(p.find("b")->line, 3);
  EXPECT_EQ(p.find("b")->items[0].column, 4);
  EXPECT_EQ(p.find("b")->items[0].text, "x");
}

TEST(FrontMatterParse, Utf8ColumnsAreBytes) {
  Diagnostics diags;
  RawProperties p = parse("---\nété: ça\n---\n", &diags);
  ASSERT_NE(p.find("été"), nullptr);
  EXPECT_EQ(p.find("été")->items[0].column, 8);
}

TEST(FrontMatterParse, InvalidYamlHasFileLineAndColumn) {
  Diagnostics diags;
  bool ok = true;
  RawProperties p = parse("---\na: 1\nb: [1, 2\nc: 3\n---\n", &diags, &ok);
  EXPECT_FALSE(ok);
  EXPECT_TRUE(p.entries.empty());
  ASSERT_EQ(diags.size(), 1u);
  EXPECT_EQ(diags[0].rule, "invalid-frontmatter");
  EXPECT_EQ(diags[0].severity, Severity::Error);
  EXPECT_EQ(diags[0].path, "n.md");
  // yaml-cpp reports 0-based 2:1 within the yaml, which starts on file line 2.
  EXPECT_EQ(diags[0].line, 4);
  EXPECT_EQ(diags[0].column, 2);
  EXPECT_NE(diags[0].message.find("not valid YAML"), std::string::npos);
  EXPECT_FALSE(diags[0].help.empty());
}

TEST(FrontMatterParse, BadIndentation) {
  Diagnostics diags;
  bool ok = true;
  parse("---\ntitle: x\n  status: active\n---\n", &diags, &ok);
  EXPECT_FALSE(ok);
  ASSERT_EQ(diags.size(), 1u);
  EXPECT_EQ(diags[0].line, 3);
  EXPECT_EQ(diags[0].column, 9);
}

TEST(FrontMatterParse, TabIndentation) {
  Diagnostics diags;
  bool ok = true;
  parse("---\ntags:\n\t- a\n---\n", &diags, &ok);
  EXPECT_FALSE(ok);
  ASSERT_EQ(diags.size(), 1u);
  EXPECT_EQ(diags[0].rule, "invalid-frontmatter");
}

TEST(FrontMatterParse, BlockScalarIsOneScalar) {
  Diagnostics diags;
  RawProperties p = parse("---\nmetric: |\n  Pass the \"exam\n  [[[[\nnext: 1\n---\n", &diags);
  EXPECT_TRUE(diags.empty()) << (diags.empty() ? "" : diags[0].message);
  EXPECT_EQ(p.find("metric")->items[0].text, "Pass the \"exam\n[[[[\n");
  EXPECT_EQ(p.find("next")->items[0].text, "1");
}

TEST(FrontMatterParse, QuotesThatAreNotOpeners) {
  Diagnostics diags;
  RawProperties p = parse(
      "---\n"
      "title: Bob's goal\n"
      "metric: it's \"fine\n"
      "note: C# rocks # comment with \"quote\n"
      "esc: \"a \\\" b\"\n"
      "sq: 'it''s'\n"
      "---\n",
      &diags);
  EXPECT_TRUE(diags.empty()) << (diags.empty() ? "" : diags[0].message);
  EXPECT_EQ(p.find("title")->items[0].text, "Bob's goal");
  EXPECT_EQ(p.find("metric")->items[0].text, "it's \"fine");
  EXPECT_EQ(p.find("note")->items[0].text, "C# rocks");
  EXPECT_EQ(p.find("esc")->items[0].text, "a \" b");
  EXPECT_EQ(p.find("sq")->items[0].text, "it's");
}

TEST(FrontMatterParse, MultiLineQuotedValueIsFine) {
  Diagnostics diags;
  RawProperties p = parse("---\ntitle: \"abc\n  def\"\nstatus: active\n---\n", &diags);
  EXPECT_TRUE(diags.empty());
  EXPECT_EQ(p.find("title")->items[0].text, "abc def");
  EXPECT_EQ(p.find("status")->items[0].text, "active");
}

TEST(FrontMatterParse, NoDiagsPointerIsFine) {
  RawProperties props;
  EXPECT_FALSE(parse_front_matter("- a\n", 2, "n.md", kAliases, &props, nullptr));
  EXPECT_TRUE(parse_front_matter("a: 1\n", 2, "n.md", kAliases, &props, nullptr));
  EXPECT_EQ(props.entries.size(), 1u);
}

// The simple reader must read exactly what the yaml-cpp reader reads, or
// decline. (A libFuzzer harness checked the same over millions of inputs.)
void expect_same_as_yaml_cpp(std::string_view yaml, bool simple_expected) {
  detail::RawEntries fast, slow;
  bool simple = detail::read_simple(yaml, 2, 10000, &fast);
  EXPECT_EQ(simple, simple_expected) << yaml;
  if (!simple) return;
  detail::ReadError err;
  ASSERT_TRUE(detail::read_with_yaml_cpp(yaml, 2, FrontMatterLimits{}, &slow, &err)) << yaml;
  ASSERT_TRUE(detail::check_guards(yaml, 2, FrontMatterLimits{}, &err)) << yaml;
  ASSERT_EQ(fast.size(), slow.size()) << yaml;
  for (std::size_t i = 0; i < fast.size(); ++i) {
    const auto& [ka, a] = fast[i];
    const auto& [kb, b] = slow[i];
    EXPECT_EQ(ka, kb) << yaml;
    EXPECT_EQ(a.shape, b.shape) << yaml << " key " << ka;
    EXPECT_EQ(a.line, b.line) << yaml;
    EXPECT_EQ(a.column, b.column) << yaml;
    ASSERT_EQ(a.items.size(), b.items.size()) << yaml << " key " << ka;
    for (std::size_t j = 0; j < a.items.size(); ++j) {
      EXPECT_EQ(a.items[j].text, b.items[j].text) << yaml;
      EXPECT_EQ(a.items[j].line, b.items[j].line) << yaml;
      EXPECT_EQ(a.items[j].column, b.items[j].column) << yaml;
      EXPECT_EQ(a.items[j].quoted, b.items[j].quoted) << yaml;
      EXPECT_EQ(a.items[j].nested, b.items[j].nested) << yaml;
    }
  }
}

TEST(FrontMatterReaders, SimpleShapesAgreeWithYamlCpp) {
  const char* simple[] = {
      "",
      "# only a comment\n",
      "type: goal\nstatus: active\n",
      "title: \"A title\"\n",
      "parent: \"[[Big Goal]]\"\n",
      "a: 'it''s'\nb: \"x # not a comment\"  # a comment\n",
      "tags: [a, \"b\", c d, 'e']\n",
      "tags: []\nx: [ ]\n",
      "goals:\n  - \"[[A]]\"\n  - B\n  -\n  - ~\n  # comment\n  - 'C'\nnext: 1\n",
      "goals:\n- a\n- b\nnext: 1\n",
      "empty:\nnull1: ~\nnull2: null\nlast:",
      "url: http://x.y/z?a=b#frag\nhash: a#b\ncolon: a:b\n",
      "n: 1.5e3\nd: 2025-01-02\nt: 2025-01-02T10:00:00Z\nb: yes\n",
      "title: Über café — “quotes”\nk: é\n",
      "a: 1\r\nb: [x, y]\r\nc:\r\n  - z\r\n",
      "a: 1\rb: [x, y]\rc:\r  - z\r",  // lone CRs: yaml-cpp reads them as LFs
      "a: 1\rb: 2\n\r\nc: 3",
      "key.with-dots_and-dashes: v\n1: numeric key\n",
      "a: x  \nb: y   # trailing\n",
      "dup: 1\ndup: 2\n",
      "list: [a, ~, b]\n",
  };
  for (const char* y : simple) expect_same_as_yaml_cpp(y, true);
}

TEST(FrontMatterReaders, OtherShapesGoToYamlCpp) {
  const char* others[] = {
      "title: \"esc \\\" aped\"\n",  // escapes
      "title: \"two\n  lines\"\n",   // multi-line quote
      "text: |\n  block\n",          // block scalar
      "meta:\n  nested: 1\n",        // nested map
      "parent: [[X]]\n",             // unquoted link
      "a: &x 1\nb: *x\n",            // anchors
      "a: !tag x\n",                 // tags
      "a: b: c\n",                   // invalid
      "a: -5\n",                     // leading indicator
      "a: x\n  continued\n",         // multi-line plain
      "\"quoted key\": 1\n",         // quoted key
      "my key: 1\n",                 // key with a space
      "a: [x?]\n",                   // yaml-cpp rejects `?` in flow
      "a: [x, ]\n",                  // trailing comma
      "a: [x,\n  y]\n",              // multi-line flow
      "a:\n  - [x]\n",               // flow in block list
      "a:\n  - x\n   - y\n",         // uneven items
      "- a\n",                       // top-level list
      "a:\tb\n",                     // tab
      "null: x\n",                   // null key
      "a: x\xC2\x85y\n",             // NEL
      "a: \xFF\n",                   // invalid UTF-8
  };
  for (const char* y : others) expect_same_as_yaml_cpp(y, false);
}

}  // namespace
}  // namespace goals
