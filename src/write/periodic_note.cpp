#include "goals/write/periodic_note.h"

#include <cctype>

#include "goals/parse/frontmatter.h"
#include "goals/support/moment.h"
#include "goals/support/text.h"

namespace goals {

namespace {

/// The placeholder's name and format: `{{ Date:YYYY }}` -> ("date", "YYYY").
std::pair<std::string, std::string_view> placeholder(std::string_view inside) {
  inside = trim(inside);
  const std::size_t colon = inside.find(':');
  std::string name = ascii_lower(trim(inside.substr(0, colon)));
  std::string_view format =
      colon == std::string_view::npos ? std::string_view() : trim(inside.substr(colon + 1));
  return {std::move(name), format};
}

}  // namespace

std::string fill_core_template(std::string_view text, std::string_view title, const Date& date,
                               std::string_view time) {
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    const std::size_t open = text.find("{{", i);
    if (open == std::string_view::npos) break;
    const std::size_t close = text.find("}}", open + 2);
    if (close == std::string_view::npos) break;
    out.append(text.substr(i, open - i));
    const auto [name, format] = placeholder(text.substr(open + 2, close - open - 2));
    if (name == "title" && format.empty()) {
      out.append(title);
    } else if (name == "date") {
      out += format.empty() ? date.str() : format_moment(date, format);
    } else if (name == "time" && format.empty()) {
      out.append(time);
    } else {
      // Unknown names, and `{{time:FORMAT}}` (goals knows the day, not the
      // time to format), stay as written.
      out.append(text.substr(open, close + 2 - open));
    }
    i = close + 2;
  }
  out.append(text.substr(i));
  return out;
}

bool needs_templater(std::string_view text) {
  return text.find("<%") != std::string_view::npos && text.find("%>") != std::string_view::npos;
}

std::string review_section(std::string_view note, std::string_view heading) {
  const FrontMatterSplit split = split_front_matter(note);
  std::string_view body = split.body;
  std::string out = "## " + std::string(heading) + "\n";
  bool seen_title = false, in_fence = false;
  while (!body.empty()) {
    const std::string_view line = line_at(body, 0);
    body.remove_prefix(next_line_start(body, 0));
    const std::string_view t = trim(line);
    if (t.starts_with("```") || t.starts_with("~~~")) in_fence = !in_fence;
    if (!in_fence && line.starts_with('#')) {
      std::size_t level = 0;
      while (level < line.size() && line[level] == '#') ++level;
      if (level < line.size() && line[level] == ' ') {
        if (level == 1 && !seen_title) {
          seen_title = true;  // the note's title: `heading` stands for it
          continue;
        }
        seen_title = true;
        out += level < 6 ? "#" + std::string(line) : std::string(line);
        out += '\n';
        continue;
      }
    }
    if (!seen_title && t.empty()) continue;
    seen_title = true;
    out.append(line);
    out += '\n';
  }
  while (out.size() >= 2 && out.ends_with("\n\n")) out.pop_back();
  return out;
}

std::size_t section_offset(std::string_view note, std::string* separator) {
  // The line endings the note ends with (`\n`, `\r\n` or a lone `\r`), up to two.
  std::size_t breaks = 0, end = note.size();
  while (breaks < 2 && end > 0 && (note[end - 1] == '\n' || note[end - 1] == '\r')) {
    end -= end >= 2 && note[end - 2] == '\r' && note[end - 1] == '\n' ? 2 : 1;
    ++breaks;
  }
  *separator = note.empty() ? std::string() : std::string(2 - breaks, '\n');
  return note.size();
}

}  // namespace goals
