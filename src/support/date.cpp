#include "goals/support/date.h"

#include <ctime>

#include <fmt/format.h>

namespace goals {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Reads exactly n ASCII digits at s[pos..pos+n); -1 if any is not a digit.
int read_digits(std::string_view s, std::size_t pos, std::size_t n) {
  if (pos + n > s.size()) return -1;
  int v = 0;
  for (std::size_t i = pos; i < pos + n; ++i) {
    if (!is_digit(s[i])) return -1;
    v = v * 10 + (s[i] - '0');
  }
  return v;
}

bool is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in_month(int y, int m) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12) return 0;
  return m == 2 && is_leap(y) ? 29 : kDays[m - 1];
}

// `HH:MM` with optional `:SS`, optional `.fraction`, optional `Z` or `±HH:MM`
// / `±HHMM`: the time part of an ISO 8601 / YAML timestamp.
bool valid_time(std::string_view t) {
  int hh = read_digits(t, 0, 2);
  if (hh < 0 || hh > 23 || t.size() < 5 || t[2] != ':') return false;
  int mm = read_digits(t, 3, 2);
  if (mm < 0 || mm > 59) return false;
  std::size_t i = 5;
  if (i < t.size() && t[i] == ':') {
    int ss = read_digits(t, i + 1, 2);
    if (ss < 0 || ss > 60) return false;  // 60: leap second
    i += 3;
    if (i < t.size() && (t[i] == '.' || t[i] == ',')) {
      ++i;
      std::size_t start = i;
      while (i < t.size() && is_digit(t[i])) ++i;
      if (i == start) return false;
    }
  }
  if (i < t.size() && t[i] == ' ') ++i;  // YAML allows a space before the zone
  if (i == t.size()) return true;
  if (t[i] == 'Z' || t[i] == 'z') return i + 1 == t.size();
  if (t[i] != '+' && t[i] != '-') return false;
  ++i;
  int oh = read_digits(t, i, 2);
  if (oh < 0 || oh > 23) return false;
  i += 2;
  if (i == t.size()) return true;
  if (t[i] == ':') ++i;
  int om = read_digits(t, i, 2);
  if (om < 0 || om > 59) return false;
  return i + 2 == t.size();
}

}  // namespace

bool Date::valid() const {
  return year >= 0 && year <= 9999 && day >= 1 && day <= days_in_month(year, month);
}

std::optional<Date> Date::parse(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  Date d{read_digits(s, 0, 4), read_digits(s, 5, 2), read_digits(s, 8, 2)};
  if (d.year < 0 || d.month < 0 || d.day < 0 || !d.valid()) return std::nullopt;
  return d;
}

std::optional<Date> Date::parse_lenient(std::string_view s) {
  if (s.size() <= 10) return parse(s);
  char sep = s[10];
  if (sep != 'T' && sep != 't' && sep != ' ') return std::nullopt;
  std::string_view time = s.substr(11);
  // YAML timestamps allow any run of spaces/tabs between date and time.
  if (sep == ' ') {
    while (!time.empty() && (time.front() == ' ' || time.front() == '\t')) time.remove_prefix(1);
  }
  if (!valid_time(time)) return std::nullopt;
  return parse(s.substr(0, 10));
}

Date Date::today() {
  std::time_t now = std::time(nullptr);
  std::tm tm{};
  if (localtime_r(&now, &tm) == nullptr) return from_days(static_cast<long>(now / 86400));
  return Date{tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday};
}

// Howard Hinnant's days_from_civil / civil_from_days.
long Date::days() const {
  long y = year;
  const int m = month;
  const int d = day;
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long doy = (153L * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

Date Date::from_days(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const long doe = z - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long y = yoe + era * 400;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  const long d = doy - (153 * mp + 2) / 5 + 1;
  const long m = mp < 10 ? mp + 3 : mp - 9;
  return Date{static_cast<int>(y + (m <= 2)), static_cast<int>(m), static_cast<int>(d)};
}

Date Date::add_months(int n) const {
  // Months since year 0, floor-divided back so negative results stay correct.
  const long total = static_cast<long>(year) * 12 + (month - 1) + n;
  const long y = total >= 0 ? total / 12 : (total - 11) / 12;
  const int m = static_cast<int>(total - y * 12) + 1;
  const int last = days_in_month(static_cast<int>(y), m);
  return Date{static_cast<int>(y), m, day < last ? day : last};
}

int months_between(const Date& a, const Date& b) {
  if (b < a) return -months_between(b, a);
  int m = (b.year - a.year) * 12 + (b.month - a.month);
  if (m > 0 && b < a.add_months(m)) --m;
  return m;
}

std::string Date::str() const {
  char buf[16];
  if (year >= 0 && year <= 9999 && month >= 0 && month <= 99 && day >= 0 && day <= 99) {
    buf[0] = static_cast<char>('0' + year / 1000);
    buf[1] = static_cast<char>('0' + year / 100 % 10);
    buf[2] = static_cast<char>('0' + year / 10 % 10);
    buf[3] = static_cast<char>('0' + year % 10);
    buf[4] = '-';
    buf[5] = static_cast<char>('0' + month / 10);
    buf[6] = static_cast<char>('0' + month % 10);
    buf[7] = '-';
    buf[8] = static_cast<char>('0' + day / 10);
    buf[9] = static_cast<char>('0' + day % 10);
    return std::string(buf, 10);
  }
  return fmt::format("{:04}-{:02}-{:02}", year, month, day);
}

int Date::iso_weekday() const {
  // 1970-01-01 was a Thursday (4); floor-mod keeps dates before it right.
  long r = (days() + 3) % 7;
  if (r < 0) r += 7;
  return static_cast<int>(r) + 1;
}

void Date::iso_week(int* week_year, int* week) const {
  // A week belongs to the year that holds its Thursday.
  const Date thursday = add_days(4 - iso_weekday());
  *week_year = thursday.year;
  *week = static_cast<int>((thursday.days() - Date{thursday.year, 1, 1}.days()) / 7 + 1);
}

std::string Date::iso_week_str() const {
  int y = 0, w = 0;
  iso_week(&y, &w);
  return fmt::format("{:04}-W{:02}", y, w);
}

Date Date::from_iso_week(int week_year, int week, int weekday) {
  // Week 1 is the week holding January 4th.
  const Date jan4{week_year, 1, 4};
  const long monday1 = jan4.days() - (jan4.iso_weekday() - 1);
  return from_days(monday1 + 7L * (week - 1) + (weekday - 1));
}

std::optional<Quarter> Quarter::parse(std::string_view s) {
  if (s.size() != 7 || s[4] != '-' || s[5] != 'Q') return std::nullopt;
  int y = read_digits(s, 0, 4);
  int q = read_digits(s, 6, 1);
  if (y < 0 || q < 1 || q > 4) return std::nullopt;
  return Quarter{y, q};
}

Date Quarter::first_day() const { return Date{year, (q - 1) * 3 + 1, 1}; }

Date Quarter::last_day() const {
  int m = q * 3;
  return Date{year, m, days_in_month(year, m)};
}

Quarter Quarter::next() const { return q >= 4 ? Quarter{year + 1, 1} : Quarter{year, q + 1}; }

std::string Quarter::str() const { return fmt::format("{:04}-Q{}", year, q); }

}  // namespace goals
