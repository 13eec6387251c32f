#include "goals/support/date.h"

#include <gtest/gtest.h>

#include <ctime>

#include "goals/support/diagnostic.h"

namespace goals {
namespace {

TEST(DateParse, AcceptsStrictDates) {
  auto d = Date::parse("2025-04-28");
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->year, 2025);
  EXPECT_EQ(d->month, 4);
  EXPECT_EQ(d->day, 28);
  EXPECT_TRUE(Date::parse("2024-02-29").has_value());
  EXPECT_TRUE(Date::parse("2000-02-29").has_value());
  EXPECT_TRUE(Date::parse("2025-12-31").has_value());
  EXPECT_TRUE(Date::parse("0001-01-01").has_value());
}

TEST(DateParse, RejectsImpossibleDates) {
  EXPECT_FALSE(Date::parse("2025-02-29").has_value());
  EXPECT_FALSE(Date::parse("1900-02-29").has_value());
  EXPECT_FALSE(Date::parse("2025-02-30").has_value());
  EXPECT_FALSE(Date::parse("2025-04-31").has_value());
  EXPECT_FALSE(Date::parse("2025-13-01").has_value());
  EXPECT_FALSE(Date::parse("2025-00-10").has_value());
  EXPECT_FALSE(Date::parse("2025-01-00").has_value());
  EXPECT_FALSE(Date::parse("2025-01-32").has_value());
}

TEST(DateParse, RejectsIllFormedText) {
  EXPECT_FALSE(Date::parse("2025-2-3").has_value());
  EXPECT_FALSE(Date::parse("25-02-03").has_value());
  EXPECT_FALSE(Date::parse("2025/02/03").has_value());
  EXPECT_FALSE(Date::parse("2025-02-03 ").has_value());
  EXPECT_FALSE(Date::parse(" 2025-02-03").has_value());
  EXPECT_FALSE(Date::parse("2025-02-0x").has_value());
  EXPECT_FALSE(Date::parse("+025-02-03").has_value());
  EXPECT_FALSE(Date::parse("").has_value());
  EXPECT_FALSE(Date::parse("2025-01-02T10:00").has_value());
}

TEST(DateParse, LenientTakesTheDatePartOfADateTime) {
  const Date want{2025, 1, 2};
  EXPECT_EQ(Date::parse_lenient("2025-01-02"), want);
  EXPECT_EQ(Date::parse_lenient("2025-01-02T10:00"), want);
  EXPECT_EQ(Date::parse_lenient("2025-01-02 10:00:00Z"), want);
  EXPECT_EQ(Date::parse_lenient("2025-01-02T10:00:00+02:00"), want);
  EXPECT_EQ(Date::parse_lenient("2025-01-02T10:00:00.123-0500"), want);
  EXPECT_EQ(Date::parse_lenient("2025-01-02t23:59:59z"), want);
  EXPECT_EQ(Date::parse_lenient("2025-01-02 10:00:00 +02"), want);
}

TEST(DateParse, LenientRejectsBadDateTimes) {
  EXPECT_FALSE(Date::parse_lenient("2025-02-30T10:00").has_value());
  EXPECT_FALSE(Date::parse_lenient("2025-01-02T25:00").has_value());
  EXPECT_FALSE(Date::parse_lenient("2025-01-02T10:60").has_value());
  EXPECT_FALSE(Date::parse_lenient("2025-01-02T10").has_value());
  EXPECT_FALSE(Date::parse_lenient("2025-01-02T").has_value());
  EXPECT_FALSE(Date::parse_lenient("2025-01-02Xfoo").has_value());
  EXPECT_FALSE(Date::parse_lenient("2025-01-02 and more").has_value());
  EXPECT_FALSE(Date::parse_lenient("2025-01-02T10:00+2").has_value());
  EXPECT_FALSE(Date::parse_lenient("2025-1-2T10:00").has_value());
}

TEST(DateDays, EpochAndKnownValues) {
  EXPECT_EQ((Date{1970, 1, 1}.days()), 0);
  EXPECT_EQ((Date{1970, 1, 2}.days()), 1);
  EXPECT_EQ((Date{1969, 12, 31}.days()), -1);
  EXPECT_EQ((Date{2000, 3, 1}.days()), 11017);
  EXPECT_EQ((Date{2025, 1, 1}.days()), 20089);
}

TEST(DateDays, RoundTripsOverFourCenturies) {
  const Date start{1900, 1, 1};
  long first = start.days();
  Date prev = start;
  for (long n = first + 1; n < first + 146097 + 400; ++n) {
    Date d = Date::from_days(n);
    ASSERT_TRUE(d.valid()) << n;
    ASSERT_EQ(d.days(), n);
    ASSERT_LT(prev, d);
    prev = d;
  }
}

TEST(DateDays, ArithmeticAcrossLeapDays) {
  EXPECT_EQ((Date{2024, 2, 28}.add_days(1)), (Date{2024, 2, 29}));
  EXPECT_EQ((Date{2024, 2, 28}.add_days(2)), (Date{2024, 3, 1}));
  EXPECT_EQ((Date{2025, 2, 28}.add_days(1)), (Date{2025, 3, 1}));
  EXPECT_EQ((Date{2025, 12, 31}.add_days(1)), (Date{2026, 1, 1}));
  EXPECT_EQ(days_between(Date{2025, 1, 1}, Date{2025, 4, 1}), 90);
  EXPECT_EQ(days_between(Date{2025, 4, 1}, Date{2025, 1, 1}), -90);
}

TEST(DateMonths, AddMonthsClampsTheDay) {
  EXPECT_EQ((Date{2026, 11, 22}.add_months(12)), (Date{2027, 11, 22}));
  EXPECT_EQ((Date{2026, 11, 22}.add_months(2)), (Date{2027, 1, 22}));
  EXPECT_EQ((Date{2026, 1, 31}.add_months(1)), (Date{2026, 2, 28}));
  EXPECT_EQ((Date{2028, 1, 31}.add_months(1)), (Date{2028, 2, 29}));
  EXPECT_EQ((Date{2026, 3, 31}.add_months(-1)), (Date{2026, 2, 28}));
  EXPECT_EQ((Date{2026, 1, 15}.add_months(-1)), (Date{2025, 12, 15}));
  EXPECT_EQ((Date{2026, 1, 15}.add_months(-25)), (Date{2023, 12, 15}));
  EXPECT_EQ((Date{2026, 5, 9}.add_months(0)), (Date{2026, 5, 9}));
  EXPECT_EQ((Date{2024, 2, 29}.add_years(1)), (Date{2025, 2, 28}));
  EXPECT_EQ((Date{2024, 2, 29}.add_years(4)), (Date{2028, 2, 29}));
  EXPECT_EQ((Date{2026, 11, 22}.add_years(-2)), (Date{2024, 11, 22}));
}

TEST(DateMonths, MonthsBetweenCountsWholeMonths) {
  EXPECT_EQ(months_between(Date{2026, 11, 22}, Date{2028, 3, 1}), 15);
  EXPECT_EQ(months_between(Date{2026, 11, 22}, Date{2027, 11, 22}), 12);
  EXPECT_EQ(months_between(Date{2026, 11, 22}, Date{2027, 11, 21}), 11);
  EXPECT_EQ(months_between(Date{2026, 11, 22}, Date{2026, 12, 21}), 0);
  EXPECT_EQ(months_between(Date{2026, 11, 22}, Date{2026, 11, 22}), 0);
  EXPECT_EQ(months_between(Date{2026, 1, 31}, Date{2026, 2, 28}), 1);
  EXPECT_EQ(months_between(Date{2026, 1, 31}, Date{2026, 3, 30}), 1);
  EXPECT_EQ(months_between(Date{2026, 1, 31}, Date{2026, 3, 31}), 2);
  EXPECT_EQ(months_between(Date{2028, 3, 1}, Date{2026, 11, 22}), -15);
}

TEST(DateMisc, StrAndQuarterAndCompare) {
  EXPECT_EQ((Date{2025, 4, 8}.str()), "2025-04-08");
  EXPECT_EQ((Date{33, 1, 2}.str()), "0033-01-02");
  EXPECT_EQ((Date{2025, 3, 31}.quarter()), 1);
  EXPECT_EQ((Date{2025, 4, 1}.quarter()), 2);
  EXPECT_EQ((Date{2025, 12, 1}.quarter()), 4);
  EXPECT_LT((Date{2024, 12, 31}), (Date{2025, 1, 1}));
  EXPECT_FALSE((Date{}.valid()));
}

TEST(DateToday, IsAValidDate) {
  Date t = Date::today();
  EXPECT_TRUE(t.valid());
  EXPECT_GE(t.year, 2024);
}

TEST(DateQuarter, Parse) {
  auto q = Quarter::parse("2025-Q2");
  ASSERT_TRUE(q.has_value());
  EXPECT_EQ(q->year, 2025);
  EXPECT_EQ(q->q, 2);
  EXPECT_FALSE(Quarter::parse("2025-Q0").has_value());
  EXPECT_FALSE(Quarter::parse("2025-Q5").has_value());
  EXPECT_FALSE(Quarter::parse("2025-q2").has_value());
  EXPECT_FALSE(Quarter::parse("2025Q2").has_value());
  EXPECT_FALSE(Quarter::parse("25-Q2").has_value());
  EXPECT_FALSE(Quarter::parse("2025-Q2 ").has_value());
  EXPECT_FALSE(Quarter::parse("2025-Q12").has_value());
  EXPECT_FALSE(Quarter::parse("").has_value());
}

TEST(DateQuarter, BoundsNextStr) {
  Quarter q1{2024, 1};
  EXPECT_EQ(q1.first_day(), (Date{2024, 1, 1}));
  EXPECT_EQ(q1.last_day(), (Date{2024, 3, 31}));
  EXPECT_EQ((Quarter{2025, 2}.first_day()), (Date{2025, 4, 1}));
  EXPECT_EQ((Quarter{2025, 2}.last_day()), (Date{2025, 6, 30}));
  EXPECT_EQ((Quarter{2025, 3}.last_day()), (Date{2025, 9, 30}));
  EXPECT_EQ((Quarter{2025, 4}.last_day()), (Date{2025, 12, 31}));
  EXPECT_EQ((Quarter{2025, 4}.next()), (Quarter{2026, 1}));
  EXPECT_EQ((Quarter{2025, 1}.next()), (Quarter{2025, 2}));
  EXPECT_EQ((Quarter{2025, 2}.str()), "2025-Q2");
  EXPECT_EQ(Quarter::of(Date{2025, 8, 15}), (Quarter{2025, 3}));
}

TEST(DateDiagnostic, SeverityNamesAndSortOrder) {
  EXPECT_EQ(to_string(Severity::Error), "error");
  EXPECT_EQ(to_string(Severity::Warning), "warning");
  EXPECT_EQ(to_string(Severity::Info), "info");
  Diagnostics ds;
  auto mk = [](std::string path, int line, int col, std::string rule, std::string msg) {
    Diagnostic d;
    d.path = std::move(path);
    d.line = line;
    d.column = col;
    d.rule = std::move(rule);
    d.message = std::move(msg);
    return d;
  };
  ds.push_back(mk("b.md", 1, 1, "x", "m"));
  ds.push_back(mk("a.md", 10, 1, "x", "m"));
  ds.push_back(mk("a.md", 2, 5, "y", "m"));
  ds.push_back(mk("a.md", 2, 5, "x", "z"));
  ds.push_back(mk("a.md", 2, 5, "x", "a"));
  ds.push_back(mk("a.md", 2, 1, "z", "m"));
  sort_diagnostics(ds);
  ASSERT_EQ(ds.size(), 6u);
  EXPECT_EQ(ds[0].column, 1);
  EXPECT_EQ(ds[0].line, 2);
  EXPECT_EQ(ds[1].message, "a");
  EXPECT_EQ(ds[2].message, "z");
  EXPECT_EQ(ds[3].rule, "y");
  EXPECT_EQ(ds[4].line, 10);
  EXPECT_EQ(ds[5].path, "b.md");
}

TEST(DateIsoWeek, KnownWeeks) {
  struct Case {
    Date d;
    int year, week, weekday;
  };
  const Case cases[] = {
      {{2024, 12, 30}, 2025, 1, 1},  // Monday of the week holding 2025-01-02
      {{2021, 1, 3}, 2020, 53, 7},   // Sunday still in 2020's last week
      {{2021, 1, 4}, 2021, 1, 1},   {{2020, 12, 31}, 2020, 53, 4}, {{2026, 1, 1}, 2026, 1, 4},
      {{2027, 1, 1}, 2026, 53, 5},  {{2008, 12, 29}, 2009, 1, 1},  {{2010, 1, 3}, 2009, 53, 7},
      {{2025, 6, 15}, 2025, 24, 7}, {{1970, 1, 1}, 1970, 1, 4},    {{1969, 12, 29}, 1970, 1, 1},
      {{2000, 1, 1}, 1999, 52, 6},
  };
  for (const Case& c : cases) {
    int y = 0, w = 0;
    c.d.iso_week(&y, &w);
    EXPECT_EQ(y, c.year) << c.d.str();
    EXPECT_EQ(w, c.week) << c.d.str();
    EXPECT_EQ(c.d.iso_weekday(), c.weekday) << c.d.str();
    EXPECT_EQ(Date::from_iso_week(c.year, c.week, c.weekday), c.d) << c.d.str();
  }
  EXPECT_EQ(Date({2024, 12, 30}).iso_week_str(), "2025-W01");
  EXPECT_EQ(Date({2021, 1, 3}).iso_week_str(), "2020-W53");
  EXPECT_EQ(Date({2025, 6, 15}).iso_week_str(), "2025-W24");
}

TEST(DateIsoWeek, AgreesWithStrftimeOverFourCenturies) {
  // The C library's %G/%V is an independent implementation of the same rule.
  for (long n = Date{1900, 1, 1}.days(); n <= Date{2300, 12, 31}.days(); n += 1) {
    const Date d = Date::from_days(n);
    std::tm tm{};
    tm.tm_year = d.year - 1900;
    tm.tm_mon = d.month - 1;
    tm.tm_mday = d.day;
    tm.tm_wday = static_cast<int>(d.iso_weekday() % 7);  // %G/%V read wday and yday
    tm.tm_yday = static_cast<int>(n - Date{d.year, 1, 1}.days());
    char buf[32];
    ASSERT_GT(std::strftime(buf, sizeof buf, "%G-W%V", &tm), 0u);
    ASSERT_EQ(d.iso_week_str(), buf) << d.str();
    int y = 0, w = 0;
    d.iso_week(&y, &w);
    ASSERT_EQ(Date::from_iso_week(y, w, d.iso_weekday()), d) << d.str();
  }
}

TEST(DateIsoWeek, WeekdayCyclesMondayToSunday) {
  // 2025-06-09 was a Monday.
  for (int i = 0; i < 14; ++i) {
    EXPECT_EQ(Date({2025, 6, 9}).add_days(i).iso_weekday(), i % 7 + 1);
  }
  EXPECT_EQ(Date({1969, 12, 31}).iso_weekday(), 3);  // before the epoch
}

}  // namespace
}  // namespace goals
