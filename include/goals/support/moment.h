/// moment.js date formats, as Obsidian, Daily notes and Periodic Notes use
/// them to name notes: formatting a Date and reading a name back.
///
/// Everything is moment's default English locale ("en"): month and weekday
/// names in English, and weeks that start on Sunday with week 1 the week
/// holding January 1st (moment's `dow: 0, doy: 6`). ISO weeks (`W`, `GGGG`)
/// start on Monday and week 1 holds the year's first Thursday.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "goals/support/date.h"

namespace goals {

/// The locale week of `d` in moment's "en" locale (tokens `w` and `gggg`):
/// weeks run Sunday to Saturday, the week holding January 1st is week 1, so a
/// week belongs to the year of its Saturday. 2026-12-27 (a Sunday) is
/// 2027 week 1; 2022-12-31 is 2022 week 53.
void moment_locale_week(const Date& d, int* week_year, int* week);

/// `d` written in the moment.js format `format`, as `moment(d).format(format)`
/// would write it in the "en" locale:
/// - years `YYYY YY Y YYYYY YYYYYY`, era `N…NNNNN y yy yyy yyyy yo`;
/// - quarters `Q Qo`; months `M MM Mo MMM MMMM`;
/// - days of the month and year `D DD Do DDD DDDD DDDo`;
/// - weekdays `d do dd ddd dddd` (0 = Sunday), `e` (locale, 0 = Sunday), `E` (ISO, 1 = Monday);
/// - locale weeks `w ww wo` and week-years `gg gggg ggggg`; ISO weeks
///   `W WW Wo` and week-years `GG GGGG GGGGG`;
/// - the long formats `LT LTS L LL LLL LLLL l ll lll llll`, expanded first;
/// - times as at midnight UTC, so a plugin's default never fails:
///   `H HH`→`0 00`, `h hh`→`12`, `k kk`→`24`, `m mm s ss S…`→zeros,
///   `A a`→`AM am`, `X x` the Unix time, `Z ZZ`→`+00:00 +0000`, `z zz`→empty;
/// - `[text]` as `text`, `\c` as `c`, and any other character as it is.
///
/// Tokens are read as moment reads them, the longest first and left to right
/// (`MMMMM` is `MMMM` then `M`; `YYY` is `YY` then `Y`); a `[` with no `]`
/// before the next `[` is a plain character; line breaks are dropped, as
/// moment's tokenizer skips them.
std::string format_moment(const Date& d, std::string_view format);

/// The first day of the period that `text` names in `format`, read strictly:
/// the day itself for a daily format (`YYYY-MM-DD`), the Sunday that starts
/// the locale week for `gggg-[W]ww`, the Monday for ISO `GGGG-[W]WW`, the
/// first of the month for `YYYY-MM`, of the quarter for `YYYY-[Q]Q`, January
/// 1st for `YYYY`. A format may hold `/` (`YYYY/MM/YYYY-MM-DD`): `text` is
/// then the whole path it writes.
///
/// Each token reads what moment's strict parser reads (`MM` two digits, `M`
/// one or two, `MMMM` a month name in any letter case …); then `text` is
/// accepted only when formatting gives it back: for a daily format the day
/// must format to `text`, for a weekly one some day of the week must. So a
/// week named with the calendar year (`YYYY-[W]ww`) is found too: there
/// `2026-W01` is the week starting Sunday 2025-12-28, since 2026-01-01 is
/// named so. Times (`HH:mm`) are read and checked for range but do not
/// change the day. nullopt when the text does not fit, names no real period
/// (`2026-W53` in locale weeks, `2026-02-30`), has no year (moment would take
/// the current one), or the format has no date token or holds one moment
/// cannot read back either (`Mo Qo wo Wo do DDDo yo`, `X x Z ZZ z zz`).
///
/// Where this is stricter than moment 2.29 (Obsidian's): a leading zero where
/// the format has none (`M` reading `01`; moment 2.30 refuses it too), a
/// wrong ordinal suffix (`2th`), and a value written twice that disagrees
/// (`YYYY/YYYY-MM-DD` as `2025/2026-01-05`). Where it reads more: a week
/// with a month or quarter (`YYYY-MM-[W]ww`) is the week, not the month's
/// first day (as obsidian-daily-notes-interface reads it), and an ISO week
/// with a weekday name (`GGGG-[W]WW-dd`) is that day.
std::optional<Date> parse_moment(std::string_view text, std::string_view format);

}  // namespace goals
