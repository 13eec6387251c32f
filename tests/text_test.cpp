// The shared text helpers: whitespace, ASCII case and UTF-8 characters.
#include <gtest/gtest.h>

#include "goals/support/diagnostic.h"
#include "goals/support/text.h"
#include "support/utf8_internal.h"

namespace goals {
namespace {

TEST(Trim, StripsEachKindOfAsciiWhitespace) {
  EXPECT_EQ(trim(" a b "), "a b");
  EXPECT_EQ(trim("\ta\t"), "a");
  EXPECT_EQ(trim("\na\n"), "a");
  EXPECT_EQ(trim("\va\v"), "a");
  EXPECT_EQ(trim("\fa\f"), "a");
  EXPECT_EQ(trim("\r\na\r\n"), "a");
  EXPECT_EQ(trim(" \t\n\v\f\r"), "");
  EXPECT_EQ(trim(""), "");
}

TEST(Trim, KeepsWhatIsNotAsciiWhitespace) {
  EXPECT_EQ(trim("\xC2\xA0"
                 "a\xC2\xA0"),
            "\xC2\xA0"
            "a\xC2\xA0");  // no-break space
  EXPECT_EQ(trim(std::string_view("\0a", 2)), std::string_view("\0a", 2));
}

TEST(Trim, BlanksAreSpacesAndTabsOnly) {
  EXPECT_EQ(trim(" \ta\t ", kBlanks), "a");
  EXPECT_EQ(trim("\ra\n", kBlanks), "\ra\n");
  EXPECT_EQ(trim("\va\f", kBlanks), "\va\f");
}

TEST(AsciiLower, LowersOnlyAsciiLetters) {
  EXPECT_EQ(ascii_lower('A'), 'a');
  EXPECT_EQ(ascii_lower('z'), 'z');
  EXPECT_EQ(ascii_lower('@'), '@');
  EXPECT_EQ(ascii_lower('['), '[');
  EXPECT_EQ(ascii_lower("Goal: ÉTÉ 2026"), "goal: ÉtÉ 2026");
}

TEST(AsciiLower, ComparesIgnoringCase) {
  EXPECT_TRUE(iequals("Sprint", "sPRINT"));
  EXPECT_FALSE(iequals("Sprint", "Sprints"));
  EXPECT_FALSE(iequals("É", "é"));
  EXPECT_TRUE(istarts_with("Week 1-2: x", "week"));
  EXPECT_TRUE(istarts_with("GANTT", "gantt"));
  EXPECT_FALSE(istarts_with("We", "week"));
}

TEST(Utf8, StepsOverCharactersAndSingleInvalidBytes) {
  const std::string_view s =
      "a\xC3\xA9\xE2\x80\x94\xF0\x9F\x93\x85\xFF\xE2"
      "A";
  EXPECT_EQ(detail::utf8_step(s, 0), 1u);   // a
  EXPECT_EQ(detail::utf8_step(s, 1), 2u);   // é
  EXPECT_EQ(detail::utf8_step(s, 3), 3u);   // —
  EXPECT_EQ(detail::utf8_step(s, 6), 4u);   // 📅
  EXPECT_EQ(detail::utf8_step(s, 10), 1u);  // 0xFF
  EXPECT_EQ(detail::utf8_step(s, 11), 1u);  // a lead byte without its continuation
}

TEST(Utf8, FloorBacksUpToTheCharacterStart) {
  const std::string_view s =
      "a\xE2\x80\x94"
      "b";
  EXPECT_EQ(detail::utf8_floor(s, 0), 0u);
  EXPECT_EQ(detail::utf8_floor(s, 1), 1u);
  EXPECT_EQ(detail::utf8_floor(s, 2), 1u);
  EXPECT_EQ(detail::utf8_floor(s, 3), 1u);
  EXPECT_EQ(detail::utf8_floor(s, 4), 4u);
  EXPECT_EQ(detail::utf8_floor(s, 9), 5u);
  EXPECT_EQ(detail::utf8_floor(s, 3, 2), 2u);
}

TEST(MakeDiagnostic, FillsEveryField) {
  const Diagnostic d = make_diagnostic({"some-rule", Severity::Info}, "a/b.md", 3, 4, "m", "h");
  EXPECT_EQ(d.rule, "some-rule");
  EXPECT_EQ(d.severity, Severity::Info);
  EXPECT_EQ(d.path, "a/b.md");
  EXPECT_EQ(d.line, 3);
  EXPECT_EQ(d.column, 4);
  EXPECT_EQ(d.end_line, 0);
  EXPECT_EQ(d.end_column, 0);
  EXPECT_EQ(d.message, "m");
  EXPECT_EQ(d.help, "h");
}

}  // namespace
}  // namespace goals
