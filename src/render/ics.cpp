#include "render/ics.h"

#include <fmt/format.h>

#include "support/utf8_internal.h"

namespace goals {

namespace {

/// `YYYYMMDD`, the DATE value form.
std::string ics_date(const Date& d) {
  return fmt::format("{:04}{:02}{:02}", d.year, d.month, d.day);
}

std::string weeks(int first, int last) {
  if (first <= 0) return "";
  return first == last ? fmt::format("week {}", first) : fmt::format("weeks {}-{}", first, last);
}

std::string capitalized(std::string_view s) {
  std::string out(s);
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z')
    out[0] = static_cast<char>(out[0] - 'a' + 'A');
  return out;
}

// VEVENT has no "completed" status (STATUS:COMPLETED is for VTODO, and
// CANCELLED would hide the event), so a done item says so in its title with
// the ✅ the Tasks plugin writes in the vault.
std::string summary(const CalendarItem& it) {
  const std::string done = it.done ? "✅ " : "";
  if (it.kind == CalendarItem::Kind::Deadline) return done + "Deadline: " + it.goal;
  return done + it.goal + ": " + it.text;
}

std::string description(const CalendarItem& it) {
  std::vector<std::string> lines;
  if (it.kind == CalendarItem::Kind::Deadline) {
    const std::string_view horizon = to_string(it.horizon);
    std::string head = horizon.empty() ? "Goal" : capitalized(horizon) + " goal";
    if (it.done && it.done_on)
      head += ", done " + it.done_on->str();
    else
      head += ", " + std::string(to_string(it.status));
    lines.push_back(head + ".");
  } else {
    std::string head = "Sprint " + it.sprint;
    if (const std::string w = weeks(it.first_week, it.last_week); !w.empty()) head += ", " + w;
    lines.push_back(head + ".");
    if (!it.date_written)
      lines.push_back(
          fmt::format("Due by the end of week {} (no 📅 date on the milestone).", it.last_week));
    if (it.done) lines.push_back(it.done_on ? "Done " + it.done_on->str() + "." : "Done.");
  }
  if (!it.metric.empty()) lines.push_back("Metric: " + it.metric);
  lines.push_back(it.kind == CalendarItem::Kind::Deadline
                      ? "Note: " + it.path
                      : fmt::format("Note: {}, line {}", it.path, it.line));
  std::string out;
  for (const std::string& l : lines) out += (out.empty() ? "" : "\n") + l;
  return out;
}

}  // namespace

std::string ics_text(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    switch (c) {
      case '\\':
        out += "\\\\";
        break;
      case ';':
        out += "\\;";
        break;
      case ',':
        out += "\\,";
        break;
      case '\r':
        if (i + 1 < s.size() && s[i + 1] == '\n') ++i;
        out += "\\n";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\t':
        out += '\t';
        break;
      default:
        if (c < 0x20 || c == 0x7F) {
          out += "\uFFFD";
        } else if (const std::size_t len = detail::utf8_len_at(s, i); len == 0) {
          out += "\uFFFD";
        } else {
          out.append(s.substr(i, len));
          i += len;
          continue;
        }
    }
    ++i;
  }
  return out;
}

std::string ics_line(std::string_view line) {
  std::string out;
  out.reserve(line.size() + line.size() / 64 * 3 + 2);
  std::size_t pos = 0;
  std::size_t room = 75;  // octets on this physical line; a continuation's space takes one
  while (line.size() - pos > room) {
    std::size_t cut = detail::utf8_floor(line, pos + room, pos);
    if (cut == pos) cut = pos + room;  // not UTF-8 after all: cut anywhere rather than loop
    out.append(line.substr(pos, cut - pos));
    out += "\r\n ";
    pos = cut;
    room = 74;
  }
  out.append(line.substr(pos));
  out += "\r\n";
  return out;
}

bool is_generated_calendar(std::string_view text) { return text.starts_with(kIcsHeader); }

void render_ics(std::ostream& os, const std::vector<CalendarItem>& items, const IcsCalendar& cal) {
  const auto put = [&os](std::string_view name, std::string_view value) {
    os << ics_line(std::string(name) + ":" + std::string(value));
  };
  const std::string stamp = ics_date(cal.stamp) + "T000000Z";
  os << kIcsHeader;  // BEGIN, VERSION and PRODID: the mark is_generated_calendar reads
  put("CALSCALE", "GREGORIAN");
  if (!cal.name.empty()) {
    // NAME is RFC 7986's; X-WR-CALNAME is what Google and Apple calendars read.
    put("NAME", ics_text(cal.name));
    put("X-WR-CALNAME", ics_text(cal.name));
  }
  for (const CalendarItem& it : items) {
    put("BEGIN", "VEVENT");
    put("UID", it.uid);
    put("DTSTAMP", stamp);
    put("DTSTART;VALUE=DATE", ics_date(it.date));
    put("DTEND;VALUE=DATE", ics_date(it.date.add_days(1)));
    put("SUMMARY", ics_text(summary(it)));
    put("DESCRIPTION", ics_text(description(it)));
    put("CATEGORIES", it.kind == CalendarItem::Kind::Deadline ? "Deadline" : "Milestone");
    // A checkpoint is not a meeting: it must not make the day look busy.
    put("TRANSP", "TRANSPARENT");
    put("END", "VEVENT");
  }
  put("END", "VCALENDAR");
}

}  // namespace goals
