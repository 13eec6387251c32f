// wrap_width(): lines at spaces by display width, words cut only when wider than a line.
#include "render/text_width.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace goals {
namespace {

std::vector<std::string> wrapped(std::string_view s, int width) {
  std::vector<std::string> out;
  for (std::string_view l : wrap_width(s, width)) out.emplace_back(l);
  return out;
}

using Lines = std::vector<std::string>;

TEST(WrapWidth, BreaksAtSpacesAndSwallowsThem) {
  EXPECT_EQ(wrapped("the quick brown fox", 9), (Lines{"the quick", "brown fox"}));
  EXPECT_EQ(wrapped("the quick brown fox", 8), (Lines{"the", "quick", "brown", "fox"}));
  EXPECT_EQ(wrapped("a  b", 10), (Lines{"a  b"}));  // spaces inside a line stay
  EXPECT_EQ(wrapped("word   ", 10), (Lines{"word"}));
}

TEST(WrapWidth, KeepsNewlinesIndentsAndEmptyLines) {
  EXPECT_EQ(wrapped("a b\n\nc", 10), (Lines{"a b", "", "c"}));
  EXPECT_EQ(wrapped("  indented text here", 10), (Lines{"  indented", "text here"}));
  EXPECT_EQ(wrapped("", 10), (Lines{""}));
  // An indent as wide as the line goes rather than making a blank line.
  EXPECT_EQ(wrapped("    word", 4), (Lines{"word"}));
}

TEST(WrapWidth, CutsOnlyWordsWiderThanALine) {
  EXPECT_EQ(wrapped("abcdefghij", 4), (Lines{"abcd", "efgh", "ij"}));
  EXPECT_EQ(wrapped("ab abcdefgh", 4), (Lines{"ab", "abcd", "efgh"}));
  EXPECT_EQ(wrapped("x", 0), (Lines{"x"}));  // a width below one is one
}

TEST(WrapWidth, CountsWideCharactersAsTwoColumns) {
  EXPECT_EQ(wrapped("日本語のテキスト", 5), (Lines{"日本", "語の", "テキ", "スト"}));
  EXPECT_EQ(wrapped("ab 日本語", 5), (Lines{"ab", "日本", "語"}));
  EXPECT_EQ(wrapped("go 🚀 now", 5), (Lines{"go 🚀", "now"}));
  EXPECT_EQ(wrapped("🚀🚀🚀", 3), (Lines{"🚀", "🚀", "🚀"}));
  // A line narrower than a character still takes one.
  EXPECT_EQ(wrapped("日本", 1), (Lines{"日", "本"}));
}

TEST(WrapWidth, KeepsCombiningMarksWithTheirLetter) {
  const std::string e = "e\xCC\x81";  // e + combining acute: one column
  EXPECT_EQ(wrapped(e + e + e + " x", 3), (Lines{e + e + e, "x"}));
  EXPECT_EQ(wrapped(e + e + e + e, 3), (Lines{e + e + e, e}));
}

TEST(WrapWidth, LinesAreViewsIntoTheText) {
  const std::string s = "one two three";
  const std::vector<std::string_view> lines = wrap_width(s, 7);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0].data() - s.data(), 0);
  EXPECT_EQ(lines[1].data() - s.data(), 8);
  EXPECT_EQ(lines[1], "three");
}

}  // namespace
}  // namespace goals
