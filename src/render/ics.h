/// iCalendar (RFC 5545) for `goals export ics`: the calendar items of
/// goals/calendar.h as all-day events.
#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "goals/passes/calendar.h"
#include "goals/support/date.h"

namespace goals {

/// What the calendar says about itself.
struct IcsCalendar {
  Date stamp;        ///< every event's DTSTAMP: this day at 00:00:00 UTC
  std::string name;  ///< the calendar's name (NAME and X-WR-CALNAME); none when empty
};

/// A VCALENDAR with one all-day VEVENT per item, in their order: CRLF line
/// ends, lines folded at 75 octets, text escaped.
void render_ics(std::ostream& os, const std::vector<CalendarItem>& items, const IcsCalendar& cal);

/// The lines every calendar render_ics writes opens with, PRODID included:
/// what marks a file as a calendar goals wrote.
inline constexpr std::string_view kIcsHeader =
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//goals//goals export ics//EN\r\n";

/// True when `text` is a calendar goals wrote (it opens with kIcsHeader), so
/// `export ics --output` may replace it; any other file is someone else's.
bool is_generated_calendar(std::string_view text);

/// A TEXT value: `\`, `;` and `,` escaped with a backslash, line breaks
/// (LF, CR, CRLF) written `\n`; other control characters and invalid UTF-8
/// become U+FFFD, so the result is valid UTF-8 with no control character but
/// tab.
std::string ics_text(std::string_view s);

/// One content line as written: folded so that no line exceeds 75 octets
/// (CRLF not counted; a continuation line starts with a space), never inside
/// a UTF-8 character, and ended by CRLF. `line` must be valid UTF-8 without
/// line breaks (ics_text() makes values so).
std::string ics_line(std::string_view line);

}  // namespace goals
