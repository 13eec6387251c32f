// moment.js formats: every token, the week-year edges of locale and ISO
// weeks, and strict reading back. Expected values were computed by hand and
// cross-checked against moment 2.29.4 (Obsidian's) under TZ=UTC; ISO weeks
// also against Python's date.isocalendar().
#include "goals/support/moment.h"

#include <gtest/gtest.h>

#include <string>

namespace goals {
namespace {

Date d(std::string_view s) { return *Date::parse(s); }

std::string fmt(std::string_view date, std::string_view format) {
  return format_moment(d(date), format);
}

/// parse_moment's answer as `YYYY-MM-DD`, or "nullopt".
std::string parse(std::string_view text, std::string_view format) {
  const std::optional<Date> r = parse_moment(text, format);
  return r ? r->str() : "nullopt";
}

// ---------------------------------------------------------------------------
// Formatting

TEST(MomentFormat, YearQuarterAndMonthTokens) {
  // 2026-01-05 is a Monday.
  EXPECT_EQ(fmt("2026-01-05", "YYYY"), "2026");
  EXPECT_EQ(fmt("2026-01-05", "YY"), "26");
  EXPECT_EQ(fmt("2026-01-05", "Y"), "2026");
  EXPECT_EQ(fmt("0987-01-05", "Y YYYY YY"), "0987 0987 87");
  EXPECT_EQ(fmt("2026-01-05", "YYYYY YYYYYY"), "02026 +002026");
  EXPECT_EQ(fmt("2026-01-05", "Q Qo"), "1 1st");
  EXPECT_EQ(fmt("2026-11-05", "Q Qo"), "4 4th");
  EXPECT_EQ(fmt("2026-01-05", "M MM Mo MMM MMMM"), "1 01 1st Jan January");
  EXPECT_EQ(fmt("2026-09-05", "M MM Mo MMM MMMM"), "9 09 9th Sep September");
  EXPECT_EQ(fmt("2026-12-05", "M MM Mo MMM MMMM"), "12 12 12th Dec December");
}

TEST(MomentFormat, DayTokens) {
  EXPECT_EQ(fmt("2026-01-05", "D DD Do DDD DDDD DDDo"), "5 05 5th 5 005 5th");
  EXPECT_EQ(fmt("2026-12-31", "D DD Do DDD DDDD DDDo"), "31 31 31st 365 365 365th");
  EXPECT_EQ(fmt("2024-12-31", "DDD"), "366");
  // Ordinals: 11th-13th are "th"; 21st, 22nd, 23rd, 102nd, 111th.
  EXPECT_EQ(fmt("2026-01-01", "Do"), "1st");
  EXPECT_EQ(fmt("2026-01-02", "Do"), "2nd");
  EXPECT_EQ(fmt("2026-01-03", "Do"), "3rd");
  EXPECT_EQ(fmt("2026-01-11", "Do"), "11th");
  EXPECT_EQ(fmt("2026-01-12", "Do"), "12th");
  EXPECT_EQ(fmt("2026-01-13", "Do"), "13th");
  EXPECT_EQ(fmt("2026-01-21", "Do"), "21st");
  EXPECT_EQ(fmt("2026-01-22", "Do"), "22nd");
  EXPECT_EQ(fmt("2026-01-23", "Do"), "23rd");
  EXPECT_EQ(fmt("2026-04-12", "DDDo"), "102nd");
  EXPECT_EQ(fmt("2026-04-21", "DDDo"), "111th");
}

TEST(MomentFormat, WeekdayTokens) {
  EXPECT_EQ(fmt("2026-01-05", "d do dd ddd dddd e E"), "1 1st Mo Mon Monday 1 1");
  EXPECT_EQ(fmt("2026-01-04", "d do dd ddd dddd e E"), "0 0th Su Sun Sunday 0 7");
  EXPECT_EQ(fmt("2026-01-10", "d do dd ddd dddd e E"), "6 6th Sa Sat Saturday 6 6");
  EXPECT_EQ(fmt("2026-01-07", "dd ddd dddd"), "We Wed Wednesday");
}

TEST(MomentFormat, WeekTokens) {
  EXPECT_EQ(fmt("2026-01-05", "w ww wo gg gggg ggggg"), "2 02 2nd 26 2026 02026");
  EXPECT_EQ(fmt("2026-01-05", "W WW Wo GG GGGG GGGGG"), "2 02 2nd 26 2026 02026");
  // A Sunday: the locale week has begun, the ISO week has not.
  EXPECT_EQ(fmt("2026-01-11", "w W"), "3 2");
  EXPECT_EQ(fmt("2026-12-31", "wo Wo"), "1st 53rd");
}

TEST(MomentFormat, TimesAreMidnight) {
  EXPECT_EQ(fmt("2026-01-05", "H HH h hh k kk m mm s ss S SS SSS A a"),
            "0 00 12 12 24 24 0 00 0 00 0 00 000 AM am");
  EXPECT_EQ(fmt("2026-01-05", "YYYY-MM-DD HH:mm:ss"), "2026-01-05 00:00:00");
  EXPECT_EQ(fmt("2026-01-05", "hmm hmmss Hmm Hmmss"), "1200 120000 000 00000");
  EXPECT_EQ(fmt("2026-01-05", "X x Z ZZ [z]z"), "1767571200 1767571200000 +00:00 +0000 z");
}

TEST(MomentFormat, LongDateFormatsOfTheEnglishLocale) {
  EXPECT_EQ(fmt("2026-01-05", "L"), "01/05/2026");
  EXPECT_EQ(fmt("2026-01-05", "LL"), "January 5, 2026");
  EXPECT_EQ(fmt("2026-01-05", "LLL"), "January 5, 2026 12:00 AM");
  EXPECT_EQ(fmt("2026-01-05", "LLLL"), "Monday, January 5, 2026 12:00 AM");
  EXPECT_EQ(fmt("2026-01-05", "LT LTS"), "12:00 AM 12:00:00 AM");
  EXPECT_EQ(fmt("2026-01-05", "l ll lll llll"),
            "1/5/2026 Jan 5, 2026 Jan 5, 2026 12:00 AM Mon, Jan 5, 2026 12:00 AM");
  EXPECT_EQ(fmt("2026-01-05", "[LL] \\LL"), "LL LL");
}

TEST(MomentFormat, LiteralsEscapesAndTokenizing) {
  EXPECT_EQ(fmt("2026-01-05", "dddd, MMMM Do YYYY"), "Monday, January 5th 2026");
  EXPECT_EQ(fmt("2026-01-05", "[Week] w [of] gggg"), "Week 2 of 2026");
  EXPECT_EQ(fmt("2026-01-05", "[YYYY-MM-DD] YYYY"), "YYYY-MM-DD 2026");
  EXPECT_EQ(fmt("2026-01-05", "\\Y\\M YYYY \\\\"), "YM 2026 ");
  EXPECT_EQ(fmt("2026-01-05", "[]YYYY"), "2026");
  // Longest token first: MMMMM is MMMM then M, YYY is YY then Y, ggg is gg then g.
  EXPECT_EQ(fmt("2026-01-05", "MMMMM"), "January1");
  EXPECT_EQ(fmt("2026-01-05", "YYY"), "262026");
  EXPECT_EQ(fmt("2026-01-05", "ggg g G"), "26g g G");
  EXPECT_EQ(fmt("2026-01-05", "DDDDo DDo"), "005o 05o");
  // A `[` with another `[` before its `]` is a plain character (then `a` is am).
  EXPECT_EQ(fmt("2026-01-05", "[a[b]"), "[amb");
  // moment's `w[o|w]?` makes `w|` a piece with no meaning: it stays as written.
  EXPECT_EQ(fmt("2026-01-05", "w| W|"), "w| W|");
  // Characters that are no token are copied; line breaks are dropped.
  EXPECT_EQ(fmt("2026-01-05", "YYYY/MM/YYYY-MM-DD"), "2026/01/2026-01-05");
  EXPECT_EQ(fmt("2026-01-05", "YYYY\nMM"), "202601");
  EXPECT_EQ(fmt("2026-01-05", "é YYYY ✓"), "é 2026 ✓");
  EXPECT_EQ(fmt("2026-01-05", ""), "");
}

// ---------------------------------------------------------------------------
// Week-years at the turn of 2026/2027

TEST(MomentWeeks, LocaleWeekOneHoldsJanuaryFirst) {
  // Locale week 2027-W01 runs Sunday 2026-12-27 to Saturday 2027-01-02.
  EXPECT_EQ(fmt("2026-12-26", "gggg-[W]ww"), "2026-W52");
  for (const char* day : {"2026-12-27", "2026-12-28", "2026-12-31", "2027-01-01", "2027-01-02"})
    EXPECT_EQ(fmt(day, "gggg-[W]ww"), "2027-W01") << day;
  EXPECT_EQ(fmt("2027-01-03", "gggg-[W]ww"), "2027-W02");
  // 2026 and 2027 have 52 locale weeks; 2022 has 53.
  EXPECT_EQ(fmt("2027-12-25", "gggg-[W]ww"), "2027-W52");
  EXPECT_EQ(fmt("2027-12-26", "gggg-[W]ww"), "2028-W01");
  EXPECT_EQ(fmt("2022-12-25", "gggg-[W]ww"), "2022-W53");
  EXPECT_EQ(fmt("2022-12-31", "gggg-[W]ww"), "2022-W53");
  EXPECT_EQ(fmt("2023-01-01", "gggg-[W]ww"), "2023-W01");
  // 2026 itself starts on a Thursday: its week 1 began on 2025-12-28.
  EXPECT_EQ(fmt("2025-12-27", "gggg-[W]ww"), "2025-W52");
  EXPECT_EQ(fmt("2025-12-28", "gggg-[W]ww"), "2026-W01");
  int wy = 0, w = 0;
  moment_locale_week(d("2026-12-27"), &wy, &w);
  EXPECT_EQ(wy, 2027);
  EXPECT_EQ(w, 1);
}

TEST(MomentWeeks, IsoWeekOneHoldsTheFirstThursday) {
  // 2026 starts on a Thursday, so it has 53 ISO weeks: 2026-W53 runs Monday
  // 2026-12-28 to Sunday 2027-01-03, and 2027-01-01 belongs to it.
  EXPECT_EQ(fmt("2026-12-27", "GGGG-[W]WW"), "2026-W52");
  for (const char* day : {"2026-12-28", "2026-12-31", "2027-01-01", "2027-01-03"})
    EXPECT_EQ(fmt(day, "GGGG-[W]WW"), "2026-W53") << day;
  EXPECT_EQ(fmt("2027-01-04", "GGGG-[W]WW"), "2027-W01");
  EXPECT_EQ(fmt("2027-12-26", "GGGG-[W]WW"), "2027-W51");
  // The same days in the other numbering.
  EXPECT_EQ(fmt("2027-01-01", "gggg-[W]ww GGGG-[W]WW"), "2027-W01 2026-W53");
  EXPECT_EQ(fmt("2027-01-03", "gggg-[W]ww GGGG-[W]WW"), "2027-W02 2026-W53");
  // A week-year is not the calendar year.
  EXPECT_EQ(fmt("2027-01-01", "YYYY gggg GGGG"), "2027 2027 2026");
  EXPECT_EQ(fmt("2024-12-30", "YYYY gggg GGGG"), "2024 2025 2025");
}

// ---------------------------------------------------------------------------
// Parsing

TEST(MomentParse, WeeklyNamesGiveTheFirstDayOfTheWeek) {
  EXPECT_EQ(parse("2027-W01", "gggg-[W]ww"), "2026-12-27");  // a Sunday
  EXPECT_EQ(parse("2026-W52", "gggg-[W]ww"), "2026-12-20");
  EXPECT_EQ(parse("2026-W01", "gggg-[W]ww"), "2025-12-28");
  EXPECT_EQ(parse("2022-W53", "gggg-[W]ww"), "2022-12-25");
  EXPECT_EQ(parse("2026-W53", "gggg-[W]ww"), "nullopt");  // 52 locale weeks
  EXPECT_EQ(parse("2027-W53", "gggg-[W]ww"), "nullopt");
  EXPECT_EQ(parse("2026-W00", "gggg-[W]ww"), "nullopt");
  EXPECT_EQ(parse("2026-W1", "gggg-[W]ww"), "nullopt");

  EXPECT_EQ(parse("2026-W53", "GGGG-[W]WW"), "2026-12-28");  // a Monday
  EXPECT_EQ(parse("2027-W01", "GGGG-[W]WW"), "2027-01-04");
  EXPECT_EQ(parse("2026-W01", "GGGG-[W]WW"), "2025-12-29");
  EXPECT_EQ(parse("2020-W53", "GGGG-[W]WW"), "2020-12-28");
  EXPECT_EQ(parse("2027-W53", "GGGG-[W]WW"), "nullopt");  // 52 ISO weeks
  EXPECT_EQ(parse("2026-W54", "GGGG-[W]WW"), "nullopt");

  // Weeks with their day: locale weekday 0 is Sunday, ISO weekday 1 Monday.
  EXPECT_EQ(parse("2027-W01-5", "gggg-[W]ww-e"), "2027-01-01");
  EXPECT_EQ(parse("2026-W53-5", "GGGG-[W]WW-E"), "2027-01-01");
  EXPECT_EQ(parse("2026-W53-8", "GGGG-[W]WW-E"), "nullopt");
}

TEST(MomentParse, AWeekNamedWithTheCalendarYear) {
  // YYYY-[W]ww: the plugin names the week of 2025-12-28 "2025-W01" on its
  // December days and "2026-W01" on its January days.
  EXPECT_EQ(parse("2026-W01", "YYYY-[W]ww"), "2025-12-28");
  EXPECT_EQ(parse("2025-W01", "YYYY-[W]ww"), "2024-12-29");  // the week of 2025-01-01
  EXPECT_EQ(parse("2026/12/W01", "YYYY/MM/[W]ww"), "2026-12-27");
  EXPECT_EQ(parse("2027/01/W01", "YYYY/MM/[W]ww"), "2026-12-27");
  EXPECT_EQ(parse("2026/12/W53", "YYYY/MM/[W]ww"), "nullopt");
  EXPECT_EQ(parse("2026/11/W52", "YYYY/MM/[W]ww"), "nullopt");
}

TEST(MomentParse, QuartersMonthsYearsAndDays) {
  EXPECT_EQ(parse("2026-Q1", "YYYY-[Q]Q"), "2026-01-01");
  EXPECT_EQ(parse("2026-Q4", "YYYY-[Q]Q"), "2026-10-01");
  EXPECT_EQ(parse("2026-Q5", "YYYY-[Q]Q"), "nullopt");
  EXPECT_EQ(parse("2026-Q0", "YYYY-[Q]Q"), "nullopt");
  EXPECT_EQ(parse("2026-02", "YYYY-MM"), "2026-02-01");
  EXPECT_EQ(parse("2026-13", "YYYY-MM"), "nullopt");
  EXPECT_EQ(parse("2026-2", "YYYY-MM"), "nullopt");
  EXPECT_EQ(parse("2026", "YYYY"), "2026-01-01");
  EXPECT_EQ(parse("26", "YYYY"), "nullopt");
  EXPECT_EQ(parse("2026-01-05", "YYYY-MM-DD"), "2026-01-05");
  EXPECT_EQ(parse("2024-02-29", "YYYY-MM-DD"), "2024-02-29");
  EXPECT_EQ(parse("2026-02-29", "YYYY-MM-DD"), "nullopt");
  EXPECT_EQ(parse("2026-01-5", "YYYY-MM-DD"), "nullopt");
  EXPECT_EQ(parse("2026-01-05 ", "YYYY-MM-DD"), "nullopt");
  EXPECT_EQ(parse("2026-01-05", "YYYY-MM-D"), "nullopt");  // no leading zero for D
  EXPECT_EQ(parse("2026-1-5", "YYYY-M-D"), "2026-01-05");
  EXPECT_EQ(parse("26-01-05", "YY-MM-DD"), "2026-01-05");
  EXPECT_EQ(parse("69-01-05", "YY-MM-DD"), "1969-01-05");
  EXPECT_EQ(parse("2026-005", "YYYY-DDDD"), "2026-01-05");
  EXPECT_EQ(parse("2024-366", "YYYY-DDDD"), "2024-12-31");
  EXPECT_EQ(parse("2026-366", "YYYY-DDDD"), "nullopt");
}

TEST(MomentParse, NamesOrdinalsAndLiterals) {
  EXPECT_EQ(parse("Monday, January 5th 2026", "dddd, MMMM Do YYYY"), "2026-01-05");
  EXPECT_EQ(parse("monday, JANUARY 5th 2026", "dddd, MMMM Do YYYY"), "2026-01-05");
  EXPECT_EQ(parse("Tuesday, January 5th 2026", "dddd, MMMM Do YYYY"), "nullopt");
  EXPECT_EQ(parse("Monday, January 5nd 2026", "dddd, MMMM Do YYYY"), "nullopt");
  EXPECT_EQ(parse("Monday, Jan 5th 2026", "dddd, MMMM Do YYYY"), "nullopt");
  EXPECT_EQ(parse("Mon 5 Jan 2026", "ddd D MMM YYYY"), "2026-01-05");
  EXPECT_EQ(parse("Mo 2026-01-05", "dd YYYY-MM-DD"), "2026-01-05");
  EXPECT_EQ(parse("Journal 2026-01-05", "[Journal] YYYY-MM-DD"), "2026-01-05");
  EXPECT_EQ(parse("journal 2026-01-05", "[Journal] YYYY-MM-DD"), "nullopt");  // literals keep case
  EXPECT_EQ(parse("2026/01/2026-01-05", "YYYY/MM/YYYY-MM-DD"), "2026-01-05");
  EXPECT_EQ(parse("2025/01/2026-01-05", "YYYY/MM/YYYY-MM-DD"), "nullopt");
  EXPECT_EQ(parse("January 5, 2026", "LL"), "2026-01-05");
  EXPECT_EQ(parse("2026-01-05", "YYYY-MM-DD[]"), "nullopt");  // moment refuses `[]` too
  EXPECT_EQ(parse("2026-1st", "YYYY-Mo"), "nullopt");
  EXPECT_EQ(parse("01-05", "MM-DD"), "nullopt");  // no year
  EXPECT_EQ(parse("Journal", "[Journal]"), "nullopt");
}

TEST(MomentParse, TimesAreReadButKeepTheDay) {
  EXPECT_EQ(parse("202601051430", "YYYYMMDDHHmm"), "2026-01-05");
  EXPECT_EQ(parse("2026-01-05 14:30", "YYYY-MM-DD HH:mm"), "2026-01-05");
  EXPECT_EQ(parse("2026-01-05 2:30 pm", "YYYY-MM-DD h:mm a"), "2026-01-05");
  EXPECT_EQ(parse("2026-01-05 14:60", "YYYY-MM-DD HH:mm"), "nullopt");
  EXPECT_EQ(parse("2026-01-05 13:30 PM", "YYYY-MM-DD hh:mm A"), "nullopt");
  EXPECT_EQ(parse("1767571200", "X"), "nullopt");
}

TEST(MomentParse, EveryDayRoundTripsInThePluginDefaults) {
  // Each day of 2020..2030 names its period, and the name reads back as the
  // period's first day, in every default format and with folders in it.
  struct Case {
    const char* format;
    Date (*first)(const Date&);
  };
  const Case cases[] = {
      {"YYYY-MM-DD", [](const Date& x) { return x; }},
      {"gggg-[W]ww", [](const Date& x) { return x.add_days(-(x.iso_weekday() % 7)); }},
      {"GGGG-[W]WW", [](const Date& x) { return x.add_days(1 - x.iso_weekday()); }},
      {"YYYY-MM",
       [](const Date& x) {
         return Date{x.year, x.month, 1};
       }},
      {"YYYY-[Q]Q", [](const Date& x) { return Quarter::of(x).first_day(); }},
      {"YYYY",
       [](const Date& x) {
         return Date{x.year, 1, 1};
       }},
      {"YYYY/MM/YYYY-MM-DD", [](const Date& x) { return x; }},
      {"gggg/[W]ww", [](const Date& x) { return x.add_days(-(x.iso_weekday() % 7)); }},
      {"dddd, MMMM Do YYYY", [](const Date& x) { return x; }},
  };
  for (const Case& c : cases) {
    int failures = 0;
    for (Date x{2020, 1, 1}; x <= Date{2030, 12, 31} && failures < 5; x = x.add_days(1)) {
      const std::string name = format_moment(x, c.format);
      const std::optional<Date> back = parse_moment(name, c.format);
      if (!back || *back != c.first(x)) {
        ++failures;
        ADD_FAILURE() << c.format << ": " << x.str() << " is " << name << ", read back as "
                      << (back ? back->str() : "nothing");
      }
    }
  }
}

}  // namespace
}  // namespace goals
