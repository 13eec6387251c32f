/// Calendar dates without time zones: parsing, arithmetic, quarters, ISO weeks.
#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace goals {

/// A proleptic Gregorian calendar date. Never shifted by a time zone.
struct Date {
  int year = 0;
  int month = 0;  ///< 1..12
  int day = 0;    ///< 1..31

  auto operator<=>(const Date&) const = default;

  /// Strict `YYYY-MM-DD`; rejects impossible dates such as 2025-02-30.
  static std::optional<Date> parse(std::string_view s);
  /// Like parse(), but also accepts a date-time (`2025-01-02T10:00`,
  /// `2025-01-02 10:00:00Z`) and uses its date part.
  static std::optional<Date> parse_lenient(std::string_view s);
  /// Today on the local clock.
  static Date today();
  static Date from_days(long days);  ///< inverse of days()

  long days() const;  ///< days since 1970-01-01
  Date add_days(long n) const { return from_days(days() + n); }
  /// The same day `n` months later (earlier when `n` is negative); a day the
  /// target month lacks is clamped to its last day (2026-01-31 + 1 = 2026-02-28).
  Date add_months(int n) const;
  /// add_months(12 * n): 2024-02-29 + 1 year = 2025-02-28.
  Date add_years(int n) const { return add_months(12 * n); }
  std::string str() const;  ///< `YYYY-MM-DD`
  int quarter() const { return (month - 1) / 3 + 1; }
  bool valid() const;
  /// ISO 8601 weekday: 1 = Monday .. 7 = Sunday.
  int iso_weekday() const;
  /// ISO 8601 week-numbering year and week (1..53): the week holding this
  /// date's Thursday, so 2024-12-30 is 2025-W01 and 2021-01-03 is 2020-W53.
  void iso_week(int* week_year, int* week) const;
  /// `YYYY-Www` (ISO week-year and week), as in `2025-W01`.
  std::string iso_week_str() const;
  /// The date of `weekday` (1 = Monday .. 7 = Sunday) in ISO week `week` of
  /// `week_year`; the inverse of iso_week() and iso_weekday().
  static Date from_iso_week(int week_year, int week, int weekday);
};

/// Days from a to b (b - a).
inline long days_between(const Date& a, const Date& b) { return b.days() - a.days(); }

/// Whole calendar months from a to b, counted toward zero: the largest m with
/// a.add_months(m) <= b when a <= b (2026-11-22 to 2028-03-01 is 15), and
/// -months_between(b, a) otherwise.
int months_between(const Date& a, const Date& b);

/// A calendar quarter such as 2025-Q2.
struct Quarter {
  int year = 0;
  int q = 0;  ///< 1..4
  auto operator<=>(const Quarter&) const = default;
  static std::optional<Quarter> parse(std::string_view s);  ///< `YYYY-Qn`
  static Quarter of(const Date& d) { return {d.year, d.quarter()}; }
  Date first_day() const;
  Date last_day() const;
  Quarter next() const;
  std::string str() const;  ///< `YYYY-Qn`
};

}  // namespace goals
