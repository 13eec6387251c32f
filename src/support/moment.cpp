#include "goals/support/moment.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdlib>
#include <vector>

#include <fmt/format.h>

#include "goals/support/text.h"

namespace goals {

namespace {

// moment's "en" locale.
constexpr std::array<std::string_view, 12> kMonths = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};
constexpr std::array<std::string_view, 12> kMonthsShort = {
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
constexpr std::array<std::string_view, 7> kWeekdays = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                                                       "Thursday", "Friday", "Saturday"};
constexpr std::array<std::string_view, 7> kWeekdaysShort = {"Sun", "Mon", "Tue", "Wed",
                                                            "Thu", "Fri", "Sat"};
constexpr std::array<std::string_view, 7> kWeekdaysMin = {"Su", "Mo", "Tu", "We", "Th", "Fr", "Sa"};

/// moment's zeroFill: at least `width` digits, a sign for negatives (and
/// for positives when `force_sign`).
std::string zero_fill(long n, int width, bool force_sign = false) {
  std::string digits = std::to_string(n < 0 ? -n : n);
  if (static_cast<int>(digits.size()) < width)
    digits.insert(0, static_cast<std::size_t>(width) - digits.size(), '0');
  if (n < 0) return "-" + digits;
  return force_sign ? "+" + digits : digits;
}

/// The "en" ordinal: 1st 2nd 3rd 4th … 11th 12th 13th … 21st.
std::string ordinal(int n) {
  const int b = n % 10;
  const char* suffix = (n % 100) / 10 == 1 ? "th"
                       : b == 1            ? "st"
                       : b == 2            ? "nd"
                       : b == 3            ? "rd"
                                           : "th";
  return std::to_string(n) + suffix;
}

/// 0 = Sunday … 6 = Saturday.
int weekday_sun0(const Date& d) { return d.iso_weekday() % 7; }

int day_of_year(const Date& d) { return static_cast<int>(days_between(Date{d.year, 1, 1}, d)) + 1; }

/// The Sunday that starts locale week 1 of `week_year`: the Sunday on or
/// before January 1st.
Date locale_week_one(int week_year) {
  const Date jan1{week_year, 1, 1};
  return jan1.add_days(-weekday_sun0(jan1));
}

// --- Tokens ----------------------------------------------------------------

/// What a piece of a format is: text to copy, or a formatting token.
struct Token {
  std::string text;  ///< the literal text, or the token as written (`YYYY`)
  bool literal = false;
};

bool is_line_break(std::string_view s, std::size_t i, std::size_t* len) {
  // JavaScript's `.` matches neither \n, \r nor U+2028/U+2029 (E2 80 A8/A9).
  if (s[i] == '\n' || s[i] == '\r') {
    *len = 1;
    return true;
  }
  if (s.substr(i, 2) == "\xE2\x80" && i + 2 < s.size() &&
      (s[i + 2] == '\xA8' || s[i + 2] == '\xA9')) {
    *len = 3;
    return true;
  }
  return false;
}

/// How many `c` start `s` at `i`, at most `max`.
std::size_t run(std::string_view s, std::size_t i, char c, std::size_t max) {
  std::size_t n = 0;
  while (i + n < s.size() && n < max && s[i + n] == c) ++n;
  return n;
}

/// Length of moment's named token at `s[i]` (its alternatives in its order), 0 if none.
std::size_t named_token(std::string_view s, std::size_t i) {
  const std::string_view rest = s.substr(i);
  const char c = rest[0];
  const char next = rest.size() > 1 ? rest[1] : '\0';
  if ((c == 'H' || c == 'h') && rest.substr(1, 2) == "mm") return rest.substr(3, 2) == "ss" ? 5 : 3;
  switch (c) {
    case 'M':
      return next == 'o' ? 2 : run(s, i, 'M', 4);
    case 'D':
      if (next == 'o') return 2;
      if (rest.substr(0, 4) == "DDDo") return 4;
      return run(s, i, 'D', 4);
    case 'd':
      if (next == 'd') return run(s, i, 'd', 4);
      return next == 'o' ? 2 : 1;
    case 'w':
    case 'W':
      return next == 'o' || next == '|' || next == c ? 2 : 1;
    case 'Q':
      return next == 'o' ? 2 : 1;
    case 'N':
      return run(s, i, 'N', 5);
    case 'Y': {
      const std::size_t n = run(s, i, 'Y', 6);
      if (n >= 4) return n;
      return n >= 2 ? 2 : 0;  // a lone Y is read by `.` (and is a token all the same)
    }
    case 'y': {
      const std::size_t n = run(s, i, 'y', 4);
      if (n >= 2) return n;
      return next == 'o' ? 2 : 1;
    }
    case 'g':
    case 'G': {
      const std::size_t n = run(s, i, c, 5);
      return n >= 2 ? n - (n == 3 ? 1 : 0) : 0;
    }
    case 'e':
    case 'E':
    case 'a':
    case 'A':
    case 'x':
    case 'X':
      return 1;
    case 'h':
    case 'H':
    case 'k':
    case 'm':
    case 's':
    case 'z':
    case 'Z':
      return next == c ? 2 : 1;
    case 'S':
      return run(s, i, 'S', 9);
    default:
      return 0;
  }
}

/// What moment's removeFormattingTokens leaves of a piece that is no token.
std::string literal_text(std::string_view piece) {
  const std::size_t open = piece.find('[');
  if (open != std::string_view::npos && open + 1 < piece.size()) {
    if (piece.front() == '[') piece.remove_prefix(1);
    if (!piece.empty() && piece.back() == ']') piece.remove_suffix(1);
    return std::string(piece);
  }
  std::string out;
  for (char c : piece)
    if (c != '\\') out += c;
  return out;
}

/// The end of a `[…]` at `s[i]`: one past its `]`, or 0 when a `[` or the
/// end comes first (then the `[` is a plain character).
std::size_t bracket_end(std::string_view s, std::size_t i) {
  for (std::size_t j = i + 1; j < s.size(); ++j) {
    if (s[j] == ']') return j + 1;
    if (s[j] == '[') return 0;
  }
  return 0;
}

/// The "en" long date formats (`LT` … `llll`), expanded once as moment's
/// expandFormat does (none of them holds another).
std::string expand_long_formats(std::string_view s) {
  std::string out;
  std::size_t i = 0;
  while (i < s.size()) {
    if (s[i] == '[') {
      if (const std::size_t end = bracket_end(s, i)) {
        out.append(s.substr(i, end - i));
        i = end;
        continue;
      }
    }
    const bool escaped = s[i] == '\\';
    const std::size_t at = escaped ? i + 1 : i;
    std::size_t len = 0;
    if (at < s.size()) {
      if (s.substr(at, 3) == "LTS")
        len = 3;
      else if (s.substr(at, 2) == "LT")
        len = 2;
      else if (s[at] == 'L' || s[at] == 'l')
        len = run(s, at, s[at], 4);
    }
    if (len == 0) {
      out += s[i++];
      continue;
    }
    const std::string_view tok = s.substr(at, len);
    i = at + len;
    if (escaped) {
      out += '\\';
      out.append(tok);
      continue;
    }
    if (tok == "LT")
      out += "h:mm A";
    else if (tok == "LTS")
      out += "h:mm:ss A";
    else if (tok == "L")
      out += "MM/DD/YYYY";
    else if (tok == "LL")
      out += "MMMM D, YYYY";
    else if (tok == "LLL")
      out += "MMMM D, YYYY h:mm A";
    else if (tok == "LLLL")
      out += "dddd, MMMM D, YYYY h:mm A";
    else if (tok == "l")
      out += "M/D/YYYY";
    else if (tok == "ll")
      out += "MMM D, YYYY";
    else if (tok == "lll")
      out += "MMM D, YYYY h:mm A";
    else
      out += "ddd, MMM D, YYYY h:mm A";  // llll
  }
  return out;
}

bool is_format_token(std::string_view t);

/// `format` cut into tokens as moment's formattingTokens expression cuts it.
std::vector<Token> tokenize(std::string_view format) {
  const std::string s = expand_long_formats(format);
  std::vector<Token> out;
  auto add_literal = [&](std::string text) { out.push_back({std::move(text), true}); };
  std::size_t i = 0;
  while (i < s.size()) {
    std::size_t skip = 0;
    if (is_line_break(s, i, &skip)) {  // unmatched by the expression: dropped
      i += skip;
      continue;
    }
    if (s[i] == '[') {
      if (const std::size_t end = bracket_end(s, i)) {
        add_literal(literal_text(std::string_view(s).substr(i, end - i)));
        i = end;
        continue;
      }
    }
    if (s[i] == '\\' && i + 1 < s.size() && !is_line_break(s, i + 1, &skip)) {
      // `\` and the token or character after it: a literal without its backslashes.
      const std::size_t len = std::max<std::size_t>(named_token(s, i + 1), 1);
      add_literal(literal_text(std::string_view(s).substr(i, len + 1)));
      i += 1 + len;
      continue;
    }
    const std::size_t len = std::max<std::size_t>(named_token(s, i), 1);
    const std::string_view piece = std::string_view(s).substr(i, len);
    if (is_format_token(piece))
      out.push_back({std::string(piece), false});
    else
      add_literal(literal_text(piece));
    i += len;
  }
  return out;
}

// --- Formatting ------------------------------------------------------------

/// `token` formatted for `d`; false when moment has no such formatting token.
bool format_token(const Date& d, std::string_view t, std::string* out) {
  const int wd = weekday_sun0(d);
  int lw_year = 0, lw = 0, iw_year = 0, iw = 0;
  const char c = t[0];
  if (c == 'w' || c == 'g') moment_locale_week(d, &lw_year, &lw);
  if (c == 'W' || c == 'G') d.iso_week(&iw_year, &iw);
  if (t == "Y")
    *out = d.year <= 9999 ? zero_fill(d.year, 4) : "+" + std::to_string(d.year);
  else if (t == "YY")
    *out = zero_fill(((d.year % 100) + 100) % 100, 2);
  else if (t == "YYYY")
    *out = zero_fill(d.year, 4);
  else if (t == "YYYYY")
    *out = zero_fill(d.year, 5);
  else if (t == "YYYYYY")
    *out = zero_fill(d.year, 6, true);
  else if (t == "y" || t == "yy" || t == "yyy" || t == "yyyy")
    *out = zero_fill(d.year, static_cast<int>(t.size()));  // the year of the era AD
  else if (t == "yo")
    *out = ordinal(d.year);
  else if (t == "N" || t == "NN" || t == "NNN" || t == "NNNNN")
    *out = "AD";
  else if (t == "NNNN")
    *out = "Anno Domini";
  else if (t == "Q")
    *out = std::to_string(d.quarter());
  else if (t == "Qo")
    *out = ordinal(d.quarter());
  else if (t == "M")
    *out = std::to_string(d.month);
  else if (t == "MM")
    *out = zero_fill(d.month, 2);
  else if (t == "Mo")
    *out = ordinal(d.month);
  else if (t == "MMM")
    *out = kMonthsShort[d.month - 1];
  else if (t == "MMMM")
    *out = kMonths[d.month - 1];
  else if (t == "D")
    *out = std::to_string(d.day);
  else if (t == "DD")
    *out = zero_fill(d.day, 2);
  else if (t == "Do")
    *out = ordinal(d.day);
  else if (t == "DDD")
    *out = std::to_string(day_of_year(d));
  else if (t == "DDDD")
    *out = zero_fill(day_of_year(d), 3);
  else if (t == "DDDo")
    *out = ordinal(day_of_year(d));
  else if (t == "d" || t == "e")
    *out = std::to_string(wd);  // "en" weeks start on Sunday
  else if (t == "do")
    *out = ordinal(wd);
  else if (t == "dd")
    *out = kWeekdaysMin[wd];
  else if (t == "ddd")
    *out = kWeekdaysShort[wd];
  else if (t == "dddd")
    *out = kWeekdays[wd];
  else if (t == "E")
    *out = std::to_string(d.iso_weekday());
  else if (t == "w")
    *out = std::to_string(lw);
  else if (t == "ww")
    *out = zero_fill(lw, 2);
  else if (t == "wo")
    *out = ordinal(lw);
  else if (t == "W")
    *out = std::to_string(iw);
  else if (t == "WW")
    *out = zero_fill(iw, 2);
  else if (t == "Wo")
    *out = ordinal(iw);
  else if (t == "gg")
    *out = zero_fill(((lw_year % 100) + 100) % 100, 2);
  else if (t == "gggg")
    *out = zero_fill(lw_year, 4);
  else if (t == "ggggg")
    *out = zero_fill(lw_year, 5);
  else if (t == "GG")
    *out = zero_fill(((iw_year % 100) + 100) % 100, 2);
  else if (t == "GGGG")
    *out = zero_fill(iw_year, 4);
  else if (t == "GGGGG")
    *out = zero_fill(iw_year, 5);
  // Times: always midnight UTC.
  else if (t == "H" || t == "m" || t == "s")
    *out = "0";
  else if (t == "HH" || t == "mm" || t == "ss")
    *out = "00";
  else if (t == "h" || t == "hh")
    *out = "12";
  else if (t == "k" || t == "kk")
    *out = "24";
  else if (t == "hmm")
    *out = "1200";
  else if (t == "hmmss")
    *out = "120000";
  else if (t == "Hmm")
    *out = "000";
  else if (t == "Hmmss")
    *out = "00000";
  else if (t[0] == 'S')
    *out = std::string(t.size(), '0');
  else if (t == "A")
    *out = "AM";
  else if (t == "a")
    *out = "am";
  else if (t == "X")
    *out = std::to_string(d.days() * 86400L);
  else if (t == "x")
    *out = std::to_string(d.days() * 86400000L);
  else if (t == "Z")
    *out = "+00:00";
  else if (t == "ZZ")
    *out = "+0000";
  else if (t == "z" || t == "zz")
    out->clear();
  else
    return false;
  return true;
}

bool is_format_token(std::string_view t) {
  std::string ignored;
  return format_token(Date{2000, 1, 1}, t, &ignored);
}

// --- Parsing ---------------------------------------------------------------

/// A token and the text it read.
struct Read {
  std::string_view token;
  std::string_view text;
  bool names = false;  ///< a month or weekday name, read in any letter case
  bool time = false;   ///< a time, checked for range only
};

/// What the tokens said.
struct Fields {
  std::optional<int> year, month, day, day_of_year, quarter;
  std::optional<int> locale_week, iso_week, locale_week_year, iso_week_year;
  std::optional<int> weekday;      ///< d, dd, ddd, dddd, e: 0 = Sunday
  std::optional<int> iso_weekday;  ///< E: 1 = Monday
};

bool is_digit(char c) { return c >= '0' && c <= '9'; }

/// Reads `min`..`max` digits (greedily) at `*pos`; nullopt when fewer are there.
std::optional<int> digits(std::string_view s, std::size_t* pos, std::size_t min, std::size_t max) {
  std::size_t n = 0;
  while (*pos + n < s.size() && n < max && is_digit(s[*pos + n])) ++n;
  if (n < min) return std::nullopt;
  int v = 0;
  for (std::size_t k = 0; k < n; ++k) v = v * 10 + (s[*pos + k] - '0');
  *pos += n;
  return v;
}

/// The longest of `names` starting `s` at `*pos` in any letter case; its index.
template <std::size_t N>
std::optional<int> name(std::string_view s, std::size_t* pos,
                        const std::array<std::string_view, N>& names) {
  std::optional<int> best;
  std::size_t best_len = 0;
  for (std::size_t k = 0; k < N; ++k) {
    const std::string_view n = names[k];
    if (n.size() > best_len && istarts_with(s.substr(*pos), n)) {
      best = static_cast<int>(k);
      best_len = n.size();
    }
  }
  *pos += best_len;
  return best;
}

/// moment's two-digit years: 69..99 are 1900s, 00..68 2000s.
int two_digit_year(int v) { return v + (v > 68 ? 1900 : 2000); }

/// Reads one token at `*pos` into `f`; false when the text does not fit it or
/// goals cannot read the token back.
bool read_token(std::string_view t, std::string_view s, std::size_t* pos, Fields* f, Read* r) {
  const std::size_t start = *pos;
  std::optional<int> v;
  auto signed_digits = [&]() -> std::optional<int> {
    bool negative = false;
    if (*pos < s.size() && (s[*pos] == '+' || s[*pos] == '-')) {
      negative = s[*pos] == '-';
      ++*pos;
    }
    std::optional<int> n = digits(s, pos, 1, 9);
    if (n && negative) *n = -*n;
    return n;
  };
  if (t == "YYYY") {
    if (!(v = digits(s, pos, 4, 4))) return false;
    f->year = v;
  } else if (t == "YY") {
    if (!(v = digits(s, pos, 2, 2))) return false;
    f->year = two_digit_year(*v);
  } else if (t == "Y" || t == "YYYYY" || t == "YYYYYY") {
    if (!(v = signed_digits())) return false;
    f->year = v;
  } else if (t == "y" || t == "yy" || t == "yyy" || t == "yyyy") {
    if (!(v = digits(s, pos, 1, 9))) return false;
    f->year = v;
  } else if (t[0] == 'N') {
    const std::array<std::string_view, 2> eras = {"AD", "Anno Domini"};
    if (!name(s, pos, eras)) return false;
    r->names = true;
  } else if (t == "Q") {
    if (!(v = digits(s, pos, 1, 1))) return false;
    f->quarter = v;
  } else if (t == "M" || t == "MM") {
    if (!(v = digits(s, pos, t.size(), 2))) return false;
    f->month = v;
  } else if (t == "MMM" || t == "MMMM") {
    if (!(v = t == "MMM" ? name(s, pos, kMonthsShort) : name(s, pos, kMonths))) return false;
    f->month = *v + 1;
    r->names = true;
  } else if (t == "D" || t == "DD") {
    if (!(v = digits(s, pos, t.size(), 2))) return false;
    f->day = v;
  } else if (t == "Do") {
    if (!(v = digits(s, pos, 1, 2)) || *pos + 2 > s.size()) return false;
    *pos += 2;  // the suffix; formatting the day back checks it
    f->day = v;
  } else if (t == "DDD" || t == "DDDD") {
    if (!(v = digits(s, pos, t.size() == 3 ? 1 : 3, 3))) return false;
    f->day_of_year = v;
  } else if (t == "d" || t == "e") {
    if (!(v = digits(s, pos, 1, 2))) return false;
    f->weekday = v;
  } else if (t == "dd" || t == "ddd" || t == "dddd") {
    v = t == "dd"    ? name(s, pos, kWeekdaysMin)
        : t == "ddd" ? name(s, pos, kWeekdaysShort)
                     : name(s, pos, kWeekdays);
    if (!v) return false;
    f->weekday = v;
    r->names = true;
  } else if (t == "E") {
    if (!(v = digits(s, pos, 1, 2))) return false;
    f->iso_weekday = v;
  } else if (t == "w" || t == "ww" || t == "W" || t == "WW") {
    if (!(v = digits(s, pos, t.size(), 2))) return false;
    (t[0] == 'w' ? f->locale_week : f->iso_week) = v;
  } else if (t == "gg" || t == "GG") {
    if (!(v = digits(s, pos, 2, 2))) return false;
    (t[0] == 'g' ? f->locale_week_year : f->iso_week_year) = two_digit_year(*v);
  } else if (t == "gggg" || t == "GGGG" || t == "ggggg" || t == "GGGGG") {
    if (!(v = t.size() == 4 ? digits(s, pos, 4, 4) : signed_digits())) return false;
    (t[0] == 'g' ? f->locale_week_year : f->iso_week_year) = v;
  } else if (t == "H" || t == "HH" || t == "k" || t == "kk") {
    if (!(v = digits(s, pos, t.size(), 2)) || *v > 24) return false;
    r->time = true;
  } else if (t == "h" || t == "hh") {
    if (!(v = digits(s, pos, t.size(), 2)) || *v > 12) return false;
    r->time = true;
  } else if (t == "m" || t == "mm" || t == "s" || t == "ss") {
    if (!(v = digits(s, pos, t.size(), 2)) || *v > 59) return false;
    r->time = true;
  } else if (t == "hmm" || t == "Hmm" || t == "hmmss" || t == "Hmmss") {
    const bool seconds = t.size() == 5;
    if (!(v = digits(s, pos, seconds ? 5 : 3, seconds ? 6 : 4))) return false;
    const int hours = seconds ? *v / 10000 : *v / 100;
    const int minutes = (seconds ? *v / 100 : *v) % 100;
    if (hours > (t[0] == 'h' ? 12 : 24) || minutes > 59 || (seconds && *v % 100 > 59)) return false;
    r->time = true;
  } else if (t[0] == 'S') {
    if (!digits(s, pos, t.size() <= 3 ? t.size() : 1, t.size() <= 3 ? t.size() : 9)) return false;
    r->time = true;
  } else if (t == "a" || t == "A") {
    // moment's meridiem: a or p, then optionally `.`, `m`, `.`.
    if (*pos >= s.size() || (ascii_lower(s[*pos]) != 'a' && ascii_lower(s[*pos]) != 'p'))
      return false;
    ++*pos;
    if (*pos < s.size() && s[*pos] == '.') ++*pos;
    if (*pos < s.size() && ascii_lower(s[*pos]) == 'm') ++*pos;
    if (*pos < s.size() && s[*pos] == '.') ++*pos;
    r->time = true;
  } else {
    // Ordinals other than Do (moment reads them as their own letters),
    // Unix times and zones: nothing goals reads a period from.
    return false;
  }
  r->token = t;
  r->text = s.substr(start, *pos - start);
  return true;
}

/// Whether every date token formats `d` as it was read.
bool fits(const Date& d, const std::vector<Read>& reads) {
  if (!d.valid()) return false;
  std::string out;
  for (const Read& r : reads) {
    if (r.time) continue;
    if (!format_token(d, r.token, &out)) return false;
    if (r.names ? !iequals(out, r.text) : out != r.text) return false;
  }
  return true;
}

/// A date from year, month and day that may not exist (2026-02-30): nullopt then.
std::optional<Date> ymd(int y, int m, int d) {
  const Date date{y, m, d};
  if (!date.valid()) return std::nullopt;
  return date;
}

}  // namespace

void moment_locale_week(const Date& d, int* week_year, int* week) {
  // A week belongs to the year of its Saturday (the week of January 1st is week 1).
  const Date sunday = d.add_days(-weekday_sun0(d));
  const int wy = sunday.add_days(6).year;
  *week_year = wy;
  *week = static_cast<int>(days_between(locale_week_one(wy), sunday) / 7) + 1;
}

std::string format_moment(const Date& d, std::string_view format) {
  std::string out, piece;
  for (const Token& t : tokenize(format)) {
    if (t.literal) {
      out += t.text;
    } else if (format_token(d, t.text, &piece)) {
      out += piece;
    }
  }
  return out;
}

std::optional<Date> parse_moment(std::string_view text, std::string_view format) {
  const std::vector<Token> tokens = tokenize(format);
  std::vector<Read> reads;
  Fields f;
  std::size_t pos = 0;
  for (const Token& t : tokens) {
    if (t.literal) {
      // An empty `[]` reads nothing, which moment's strict parse refuses.
      if (t.text.empty() || text.substr(pos, t.text.size()) != t.text) return std::nullopt;
      pos += t.text.size();
      continue;
    }
    Read r;
    if (!read_token(t.text, text, &pos, &f, &r)) return std::nullopt;
    reads.push_back(r);
  }
  if (pos != text.size()) return std::nullopt;

  const bool has_weekday = f.weekday || f.iso_weekday;
  // A day of the month: the year may come from a week-year only, which can
  // be the calendar year before or after.
  if (f.day) {
    const int month = f.month.value_or(f.quarter ? *f.quarter * 3 - 2 : 1);
    std::vector<int> years;
    if (f.year) {
      years = {*f.year};
    } else if (std::optional<int> wy = f.locale_week_year ? f.locale_week_year : f.iso_week_year) {
      years = {*wy - 1, *wy, *wy + 1};
    }
    for (int y : years)
      if (std::optional<Date> d = ymd(y, month, *f.day); d && fits(*d, reads)) return d;
    return std::nullopt;
  }
  if (f.day_of_year) {
    if (!f.year || *f.day_of_year < 1 || *f.day_of_year > 366) return std::nullopt;
    const Date d = Date{*f.year, 1, 1}.add_days(*f.day_of_year - 1);
    if (d.year != *f.year || !fits(d, reads)) return std::nullopt;
    return d;
  }
  if (f.locale_week || f.iso_week) {
    // Weeks: ISO when the format numbers ISO weeks, else the locale's. The
    // month, if any, is left to the check (a week may straddle two).
    const bool iso = f.iso_week.has_value();
    const int week = iso ? *f.iso_week : *f.locale_week;
    std::optional<int> wy = iso ? f.iso_week_year : f.locale_week_year;
    if (!wy) wy = iso ? f.locale_week_year : f.iso_week_year;
    std::vector<int> week_years;
    if (wy)
      week_years = {*wy};
    else if (f.year)  // a calendar year: the week's year may be the one after or before
      week_years = {*f.year, *f.year + 1, *f.year - 1};
    if (week < 1 || week > 53) return std::nullopt;
    for (int y : week_years) {
      const Date start =
          iso ? Date::from_iso_week(y, week, 1) : locale_week_one(y).add_days(7L * (week - 1));
      if (has_weekday) {
        const int offset = iso ? (f.iso_weekday ? *f.iso_weekday - 1 : (*f.weekday + 6) % 7)
                               : (f.weekday ? *f.weekday : *f.iso_weekday % 7);
        if (offset < 0 || offset > 6) return std::nullopt;
        if (fits(start.add_days(offset), reads)) return start.add_days(offset);
        continue;
      }
      for (int k = 0; k < 7; ++k)
        if (fits(start.add_days(k), reads)) return start;
    }
    return std::nullopt;
  }
  if (!f.year) return std::nullopt;
  int month = 1;
  if (f.month)
    month = *f.month;
  else if (f.quarter)
    month = *f.quarter * 3 - 2;
  const std::optional<Date> d = ymd(*f.year, month, 1);
  if (!d || !fits(*d, reads)) return std::nullopt;
  return d;
}

}  // namespace goals
